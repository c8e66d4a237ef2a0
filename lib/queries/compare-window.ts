import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { dayRange, wholeDays } from "./rollup-period";
import { fullTextQuery } from "./search-sql";
import { idArray, idList, rowsOf } from "./sql-rows";

/**
 * A comparison over a query as common as "migrants" across every year would join markers and sources
 * over tens of thousands of matches (seconds). So the newest PROBE_ARTICLES dated articles of the sides
 * are read through the published_at index first; when the matches among them, scaled to the scope's
 * article count (from the daily rollup), promise more than MATCH_WINDOW matches, the comparison is
 * counted exactly over a recent window instead: from the day where the sides' articles, counted back
 * from the end of the period, reach the number expected to hold MATCH_WINDOW matches, or
 * WINDOW_ARTICLES articles if that comes first. Every side shares the window, so the sides stay
 * comparable; the page says which days were counted.
 */

export const PROBE_ARTICLES = 1_000;
/** About this many matches are counted when a query is common in scope. */
export const MATCH_WINDOW = 2_000;
/**
 * And a window holds no more of the sides' articles than this: each one read costs a detoast of its
 * search vector (some 20 µs), so a query that one side writes often and the others never would
 * otherwise read ten thousand articles for its two thousand matches.
 */
export const WINDOW_ARTICLES = 5_000;

export interface MatchWindow {
  /** The first day counted (inclusive); the period's end stays. */
  from: Date;
  /** The matches expected over the whole period, estimated from the probe's share. */
  estimatedMatches: number;
}

export interface WindowLimits {
  matches: number;
  articles: number;
}

export async function recentMatchWindow(
  db: Pick<Database, "execute">,
  outletIds: number[],
  options: { query: string; from?: Date; to?: Date },
  limits: WindowLimits = { matches: MATCH_WINDOW, articles: WINDOW_ARTICLES },
): Promise<MatchWindow | null> {
  const period = wholeDays(options.from, options.to);
  if (!period) return null;
  const text = fullTextQuery(options.query);
  const bounds = [
    ...(options.from ? [sql`a.published_at >= ${options.from.toISOString()}`] : []),
    ...(options.to ? [sql`a.published_at < ${options.to.toISOString()}`] : []),
  ];
  // The newest per outlet through its (outlet_id, published_at) index, then the newest of those: over
  // several outlets the planner would rather walk the published_at index of every outlet's articles and
  // drop the others' (tens of thousands of rows for two small outlets). Only the chosen ids are joined to
  // their search vectors, each of which costs a detoast. Materialized and matched on its own rows, as in
  // search-recent.ts: joined back, the planner would rather find every match through the GIN index.
  const [probe] = await rowsOf<{ probed: number; matches: number }>(db, sql`${text.with},
    recent as materialized (
      select r.id from unnest(${idArray(outletIds)}) o(id)
      cross join lateral (
        select a.id, a.published_at from articles a
        where a.outlet_id = o.id and a.published_at is not null ${bounds.length ? sql`and ${sql.join(bounds, sql` and `)}` : sql``}
        order by a.published_at desc limit ${PROBE_ARTICLES}) r
      order by r.published_at desc limit ${PROBE_ARTICLES}),
    probed as materialized (select a.search_vector, a.language from recent r join articles a on a.id = r.id)
    select (select count(*) from probed)::int as probed, count(*)::int as matches from probed a cross join queries where ${text.match}`);
  if (!probe || probe.probed < PROBE_ARTICLES || probe.matches === 0) return null;
  const share = probe.matches / probe.probed;
  const days = await rowsOf<{ day: string; articles: number; later: number }>(db, sql`
    select day::text, articles, (sum(articles) over (order by day desc) - articles)::int as later from (
      select c.day, sum(c.articles)::int as articles from outlet_daily_counts c
      where c.outlet_id in ${idList(outletIds)} and ${dayRange("c", period, { dated: true })} group by c.day) d
    order by day desc`);
  const scopeArticles = days.reduce((sum, d) => sum + d.articles, 0);
  const estimatedMatches = Math.round(share * scopeArticles);
  if (estimatedMatches <= limits.matches) return null;
  const needed = Math.min(limits.matches / share, limits.articles);
  const start = days.find((d) => d.later + d.articles >= needed);
  if (!start || start === days.at(-1)) return null;
  return { from: new Date(`${start.day}T00:00:00Z`), estimatedMatches };
}
