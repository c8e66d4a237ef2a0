import { and, asc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articles, outlets } from "../../db/schema";
import type { BucketCount } from "../coverage/series";
import type { TimeUnit, TimeZone } from "../coverage/units";
import { coverageOptionsSchema, type CoverageOptions } from "./coverage-params";
import { getFetchGaps, type FetchGap } from "./fetch-gaps";
import { dayRange, wholeDays, type DayPeriod } from "./rollup-period";
import { idList, rowsOf } from "./sql-rows";

/**
 * Articles per outlet per time bucket, summed in SQL from the daily rollup (outlet_daily_counts) for
 * whole-day periods and counted from the articles otherwise; gap-filling stays in JS
 * (lib/coverage/series.ts). Articles without a date are counted apart, never dropped.
 */

export interface CoverageResult {
  unit: TimeUnit;
  timeZone: TimeZone;
  /** Outlets in scope, by name: the chart's series order (and so its colours). */
  outlets: { slug: string; name: string }[];
  /** Only buckets with articles; the chart gap-fills. */
  counts: BucketCount[];
  /** Articles with no published date per outlet in scope (0 included); not limited by from/to. */
  unknownDate: { outlet: string; count: number }[];
  /** When each outlet in scope could not be fetched, so silence and blindness can be told apart. */
  gaps: FetchGap[];
}

export async function getCoverage(db: Database, options: CoverageOptions): Promise<CoverageResult> {
  // Unit and zone are bound parameters, but a value Postgres rejects would surface as a 500;
  // validating first turns it into a typed input error for every caller, CLI included.
  const { unit, timeZone, outlets: slugs, from, to } = coverageOptionsSchema.parse(options);

  const outletScope = slugs ? inArray(outlets.slug, slugs) : undefined;
  const scope = await db.select({ id: outlets.id, slug: outlets.slug, name: outlets.name }).from(outlets).where(outletScope).orderBy(asc(outlets.name), asc(outlets.slug));
  const ids = scope.map((o) => o.id);
  const period = timeZone === "UTC" ? wholeDays(from, to) : null;
  const counts = period ? await countsFromRollup(db, unit, ids, slugs !== undefined, period) : await countsFromArticles(db, unit, timeZone, ids, slugs !== undefined, from, to);
  const undated = await rowsOf<{ outlet_id: number; count: number }>(db, sql`
    select outlet_id, articles as count from outlet_daily_counts
    where day = '-infinity'::date ${slugs ? sql`and outlet_id in ${idList(ids)}` : sql``}`);

  const gaps = await getFetchGaps(db, { outlets: slugs, from, to });

  return {
    unit,
    timeZone,
    outlets: scope.map(({ slug, name }) => ({ slug, name })),
    counts,
    unknownDate: scope.map(({ id, slug }) => ({ outlet: slug, count: undated.find((u) => u.outlet_id === id)?.count ?? 0 })),
    gaps,
  };
}

/**
 * Buckets summed from the rollups: by week or month where the period starts and ends on that unit's
 * boundaries (a few thousand rows for every outlet over every year), by day otherwise.
 */
async function countsFromRollup(db: Database, unit: TimeUnit, ids: number[], scoped: boolean, period: DayPeriod): Promise<BucketCount[]> {
  const inScope = scoped ? sql`and c.outlet_id in ${idList(ids)}` : sql``;
  const buckets = unit !== "day" && startsBucket(unit, period.from) && startsBucket(unit, period.to)
    ? sql`select c.outlet_id, c.bucket, sum(c.articles)::int as count from outlet_bucket_counts c
        where c.unit = ${unit} ${period.from ? sql`and c.bucket >= ${period.from}::date` : sql``} ${period.to ? sql`and c.bucket < ${period.to}::date` : sql``} ${inScope}
        group by 1, 2 having sum(c.articles) > 0`
    : sql`select c.outlet_id, date_trunc(${unit}::text, c.day::timestamp) as bucket, sum(c.articles)::int as count from outlet_daily_counts c
        where ${dayRange("c", period, { dated: true })} ${inScope}
        group by 1, 2 having sum(c.articles) > 0`;
  // Grouped by date first and formatted after: to_char on every daily row cost more than the sum.
  return rowsOf<BucketCount>(db, sql`
    select o.slug as outlet, to_char(b.bucket, 'YYYY-MM-DD') as bucket, b.count from (${buckets}) b
    join outlets o on o.id = b.outlet_id
    order by b.bucket, o.slug`);
}

/** Whether a day (or no bound) is where a week (Monday) or a month begins. */
function startsBucket(unit: "week" | "month", day?: string): boolean {
  if (!day) return true;
  return unit === "month" ? day.endsWith("-01") : new Date(`${day}T00:00:00Z`).getUTCDay() === 1;
}

/** Buckets counted from the articles: for bounds inside a day, or a zone the UTC rollup cannot serve. */
async function countsFromArticles(
  db: Database, unit: TimeUnit, timeZone: TimeZone, ids: number[], scoped: boolean, from?: Date, to?: Date,
): Promise<BucketCount[]> {
  const dated: (SQL | undefined)[] = [
    isNotNull(articles.publishedAt),
    scoped ? inArray(articles.outletId, ids.length ? ids : [-1]) : undefined,
    from ? gte(articles.publishedAt, from) : undefined,
    to ? lt(articles.publishedAt, to) : undefined,
  ];
  // The bucket is named in a subquery and grouped outside it: grouping by the expression itself
  // would repeat the bound parameters, which Postgres does not treat as the same expression.
  const bucketed = db
    .select({
      outletId: articles.outletId,
      bucket: sql<string>`to_char(date_trunc(${unit}::text, ${articles.publishedAt}, ${timeZone}::text) at time zone ${timeZone}::text, 'YYYY-MM-DD')`.as(
        "bucket",
      ),
    })
    .from(articles)
    .where(and(...dated))
    .as("bucketed");
  return db
    .select({ outlet: outlets.slug, bucket: bucketed.bucket, count: sql<number>`count(*)::int` })
    .from(bucketed)
    .innerJoin(outlets, eq(outlets.id, bucketed.outletId))
    .groupBy(outlets.slug, bucketed.bucket)
    .orderBy(asc(bucketed.bucket), asc(outlets.slug));
}
