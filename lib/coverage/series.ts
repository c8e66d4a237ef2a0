import type { TimeUnit } from "./units";

/**
 * Pure bucketing for the coverage chart. SQL returns only buckets that have articles; the chart
 * needs every bucket between the first and the last, with zeros, or gaps would look like
 * continuous coverage. Buckets are UTC calendar dates "YYYY-MM-DD" naming the bucket's first day
 * (ISO weeks start on Monday, as Postgres' date_trunc('week') does).
 */

export interface BucketCount {
  /** Outlet slug. */
  outlet: string;
  /** First day of the bucket, "YYYY-MM-DD" (UTC). */
  bucket: string;
  count: number;
}

export type ChartRow = { bucket: string } & Record<string, number | string>;

export class TooManyBucketsError extends Error {
  readonly code = "too_many_buckets";
}

/** More buckets than this would be unreadable and slow; callers should pick a coarser unit. */
export const MAX_BUCKETS = 5000;

const DAY_MS = 86_400_000;

/** The data key of an outlet's series in a chart row; prefixed so a slug can never be "bucket". */
export function seriesKey(slug: string): string {
  return `outlet:${slug}`;
}

export function parseBucket(bucket: string): Date {
  const date = new Date(`${bucket}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(bucket) || Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a bucket date: ${bucket}`);
  }
  return date;
}

export function formatBucket(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The bucket an instant falls in (UTC). */
export function bucketOf(instant: Date, unit: TimeUnit): string {
  const y = instant.getUTCFullYear();
  const m = instant.getUTCMonth();
  const d = instant.getUTCDate();
  if (unit === "month") return formatBucket(new Date(Date.UTC(y, m, 1)));
  if (unit === "day") return formatBucket(new Date(Date.UTC(y, m, d)));
  const sinceMonday = (instant.getUTCDay() + 6) % 7;
  return formatBucket(new Date(Date.UTC(y, m, d - sinceMonday)));
}

export function nextBucket(bucket: string, unit: TimeUnit): string {
  const date = parseBucket(bucket);
  if (unit === "month") {
    return formatBucket(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
  }
  return formatBucket(new Date(date.getTime() + (unit === "week" ? 7 : 1) * DAY_MS));
}

/** Every bucket from `first` to `last` inclusive. */
export function listBuckets(first: string, last: string, unit: TimeUnit): string[] {
  const buckets: string[] = [];
  for (let b = bucketOf(parseBucket(first), unit); b <= last; b = nextBucket(b, unit)) {
    if (buckets.length >= MAX_BUCKETS) {
      throw new TooManyBucketsError(
        `More than ${MAX_BUCKETS} ${unit} buckets between ${first} and ${last}; choose a coarser unit`,
      );
    }
    buckets.push(b);
  }
  return buckets;
}

/**
 * Chart rows, one per bucket from the first to the last bucket with data, each holding a count
 * for every outlet in `outlets` (0 where it published nothing). `alsoBuckets` widens the range
 * (fetch gaps after an outlet's last article must still be drawn). No data gives no rows.
 */
export function toChartRows(counts: BucketCount[], outlets: string[], unit: TimeUnit, alsoBuckets: string[] = []): ChartRow[] {
  if (counts.length === 0 && alsoBuckets.length === 0) return [];
  const byKey = new Map<string, number>();
  const seen: string[] = alsoBuckets.map((b) => bucketOf(parseBucket(b), unit));
  for (const c of counts) {
    // Normalised again so rows from another source (or a coarser re-bucketing) still line up.
    const bucket = bucketOf(parseBucket(c.bucket), unit);
    const key = `${bucket}|${c.outlet}`;
    byKey.set(key, (byKey.get(key) ?? 0) + c.count);
    seen.push(bucket);
  }
  seen.sort();
  return listBuckets(seen[0]!, seen[seen.length - 1]!, unit).map((bucket) => {
    const row: ChartRow = { bucket };
    for (const slug of outlets) row[seriesKey(slug)] = byKey.get(`${bucket}|${slug}`) ?? 0;
    return row;
  });
}

/** The chart's last column: articles whose date is unknown, counted apart rather than dropped. */
export const UNKNOWN_DATE_BUCKET = "unknown";

export function withUnknownDateRow(
  rows: ChartRow[],
  unknownDate: { outlet: string; count: number }[],
  outlets: string[],
): ChartRow[] {
  if (!unknownDate.some((u) => u.count > 0)) return rows;
  const row: ChartRow = { bucket: UNKNOWN_DATE_BUCKET };
  for (const slug of outlets) row[seriesKey(slug)] = unknownDate.find((u) => u.outlet === slug)?.count ?? 0;
  return [...rows, row];
}
