import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articles, outlets } from "../../db/schema";
import type { BucketCount } from "../coverage/series";
import type { TimeUnit, TimeZone } from "../coverage/units";
import { coverageOptionsSchema, type CoverageOptions } from "./coverage-params";
import { getFetchGaps, type FetchGap } from "./fetch-gaps";

/**
 * Articles per outlet per time bucket. Buckets are computed in SQL (date_trunc in the given zone)
 * so the work scales with the index, not with rows shipped to Node; gap-filling stays in JS
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
  const inScope = db.select({ id: outlets.id }).from(outlets).where(outletScope);
  const dated: (SQL | undefined)[] = [
    isNotNull(articles.publishedAt),
    slugs ? inArray(articles.outletId, inScope) : undefined,
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

  const counts = await db
    .select({ outlet: outlets.slug, bucket: bucketed.bucket, count: sql<number>`count(*)::int` })
    .from(bucketed)
    .innerJoin(outlets, eq(outlets.id, bucketed.outletId))
    .groupBy(outlets.slug, bucketed.bucket)
    .orderBy(asc(bucketed.bucket), asc(outlets.slug));
  const scope = await db
    .select({ slug: outlets.slug, name: outlets.name, unknown: count(articles.id) })
    .from(outlets)
    .leftJoin(articles, and(eq(articles.outletId, outlets.id), isNull(articles.publishedAt)))
    .where(outletScope)
    .groupBy(outlets.id)
    .orderBy(asc(outlets.name), asc(outlets.slug));

  const gaps = await getFetchGaps(db, { outlets: slugs, from, to });

  return {
    unit,
    timeZone,
    outlets: scope.map(({ slug, name }) => ({ slug, name })),
    counts,
    unknownDate: scope.map(({ slug, unknown }) => ({ outlet: slug, count: unknown })),
    gaps,
  };
}
