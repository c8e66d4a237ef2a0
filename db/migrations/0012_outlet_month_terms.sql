CREATE TABLE "outlet_month_terms" (
	"outlet_id" integer NOT NULL,
	"month" date NOT NULL,
	"term" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "outlet_month_terms_outlet_id_month_term_pk" PRIMARY KEY("outlet_id","month","term")
);
--> statement-breakpoint
CREATE TABLE "term_months_pending" (
	"outlet_id" integer NOT NULL,
	"month" date NOT NULL,
	CONSTRAINT "term_months_pending_outlet_id_month_pk" PRIMARY KEY("outlet_id","month")
);
--> statement-breakpoint
ALTER TABLE "outlet_month_terms" ADD CONSTRAINT "outlet_month_terms_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_months_pending" ADD CONSTRAINT "term_months_pending_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The UTC month an article's words are counted under, or -infinity when it has no date.
CREATE FUNCTION claimscope_rollup_month(published timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(date_trunc('month', published AT TIME ZONE 'UTC')::date, '-infinity'::date)
$$;--> statement-breakpoint
-- A new, edited, moved or deleted article queues its outlet month (both months when it moves) for
-- the term job. An outlet being deleted queues nothing: the EXISTS sees it gone.
CREATE FUNCTION claimscope_queue_term_months() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO term_months_pending (outlet_id, month)
      SELECT DISTINCT outlet_id, claimscope_rollup_month(published_at) FROM inserted_articles ORDER BY 1, 2 ON CONFLICT DO NOTHING;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO term_months_pending (outlet_id, month)
      SELECT OLD.outlet_id, claimscope_rollup_month(OLD.published_at) WHERE EXISTS (SELECT 1 FROM outlets WHERE id = OLD.outlet_id)
      ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO term_months_pending (outlet_id, month) VALUES (NEW.outlet_id, claimscope_rollup_month(NEW.published_at)) ON CONFLICT DO NOTHING;
    RETURN NULL;
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_term_months_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS inserted_articles FOR EACH STATEMENT EXECUTE FUNCTION claimscope_queue_term_months();--> statement-breakpoint
CREATE TRIGGER articles_term_months_update AFTER UPDATE OF outlet_id, published_at, content_text, language ON articles FOR EACH ROW
  WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id OR OLD.published_at IS DISTINCT FROM NEW.published_at
        OR OLD.content_text IS DISTINCT FROM NEW.content_text OR OLD.language IS DISTINCT FROM NEW.language)
  EXECUTE FUNCTION claimscope_queue_term_months();--> statement-breakpoint
CREATE TRIGGER articles_term_months_delete BEFORE DELETE ON articles FOR EACH ROW EXECUTE FUNCTION claimscope_queue_term_months();--> statement-breakpoint
INSERT INTO term_months_pending (outlet_id, month)
  SELECT DISTINCT outlet_id, claimscope_rollup_month(published_at) FROM articles ON CONFLICT DO NOTHING;
