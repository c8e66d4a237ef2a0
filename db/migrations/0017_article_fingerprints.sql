CREATE TABLE "article_fingerprints" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"bands" integer[] NOT NULL,
	"shingles" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_fingerprints" ADD CONSTRAINT "article_fingerprints_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_fingerprints_bands" ON "article_fingerprints" USING gin ("bands");