CREATE TABLE "outlet_bucket_counts" (
	"outlet_id" integer NOT NULL,
	"unit" text NOT NULL,
	"bucket" date NOT NULL,
	"articles" integer NOT NULL,
	CONSTRAINT "outlet_bucket_counts_unit_outlet_id_bucket_pk" PRIMARY KEY("unit","outlet_id","bucket")
);
--> statement-breakpoint
ALTER TABLE "outlet_bucket_counts" ADD CONSTRAINT "outlet_bucket_counts_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- One article's week and month counted, or taken away (by update only, as for the daily rollups).
CREATE FUNCTION claimscope_rollup_buckets(outlet integer, published timestamptz, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF published IS NULL THEN RETURN; END IF;
  IF sign > 0 THEN
    INSERT INTO outlet_bucket_counts AS c (outlet_id, unit, bucket, articles)
      SELECT outlet, u.unit, date_trunc(u.unit, published AT TIME ZONE 'UTC')::date, 1 FROM (VALUES ('month'), ('week')) u(unit) ORDER BY 2
      ON CONFLICT (unit, outlet_id, bucket) DO UPDATE SET articles = c.articles + 1;
  ELSE
    UPDATE outlet_bucket_counts c SET articles = c.articles - 1
      WHERE c.outlet_id = outlet AND (c.unit, c.bucket) IN (('week', date_trunc('week', published AT TIME ZONE 'UTC')::date), ('month', date_trunc('month', published AT TIME ZONE 'UTC')::date));
  END IF;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimscope_rollup_articles_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outlet_daily_counts AS c (outlet_id, day, articles, words)
    SELECT outlet_id, claimscope_rollup_day(published_at), count(*), sum(word_count) FROM inserted_articles GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (outlet_id, day) DO UPDATE SET articles = c.articles + excluded.articles, words = c.words + excluded.words;
  INSERT INTO outlet_bucket_counts AS c (outlet_id, unit, bucket, articles)
    SELECT a.outlet_id, u.unit, date_trunc(u.unit, a.published_at AT TIME ZONE 'UTC')::date, count(*)
    FROM inserted_articles a CROSS JOIN (VALUES ('month'), ('week')) u(unit) WHERE a.published_at IS NOT NULL
    GROUP BY 1, 2, 3 ORDER BY 2, 1, 3
    ON CONFLICT (unit, outlet_id, bucket) DO UPDATE SET articles = c.articles + excluded.articles;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimscope_rollup_article_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_day date := claimscope_rollup_day(OLD.published_at);
  new_day date := claimscope_rollup_day(NEW.published_at);
BEGIN
  UPDATE outlet_daily_counts SET articles = articles - 1, words = words - OLD.word_count WHERE outlet_id = OLD.outlet_id AND day = old_day;
  INSERT INTO outlet_daily_counts AS c (outlet_id, day, articles, words) VALUES (NEW.outlet_id, new_day, 1, NEW.word_count)
    ON CONFLICT (outlet_id, day) DO UPDATE SET articles = c.articles + 1, words = c.words + excluded.words;
  IF OLD.outlet_id <> NEW.outlet_id OR old_day <> new_day THEN
    PERFORM claimscope_rollup_buckets(OLD.outlet_id, OLD.published_at, -1);
    PERFORM claimscope_rollup_buckets(NEW.outlet_id, NEW.published_at, 1);
    PERFORM claimscope_rollup_children(OLD.id, OLD.outlet_id, old_day, -1);
    PERFORM claimscope_rollup_children(NEW.id, NEW.outlet_id, new_day, 1);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimscope_rollup_article_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_day date := claimscope_rollup_day(OLD.published_at);
BEGIN
  UPDATE outlet_daily_counts SET articles = articles - 1, words = words - OLD.word_count WHERE outlet_id = OLD.outlet_id AND day = old_day;
  PERFORM claimscope_rollup_buckets(OLD.outlet_id, OLD.published_at, -1);
  PERFORM claimscope_rollup_children(OLD.id, OLD.outlet_id, old_day, -1);
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION claimscope_rebuild_rollups() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM outlet_daily_counts;
  DELETE FROM outlet_bucket_counts;
  DELETE FROM category_daily_counts;
  DELETE FROM marker_daily_counts;
  DELETE FROM source_daily_counts;
  INSERT INTO outlet_daily_counts (outlet_id, day, articles, words)
    SELECT outlet_id, claimscope_rollup_day(published_at), count(*), sum(word_count) FROM articles GROUP BY 1, 2;
  INSERT INTO outlet_bucket_counts (outlet_id, unit, bucket, articles)
    SELECT c.outlet_id, u.unit, date_trunc(u.unit, c.day::timestamp)::date, sum(c.articles)
    FROM outlet_daily_counts c CROSS JOIN (VALUES ('month'), ('week')) u(unit) WHERE c.day > '-infinity'::date GROUP BY 1, 2, 3;
  INSERT INTO category_daily_counts (category_id, outlet_id, day, articles)
    SELECT ac.category_id, a.outlet_id, claimscope_rollup_day(a.published_at), count(*)
    FROM article_categories ac JOIN articles a ON a.id = ac.article_id GROUP BY 1, 2, 3;
  INSERT INTO marker_daily_counts (outlet_id, day, group_key, variant, count, in_quotes, in_scare_quotes)
    SELECT a.outlet_id, claimscope_rollup_day(a.published_at), m.group_key, m.variant, sum(m.count), sum(m.in_quotes), sum(m.in_scare_quotes)
    FROM article_markers m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2, 3, 4;
  INSERT INTO source_daily_counts (outlet_id, day, category, entity_id, name, count)
    SELECT a.outlet_id, claimscope_rollup_day(a.published_at), s.category, coalesce(s.entity_id, 0), CASE WHEN s.entity_id IS NULL THEN s.name ELSE '' END, count(*)
    FROM sources s JOIN articles a ON a.id = s.article_id WHERE s.kind <> 'link' GROUP BY 1, 2, 3, 4, 5;
END $$;--> statement-breakpoint
INSERT INTO outlet_bucket_counts (outlet_id, unit, bucket, articles)
  SELECT c.outlet_id, u.unit, date_trunc(u.unit, c.day::timestamp)::date, sum(c.articles)
  FROM outlet_daily_counts c CROSS JOIN (VALUES ('month'), ('week')) u(unit) WHERE c.day > '-infinity'::date GROUP BY 1, 2, 3;
