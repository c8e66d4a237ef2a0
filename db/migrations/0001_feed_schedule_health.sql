ALTER TABLE "outlet_feeds" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "leased_by" text;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "consecutive_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "last_success_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "last_error_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "last_error_code" text;--> statement-breakpoint
ALTER TABLE "outlet_feeds" ADD COLUMN "last_error_message" text;--> statement-breakpoint
ALTER TABLE "outlets" ADD COLUMN "paused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "fetch_runs" ADD COLUMN "worker" text;--> statement-breakpoint
CREATE INDEX "outlet_feeds_next_attempt" ON "outlet_feeds" USING btree ("next_attempt_at");