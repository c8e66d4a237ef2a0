CREATE TABLE "article_extractions" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"language" text,
	"figure_sentences" integer DEFAULT 0 NOT NULL,
	"attributed_figure_sentences" integer DEFAULT 0 NOT NULL,
	"error" text,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "entities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"outlet_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entity_aliases" (
	"key" text PRIMARY KEY NOT NULL,
	"alias" text NOT NULL,
	"entity_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_claims" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "funding_claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"article_id" integer NOT NULL,
	"funder" text,
	"funder_entity_id" integer,
	"recipient" text,
	"recipient_entity_id" integer,
	"amount" double precision,
	"currency" text,
	"year" integer,
	"relation" text NOT NULL,
	"self_disclosed" boolean NOT NULL,
	"hedged" boolean NOT NULL,
	"attributed_to" text,
	"sentence" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"article_id" integer NOT NULL,
	"entity_id" integer NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	CONSTRAINT "mentions_article_id_entity_id_start_pk" PRIMARY KEY("article_id","entity_id","start")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"article_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"entity_id" integer,
	"category" text NOT NULL,
	"url" text,
	"domain" text,
	"quote" text,
	"anonymous" boolean NOT NULL,
	"sentence" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_extractions" ADD CONSTRAINT "article_extractions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entities" ADD CONSTRAINT "entities_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entity_aliases" ADD CONSTRAINT "entity_aliases_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_claims" ADD CONSTRAINT "funding_claims_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_claims" ADD CONSTRAINT "funding_claims_funder_entity_id_entities_id_fk" FOREIGN KEY ("funder_entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_claims" ADD CONSTRAINT "funding_claims_recipient_entity_id_entities_id_fk" FOREIGN KEY ("recipient_entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_extractions_version" ON "article_extractions" USING btree ("version");--> statement-breakpoint
CREATE INDEX "entities_outlet" ON "entities" USING btree ("outlet_id");--> statement-breakpoint
CREATE INDEX "entity_aliases_entity" ON "entity_aliases" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "funding_claims_article" ON "funding_claims" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "funding_claims_funder" ON "funding_claims" USING btree ("funder_entity_id");--> statement-breakpoint
CREATE INDEX "funding_claims_recipient" ON "funding_claims" USING btree ("recipient_entity_id");--> statement-breakpoint
CREATE INDEX "mentions_entity" ON "mentions" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "sources_article" ON "sources" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "sources_entity" ON "sources" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "sources_domain" ON "sources" USING btree ("domain");