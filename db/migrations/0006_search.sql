-- The text-search configuration of an article's language ("ru", "de-AT"…); simple (no stemming) for the rest.
CREATE FUNCTION claimscope_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lower(split_part(replace(coalesce(language, ''), '_', '-'), '-', 1))
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'ru' THEN 'russian'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'de' THEN 'german'::regconfig
    ELSE 'simple'::regconfig
  END
$$;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(claimscope_search_config(language), coalesce(title, '')), 'A') || setweight(to_tsvector(claimscope_search_config(language), content_text), 'B')) STORED;--> statement-breakpoint
CREATE INDEX "articles_search" ON "articles" USING gin ("search_vector");