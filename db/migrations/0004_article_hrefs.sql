CREATE TABLE "article_hrefs" (
	"article_id" integer NOT NULL,
	"url" text NOT NULL,
	CONSTRAINT "article_hrefs_article_id_url_pk" PRIMARY KEY("article_id","url")
);
--> statement-breakpoint
ALTER TABLE "article_hrefs" ADD CONSTRAINT "article_hrefs_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_hrefs_url" ON "article_hrefs" USING btree ("url");