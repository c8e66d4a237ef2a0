import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import type { SeriesSpec } from "../coverage/series-spec";
import type { TimeUnit } from "../coverage/units";
import { getFetchGaps, type FetchGap } from "./fetch-gaps";
import { groupOutletIds, groupOutlets } from "./outlet-groups";
import { dayRange, wholeDays, type DayPeriod } from "./rollup-period";
import { fullTextQuery } from "./search";
import { rowsOf } from "./sql-rows";

/**
 * Coverage of any topic over time: each series is an outlet, a category, an entity, a full-text
 * query, or an outlet's articles on one of those. Counts come with the bucket's total output of the
 * series' outlet (or of all outlets), so a chart can show a topic's share of what was published.
 */

export interface CoverageSeriesOptions {
  unit: TimeUnit;
  series: SeriesSpec[];
  from?: Date;
  /** Exclusive end. */
  to?: Date;
}

export interface CoverageSeriesResult {
  unit: TimeUnit;
  series: { key: string; label: string; spec: SeriesSpec }[];
  /** Buckets with articles only; `total` is the output the share is taken of. */
  points: { series: string; bucket: string; count: number; total: number }[];
  unknownDate: { series: string; count: number }[];
  /** Fetch gaps of the outlets the series name (of every outlet when a series names none). */
  gaps: FetchGap[];
}

export class UnknownSeriesError extends Error {}

export async function getCoverageSeries(db: Database, options: CoverageSeriesOptions): Promise<CoverageSeriesResult> {
  const series: CoverageSeriesResult["series"] = [];
  const points: CoverageSeriesResult["points"] = [];
  const unknownDate: CoverageSeriesResult["unknownDate"] = [];
  const totals = new Map<string, Awaited<ReturnType<typeof bucketCounts>>>();
  for (const [i, spec] of options.series.entries()) {
    const key = `s${i}`;
    series.push({ key, label: await labelOf(db, spec), spec });
    const counts = await bucketCounts(db, spec, options);
    const outletKey = spec.outlet ? `outlet:${spec.outlet}` : spec.group ? `group:${spec.group.toLowerCase()}` : "";
    if (!totals.has(outletKey)) totals.set(outletKey, await bucketCounts(db, { outlet: spec.outlet, group: spec.outlet ? undefined : spec.group }, options));
    const total = totals.get(outletKey)!;
    for (const [bucket, count] of counts.dated) points.push({ series: key, bucket, count, total: total.dated.get(bucket) ?? count });
    unknownDate.push({ series: key, count: counts.unknown });
  }
  const named = await Promise.all(options.series.map(async (s) => (s.outlet ? [s.outlet] : s.group ? (await groupOutlets(db, s.group))?.outlets.map((o) => o.slug) ?? [] : null)));
  const outlets = named.every((n) => n !== null) ? [...new Set(named.flat())] : undefined;
  const gaps = await getFetchGaps(db, { outlets, from: options.from, to: options.to });
  points.sort((a, b) => a.bucket.localeCompare(b.bucket) || a.series.localeCompare(b.series));
  return { unit: options.unit, series, points, unknownDate, gaps };
}

