CREATE TABLE "claim_variants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claim_variants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"sentence" text NOT NULL,
	"sentence_hash" text NOT NULL,
	"language" text NOT NULL,
	"bands" integer[] NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector(claimscope_search_config(language), sentence)) STORED,
	CONSTRAINT "claim_variants_claim_sentence" UNIQUE("claim_id","sentence_hash")
);
--> statement-breakpoint
-- Each claim's stored wordings, from its occurrences, before their keys go.
INSERT INTO "claim_variants" ("claim_id", "sentence", "sentence_hash", "language", "bands")
  SELECT DISTINCT ON (claim_id, sentence) claim_id, sentence, encode(sha256(convert_to(sentence, 'UTF8')), 'hex'), language, bands
  FROM "claim_occurrences" ORDER BY claim_id, sentence, id;--> statement-breakpoint
DROP INDEX "claim_occurrences_bands";--> statement-breakpoint
DROP INDEX "claim_occurrences_search";--> statement-breakpoint
ALTER TABLE "claim_variants" ADD CONSTRAINT "claim_variants_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_variants_bands" ON "claim_variants" USING gin ("bands");--> statement-breakpoint
CREATE INDEX "claim_variants_search" ON "claim_variants" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "claim_occurrences" DROP COLUMN "bands";--> statement-breakpoint
ALTER TABLE "claim_occurrences" DROP COLUMN "search_vector";