CREATE TABLE "category_daily_counts" (
	"category_id" integer NOT NULL,
	"outlet_id" integer NOT NULL,
	"day" date NOT NULL,
	"articles" integer NOT NULL,
	CONSTRAINT "category_daily_counts_category_id_outlet_id_day_pk" PRIMARY KEY("category_id","outlet_id","day")
);
--> statement-breakpoint
CREATE TABLE "marker_daily_counts" (
	"outlet_id" integer NOT NULL,
	"day" date NOT NULL,
	"group_key" text NOT NULL,
	"variant" text NOT NULL,
	"count" integer NOT NULL,
	"in_quotes" integer NOT NULL,
	"in_scare_quotes" integer NOT NULL,
	CONSTRAINT "marker_daily_counts_outlet_id_day_group_key_variant_pk" PRIMARY KEY("outlet_id","day","group_key","variant")
);
--> statement-breakpoint
CREATE TABLE "outlet_daily_counts" (
	"outlet_id" integer NOT NULL,
	"day" date NOT NULL,
	"articles" integer NOT NULL,
	"words" bigint NOT NULL,
	CONSTRAINT "outlet_daily_counts_outlet_id_day_pk" PRIMARY KEY("outlet_id","day")
);
--> statement-breakpoint
CREATE TABLE "source_daily_counts" (
	"outlet_id" integer NOT NULL,
	"day" date NOT NULL,
	"category" text NOT NULL,
	"entity_id" integer NOT NULL,
	"name" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "source_daily_counts_outlet_id_day_category_entity_id_name_pk" PRIMARY KEY("outlet_id","day","category","entity_id","name")
);
--> statement-breakpoint
ALTER TABLE "category_daily_counts" ADD CONSTRAINT "category_daily_counts_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_daily_counts" ADD CONSTRAINT "category_daily_counts_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marker_daily_counts" ADD CONSTRAINT "marker_daily_counts_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outlet_daily_counts" ADD CONSTRAINT "outlet_daily_counts_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_daily_counts" ADD CONSTRAINT "source_daily_counts_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The day an article is counted under: its UTC calendar day, or -infinity when it has no date.
CREATE FUNCTION claimscope_rollup_day(published timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce((published AT TIME ZONE 'UTC')::date, '-infinity'::date)
$$;--> statement-breakpoint
-- Counts are added by upserts in key order (two writers lock the same rows in the same order, so they
-- cannot deadlock) and taken away by updates only: a subtraction never inserts, so it cannot resurrect
-- a row for an outlet or category being deleted in the same statement. Rows that fall to zero stay until
-- the next rebuild; readers skip them.
--
-- An article's categories, marker counts and sources counted under a key (outlet, day), or taken away from it.
CREATE FUNCTION claimscope_rollup_children(article integer, outlet integer, rollup_day date, sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF sign > 0 THEN
    INSERT INTO category_daily_counts AS c (category_id, outlet_id, day, articles)
      SELECT ac.category_id, outlet, rollup_day, 1 FROM article_categories ac WHERE ac.article_id = article ORDER BY 1
      ON CONFLICT (category_id, outlet_id, day) DO UPDATE SET articles = c.articles + 1;
    INSERT INTO marker_daily_counts AS c (outlet_id, day, group_key, variant, count, in_quotes, in_scare_quotes)
      SELECT outlet, rollup_day, m.group_key, m.variant, m.count, m.in_quotes, m.in_scare_quotes
      FROM article_markers m WHERE m.article_id = article ORDER BY 3, 4
      ON CONFLICT (outlet_id, day, group_key, variant) DO UPDATE SET count = c.count + excluded.count,
        in_quotes = c.in_quotes + excluded.in_quotes, in_scare_quotes = c.in_scare_quotes + excluded.in_scare_quotes;
    INSERT INTO source_daily_counts AS c (outlet_id, day, category, entity_id, name, count)
      SELECT outlet, rollup_day, s.category, coalesce(s.entity_id, 0), CASE WHEN s.entity_id IS NULL THEN s.name ELSE '' END, count(*)
      FROM sources s WHERE s.article_id = article AND s.kind <> 'link' GROUP BY 3, 4, 5 ORDER BY 3, 4, 5
      ON CONFLICT (outlet_id, day, category, entity_id, name) DO UPDATE SET count = c.count + excluded.count;
  ELSE
    UPDATE category_daily_counts c SET articles = c.articles - 1
      FROM article_categories ac WHERE ac.article_id = article AND c.category_id = ac.category_id AND c.outlet_id = outlet AND c.day = rollup_day;
    UPDATE marker_daily_counts c SET count = c.count - m.count, in_quotes = c.in_quotes - m.in_quotes, in_scare_quotes = c.in_scare_quotes - m.in_scare_quotes
      FROM article_markers m WHERE m.article_id = article AND c.outlet_id = outlet AND c.day = rollup_day AND c.group_key = m.group_key AND c.variant = m.variant;
    UPDATE source_daily_counts c SET count = c.count - d.count
      FROM (SELECT s.category, coalesce(s.entity_id, 0) AS entity_id, CASE WHEN s.entity_id IS NULL THEN s.name ELSE '' END AS name, count(*) AS count
            FROM sources s WHERE s.article_id = article AND s.kind <> 'link' GROUP BY 1, 2, 3) d
      WHERE c.outlet_id = outlet AND c.day = rollup_day AND c.category = d.category AND c.entity_id = d.entity_id AND c.name = d.name;
  END IF;
END $$;--> statement-breakpoint
CREATE FUNCTION claimscope_rollup_articles_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outlet_daily_counts AS c (outlet_id, day, articles, words)
    SELECT outlet_id, claimscope_rollup_day(published_at), count(*), sum(word_count) FROM inserted_articles GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (outlet_id, day) DO UPDATE SET articles = c.articles + excluded.articles, words = c.words + excluded.words;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_rollup_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS inserted_articles FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_articles_inserted();--> statement-breakpoint
-- A new date or length (an edit) moves the article, and with a new day its categories, markers and sources.
CREATE FUNCTION claimscope_rollup_article_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_day date := claimscope_rollup_day(OLD.published_at);
  new_day date := claimscope_rollup_day(NEW.published_at);
BEGIN
  UPDATE outlet_daily_counts SET articles = articles - 1, words = words - OLD.word_count WHERE outlet_id = OLD.outlet_id AND day = old_day;
  INSERT INTO outlet_daily_counts AS c (outlet_id, day, articles, words) VALUES (NEW.outlet_id, new_day, 1, NEW.word_count)
    ON CONFLICT (outlet_id, day) DO UPDATE SET articles = c.articles + 1, words = c.words + excluded.words;
  IF OLD.outlet_id <> NEW.outlet_id OR old_day <> new_day THEN
    PERFORM claimscope_rollup_children(OLD.id, OLD.outlet_id, old_day, -1);
    PERFORM claimscope_rollup_children(NEW.id, NEW.outlet_id, new_day, 1);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_rollup_update AFTER UPDATE OF outlet_id, published_at, word_count ON articles FOR EACH ROW
  WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id OR OLD.published_at IS DISTINCT FROM NEW.published_at OR OLD.word_count IS DISTINCT FROM NEW.word_count)
  EXECUTE FUNCTION claimscope_rollup_article_updated();--> statement-breakpoint
-- Before the row goes, while its categories, markers and sources are still there to be subtracted; their
-- own delete triggers then find no article and subtract nothing twice.
CREATE FUNCTION claimscope_rollup_article_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_day date := claimscope_rollup_day(OLD.published_at);
BEGIN
  UPDATE outlet_daily_counts SET articles = articles - 1, words = words - OLD.word_count WHERE outlet_id = OLD.outlet_id AND day = old_day;
  PERFORM claimscope_rollup_children(OLD.id, OLD.outlet_id, old_day, -1);
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER articles_rollup_delete BEFORE DELETE ON articles FOR EACH ROW EXECUTE FUNCTION claimscope_rollup_article_deleted();--> statement-breakpoint
CREATE FUNCTION claimscope_rollup_categories_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO category_daily_counts AS c (category_id, outlet_id, day, articles)
      SELECT r.category_id, a.outlet_id, claimscope_rollup_day(a.published_at), count(*)
      FROM changed_rows r JOIN articles a ON a.id = r.article_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (category_id, outlet_id, day) DO UPDATE SET articles = c.articles + excluded.articles;
  ELSE
    UPDATE category_daily_counts c SET articles = c.articles - d.articles
      FROM (SELECT r.category_id, a.outlet_id, claimscope_rollup_day(a.published_at) AS day, count(*) AS articles
            FROM changed_rows r JOIN articles a ON a.id = r.article_id GROUP BY 1, 2, 3) d
      WHERE c.category_id = d.category_id AND c.outlet_id = d.outlet_id AND c.day = d.day;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER article_categories_rollup_insert AFTER INSERT ON article_categories
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_categories_changed();--> statement-breakpoint
CREATE TRIGGER article_categories_rollup_delete AFTER DELETE ON article_categories
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_categories_changed();--> statement-breakpoint
CREATE FUNCTION claimscope_rollup_markers_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO marker_daily_counts AS c (outlet_id, day, group_key, variant, count, in_quotes, in_scare_quotes)
      SELECT a.outlet_id, claimscope_rollup_day(a.published_at), r.group_key, r.variant, sum(r.count), sum(r.in_quotes), sum(r.in_scare_quotes)
      FROM changed_rows r JOIN articles a ON a.id = r.article_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (outlet_id, day, group_key, variant) DO UPDATE SET count = c.count + excluded.count,
        in_quotes = c.in_quotes + excluded.in_quotes, in_scare_quotes = c.in_scare_quotes + excluded.in_scare_quotes;
  ELSE
    UPDATE marker_daily_counts c SET count = c.count - d.count, in_quotes = c.in_quotes - d.in_quotes, in_scare_quotes = c.in_scare_quotes - d.in_scare_quotes
      FROM (SELECT a.outlet_id, claimscope_rollup_day(a.published_at) AS day, r.group_key, r.variant,
                   sum(r.count) AS count, sum(r.in_quotes) AS in_quotes, sum(r.in_scare_quotes) AS in_scare_quotes
            FROM changed_rows r JOIN articles a ON a.id = r.article_id GROUP BY 1, 2, 3, 4) d
      WHERE c.outlet_id = d.outlet_id AND c.day = d.day AND c.group_key = d.group_key AND c.variant = d.variant;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER article_markers_rollup_insert AFTER INSERT ON article_markers
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_markers_changed();--> statement-breakpoint
CREATE TRIGGER article_markers_rollup_delete AFTER DELETE ON article_markers
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_markers_changed();--> statement-breakpoint
-- An update (an entity removed or merged re-points its sources) is the old rows taken away and the new added.
CREATE FUNCTION claimscope_rollup_sources_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE source_daily_counts c SET count = c.count - d.count
      FROM (SELECT a.outlet_id, claimscope_rollup_day(a.published_at) AS day, r.category, coalesce(r.entity_id, 0) AS entity_id,
                   CASE WHEN r.entity_id IS NULL THEN r.name ELSE '' END AS name, count(*) AS count
            FROM old_rows r JOIN articles a ON a.id = r.article_id WHERE r.kind <> 'link' GROUP BY 1, 2, 3, 4, 5) d
      WHERE c.outlet_id = d.outlet_id AND c.day = d.day AND c.category = d.category AND c.entity_id = d.entity_id AND c.name = d.name;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO source_daily_counts AS c (outlet_id, day, category, entity_id, name, count)
      SELECT a.outlet_id, claimscope_rollup_day(a.published_at), r.category, coalesce(r.entity_id, 0), CASE WHEN r.entity_id IS NULL THEN r.name ELSE '' END, count(*)
      FROM new_rows r JOIN articles a ON a.id = r.article_id WHERE r.kind <> 'link' GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (outlet_id, day, category, entity_id, name) DO UPDATE SET count = c.count + excluded.count;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER sources_rollup_insert AFTER INSERT ON sources
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_sources_changed();--> statement-breakpoint
CREATE TRIGGER sources_rollup_update AFTER UPDATE ON sources
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_sources_changed();--> statement-breakpoint
CREATE TRIGGER sources_rollup_delete AFTER DELETE ON sources
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_sources_changed();--> statement-breakpoint
-- Every rollup recomputed from the articles: for data written before the rollups existed, and for a bulk load.
CREATE FUNCTION claimscope_rebuild_rollups() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM outlet_daily_counts;
  DELETE FROM category_daily_counts;
  DELETE FROM marker_daily_counts;
  DELETE FROM source_daily_counts;
  INSERT INTO outlet_daily_counts (outlet_id, day, articles, words)
    SELECT outlet_id, claimscope_rollup_day(published_at), count(*), sum(word_count) FROM articles GROUP BY 1, 2;
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
SELECT claimscope_rebuild_rollups();
