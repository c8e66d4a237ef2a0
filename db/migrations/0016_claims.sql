CREATE TABLE "claim_occurrences" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_occurrences_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"sentence" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"language" text NOT NULL,
	"reasons" text[] NOT NULL,
	"attributed_to" text,
	"hedged" boolean NOT NULL,
	"bands" integer[] NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector(claimscope_search_config(language), sentence)) STORED
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"sentence" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "claim_occurrences" ADD CONSTRAINT "claim_occurrences_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_occurrences" ADD CONSTRAINT "claim_occurrences_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_occurrences_claim" ON "claim_occurrences" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "claim_occurrences_article" ON "claim_occurrences" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "claim_occurrences_bands" ON "claim_occurrences" USING gin ("bands");--> statement-breakpoint
CREATE INDEX "claim_occurrences_search" ON "claim_occurrences" USING gin ("search_vector");