CREATE TABLE "source_month_counts" (
	"outlet_id" integer NOT NULL,
	"month" date NOT NULL,
	"category" text NOT NULL,
	"entity_id" integer NOT NULL,
	"name" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "source_month_counts_outlet_id_month_category_entity_id_name_pk" PRIMARY KEY("outlet_id","month","category","entity_id","name")
);
--> statement-breakpoint
ALTER TABLE "source_month_counts" ADD CONSTRAINT "source_month_counts_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Month rows follow the day rows: whatever changes a day's count (sources written or re-read, an entity
-- removed, an article's date moved, a rebuild) changes its month's by as much. Day rows are only ever
-- inserted, have their count updated, or are deleted, so an update or a delete only adjusts month rows
-- their insert made: those statements update and never insert, as the daily triggers do.
CREATE FUNCTION claimscope_rollup_source_months() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO source_month_counts AS c (outlet_id, month, category, entity_id, name, count)
      SELECT outlet_id, date_trunc('month', day)::date, category, entity_id, name, sum(count) FROM new_rows
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (outlet_id, month, category, entity_id, name) DO UPDATE SET count = c.count + excluded.count;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE source_month_counts c SET count = c.count + d.delta
      FROM (SELECT outlet_id, date_trunc('month', day)::date AS month, category, entity_id, name, sum(delta) AS delta
            FROM (SELECT outlet_id, day, category, entity_id, name, count AS delta FROM new_rows
                  UNION ALL SELECT outlet_id, day, category, entity_id, name, -count FROM old_rows) x
            GROUP BY 1, 2, 3, 4, 5) d
      WHERE d.delta <> 0 AND c.outlet_id = d.outlet_id AND c.month = d.month AND c.category = d.category
        AND c.entity_id = d.entity_id AND c.name = d.name;
  ELSE
    UPDATE source_month_counts c SET count = c.count - d.count
      FROM (SELECT outlet_id, date_trunc('month', day)::date AS month, category, entity_id, name, sum(count) AS count
            FROM old_rows GROUP BY 1, 2, 3, 4, 5) d
      WHERE c.outlet_id = d.outlet_id AND c.month = d.month AND c.category = d.category
        AND c.entity_id = d.entity_id AND c.name = d.name;
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER source_daily_counts_months_insert AFTER INSERT ON source_daily_counts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_source_months();--> statement-breakpoint
CREATE TRIGGER source_daily_counts_months_update AFTER UPDATE ON source_daily_counts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_source_months();--> statement-breakpoint
CREATE TRIGGER source_daily_counts_months_delete AFTER DELETE ON source_daily_counts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION claimscope_rollup_source_months();--> statement-breakpoint
INSERT INTO source_month_counts (outlet_id, month, category, entity_id, name, count)
  SELECT outlet_id, date_trunc('month', day)::date, category, entity_id, name, sum(count) FROM source_daily_counts GROUP BY 1, 2, 3, 4, 5;
