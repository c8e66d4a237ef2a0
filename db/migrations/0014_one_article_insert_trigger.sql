-- One statement trigger for a new article's counts and its month's term queue, where there were two:
-- every stored article paid for two transition tables and two trigger calls.
DROP TRIGGER articles_term_months_insert ON articles;--> statement-breakpoint
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
  INSERT INTO term_months_pending (outlet_id, month)
    SELECT DISTINCT outlet_id, claimscope_rollup_month(published_at) FROM inserted_articles ORDER BY 1, 2 ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