async function bucketCounts(db: Database, spec: SeriesSpec, options: CoverageSeriesOptions) {
  const period = wholeDays(options.from, options.to);
  if (period && !spec.q && spec.entity === undefined) return rollupCounts(db, spec, options.unit, period);
  const text = spec.q ? fullTextQuery(spec.q) : null;
  const conditions: SQL[] = [sql`true`];
  if (spec.outlet) conditions.push(sql`a.outlet_id = (select id from outlets where slug = ${spec.outlet})`);
  if (spec.group) conditions.push(sql`a.outlet_id in ${groupOutletIds(spec.group)}`);
  if (spec.category) conditions.push(sql`exists (select 1 from article_categories ac join categories c on c.id = ac.category_id where ac.article_id = a.id and c.name = ${spec.category})`);
  if (spec.entity !== undefined) conditions.push(sql`exists (select 1 from mentions m where m.article_id = a.id and m.entity_id = ${spec.entity})`);
  if (text) conditions.push(text.match);
  const dated = [...conditions, sql`a.published_at is not null`];
  if (options.from) dated.push(sql`a.published_at >= ${options.from.toISOString()}`);
  if (options.to) dated.push(sql`a.published_at < ${options.to.toISOString()}`);
  const from = sql`from articles a ${text ? sql`cross join queries` : sql``}`;
  const prefix = text ? text.with : sql``;
  const rows = await rowsOf<{ bucket: string; count: number }>(db, sql`${prefix}
    select bucket, count(*)::int as count from (
      select to_char(date_trunc(${options.unit}::text, a.published_at, 'UTC') at time zone 'UTC', 'YYYY-MM-DD') as bucket
      ${from} where ${sql.join(dated, sql` and `)}) b
    group by bucket`);
  const [unknown] = await rowsOf<{ count: number }>(db, sql`${prefix}
    select count(*)::int as count ${from} where ${sql.join([...conditions, sql`a.published_at is null`], sql` and `)}`);
  return { dated: new Map(rows.map((r) => [r.bucket, r.count])), unknown: unknown?.count ?? 0 };
}

/** An outlet's or a category's buckets (or everything's) summed from the daily rollups. */
async function rollupCounts(db: Database, spec: SeriesSpec, unit: TimeUnit, period: DayPeriod) {
  const table = spec.category ? sql`category_daily_counts` : sql`outlet_daily_counts`;
  const conditions: SQL[] = [sql`c.articles <> 0`];
  if (spec.outlet) conditions.push(sql`c.outlet_id = (select id from outlets where slug = ${spec.outlet})`);
  if (spec.group) conditions.push(sql`c.outlet_id in ${groupOutletIds(spec.group)}`);
  if (spec.category) conditions.push(sql`c.category_id = (select id from categories where name = ${spec.category})`);
  const rows = await rowsOf<{ bucket: string; count: number }>(db, sql`
    select bucket, sum(articles)::int as count from (
      select to_char(date_trunc(${unit}::text, c.day::timestamp), 'YYYY-MM-DD') as bucket, c.articles
      from ${table} c where ${sql.join([...conditions, dayRange("c", period, { dated: true })], sql` and `)}) b
    group by bucket`);
  const [unknown] = await rowsOf<{ count: number }>(db, sql`
    select coalesce(sum(c.articles), 0)::int as count from ${table} c where ${sql.join([...conditions, sql`c.day = '-infinity'::date`], sql` and `)}`);
  return { dated: new Map(rows.map((r) => [r.bucket, r.count])), unknown: unknown?.count ?? 0 };
}

/** "Novastan (English) · “invasion”": the series in words, from the names the database holds. */
async function labelOf(db: Database, spec: SeriesSpec): Promise<string> {
  const parts: string[] = [];
  if (spec.outlet) {
    const [row] = await rowsOf<{ name: string }>(db, sql`select name from outlets where slug = ${spec.outlet}`);
    if (!row) throw new UnknownSeriesError(`No outlet with slug "${spec.outlet}"`);
    parts.push(row.name);
  }
  if (spec.group) {
    const group = await groupOutlets(db, spec.group);
    if (!group) throw new UnknownSeriesError(`No outlet group named "${spec.group}"`);
    parts.push(`${group.name} (group of ${group.outlets.length})`);
  }
  if (spec.category) parts.push(`category ${spec.category}`);
  if (spec.entity !== undefined) {
    const [row] = await rowsOf<{ name: string }>(db, sql`select name from entities where id = ${spec.entity}`);
    if (!row) throw new UnknownSeriesError(`No entity number ${spec.entity}`);
    parts.push(row.name);
  }
  if (spec.q) parts.push(`“${spec.q}”`);
  return parts.length ? parts.join(" · ") : "All outlets";
}
