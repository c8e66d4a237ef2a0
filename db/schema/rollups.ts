import { bigint, date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { categories } from "./articles";
import { outlets } from "./outlets";

/**
 * Daily totals per outlet that the coverage charts and the comparison read instead of the articles:
 * at a million articles a chart of every outlet over every year would otherwise bucket every row.
 * Triggers (migration 0009) keep them current on every insert, edit and delete of an article, its
 * categories, its marker counts and its sources, so the store step, the jobs and any bulk load all keep
 * them without knowing they exist; `claimscope_rebuild_rollups()` recomputes them from the articles.
 *
 * `day` is the UTC calendar day of `published_at`; an article with no date is counted under the day
 * `-infinity`, so a bounded period never includes it and an unbounded sum does.
 */

/** The `day` undated articles are counted under. */
export const UNDATED_DAY = "-infinity";

export const outletDailyCounts = pgTable(
  "outlet_daily_counts",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    articles: integer().notNull(),
    words: bigint({ mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.outletId, t.day] })],
);

/**
 * The same articles per outlet by UTC week (from Monday) and month: a chart of every outlet over every
 * year sums a few thousand of these instead of a row per outlet and day. Undated articles are not here.
 */
export const outletBucketCounts = pgTable(
  "outlet_bucket_counts",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    unit: text().$type<"week" | "month">().notNull(),
    bucket: date({ mode: "string" }).notNull(),
    articles: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.unit, t.outletId, t.bucket] })],
);

export const categoryDailyCounts = pgTable(
  "category_daily_counts",
  {
    categoryId: integer("category_id").notNull().references(() => categories.id, { onDelete: "cascade" }),
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    articles: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.outletId, t.day] })],
);

/** Sums of article_markers: uses of each variant, and of them those in direct and in scare quotes. */
export const markerDailyCounts = pgTable(
  "marker_daily_counts",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    groupKey: text("group_key").notNull(),
    variant: text().notNull(),
    count: integer().notNull(),
    inQuotes: integer("in_quotes").notNull(),
    inScareQuotes: integer("in_scare_quotes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.outletId, t.day, t.groupKey, t.variant] })],
);

/**
 * Cited sources (every kind but bare links) per outlet and day, by category and by the entity they
 * resolve to (`entityId` 0 and the source's own name when they resolve to none). Not a foreign key:
 * when an entity goes, its sources' update moves their counts to their own names.
 */
export const sourceDailyCounts = pgTable(
  "source_daily_counts",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    category: text().notNull(),
    entityId: integer("entity_id").notNull(),
    name: text().notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.outletId, t.day, t.category, t.entityId, t.name] })],
);

/**
 * source_daily_counts summed by UTC month (`month` -infinity for undated articles), kept by triggers on
 * the daily table (migration 0015): a comparison over years reads a thirtieth of the rows.
 */
export const sourceMonthCounts = pgTable(
  "source_month_counts",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    category: text().notNull(),
    entityId: integer("entity_id").notNull(),
    name: text().notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.outletId, t.month, t.category, t.entityId, t.name] })],
);

/**
 * Each outlet's most frequent words per UTC month (`month` -infinity for undated articles), the
 * TERMS_PER_MONTH most frequent after stop words (ingest/term-job.ts): what distinctive vocabulary is
 * computed from instead of reading texts per request. Words outside a month's top are left out, so a
 * rare word's count is a lower bound.
 */
export const outletMonthTerms = pgTable(
  "outlet_month_terms",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
    term: text().notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.outletId, t.month, t.term] })],
);

/** Outlet months whose articles changed since their words were counted: the term job's queue, filled by triggers. */
export const termMonthsPending = pgTable(
  "term_months_pending",
  {
    outletId: integer("outlet_id").notNull().references(() => outlets.id, { onDelete: "cascade" }),
    month: date({ mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.outletId, t.month] })],
);
