import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

/**
 * Fetch gaps: the stretches in which Claimscope could not see an outlet, so a chart can tell "the
 * outlet went quiet" from "we were blind". A gap starts at a source's first failed attempt after a
 * success (or after monitoring began) and ends at its next successful attempt; a source still failing
 * has an open gap that runs to now. 304 Not Modified and partial runs reached the outlet, so they
 * end a gap. Imports (runs without a source feed) never make gaps: nobody was watching then.
 */

export interface FetchGap {
  /** Outlet slug. */
  outlet: string;
  /** The feed, list page or sitemap that could not be fetched. */
  source: string;
  /** ISO instant of the first failed attempt. */
  from: string;
  /** ISO instant of the next successful attempt; null while the source is still failing. */
  to: string | null;
  failures: number;
  /** The last failure's error class and message (dns, tls, timeout, http_500, parse, too_large…). */
  errorCode: string | null;
  errorMessage: string | null;
}

export interface FetchGapOptions {
  outlets?: string[];
  /** Only gaps that overlap [from, to). */
  from?: Date;
  to?: Date;
}

interface GapRow extends Record<string, unknown> {
  outlet: string;
  source: string;
  started: Date | string;
  ended: Date | string | null;
  failures: number;
  error_code: string | null;
  error_message: string | null;
}

export async function getFetchGaps(db: Database, options: FetchGapOptions = {}): Promise<FetchGap[]> {
  const outletFilter = options.outlets?.length
    ? sql`and o.slug in (${sql.join(options.outlets.map((s) => sql`${s}`), sql`, `)})`
    : sql``;
  const from = options.from?.toISOString() ?? null;
  const to = options.to?.toISOString() ?? null;
  // Runs are numbered into islands: each success opens a new one, so the failures after a success
  // share its island. An island's gap ends where the next island (which starts with a success) starts.
  const rows = await db.execute<GapRow>(sql`
    with runs as (
      select r.feed_id, r.started_at, r.status = 'error' as failed, r.error_code, r.error_message, r.id,
             count(*) filter (where r.status <> 'error')
               over (partition by r.feed_id order by r.started_at, r.id) as island
      from fetch_runs r join outlets o on o.id = r.outlet_id
      where r.feed_id is not null and r.status <> 'running' ${outletFilter}
    ),
    islands as (
      select feed_id, island,
             min(started_at) filter (where failed) as started,
             count(*) filter (where failed)::int as failures,
             (array_agg(error_code order by started_at desc, id desc) filter (where failed))[1] as error_code,
             (array_agg(error_message order by started_at desc, id desc) filter (where failed))[1] as error_message,
             lead(min(started_at)) over (partition by feed_id order by island) as ended
      from runs group by feed_id, island
    )
    select o.slug as outlet, f.url as source, i.started, i.ended, i.failures, i.error_code, i.error_message
    from islands i
    join outlet_feeds f on f.id = i.feed_id
    join outlets o on o.id = f.outlet_id
    where i.failures > 0
      and (${to}::timestamptz is null or i.started < ${to}::timestamptz)
      and (${from}::timestamptz is null or i.ended is null or i.ended > ${from}::timestamptz)
    order by i.started, o.slug, f.url`);
  return [...rows].map((r) => ({
    outlet: r.outlet,
    source: r.source,
    from: toIso(r.started),
    to: r.ended === null ? null : toIso(r.ended),
    failures: Number(r.failures),
    errorCode: r.error_code,
    errorMessage: r.error_message,
  }));
}

function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
