CREATE TABLE "article_marker_states" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"lexicon_hash" text NOT NULL,
	"counted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_markers" (
	"article_id" integer NOT NULL,
	"group_key" text NOT NULL,
	"variant" text NOT NULL,
	"count" integer NOT NULL,
	"in_quotes" integer NOT NULL,
	"in_scare_quotes" integer NOT NULL,
	CONSTRAINT "article_markers_article_id_group_key_variant_pk" PRIMARY KEY("article_id","group_key","variant")
);
--> statement-breakpoint
CREATE TABLE "marker_groups" (
	"key" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"variants" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_marker_states" ADD CONSTRAINT "article_marker_states_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_markers" ADD CONSTRAINT "article_markers_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marker_groups" ADD CONSTRAINT "marker_groups_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_markers_variant" ON "article_markers" USING btree ("group_key","variant");