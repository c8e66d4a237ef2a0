import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { dayRange } from "./rollup-period";
import { groupOutletIds } from "./outlet-groups";
import type { SearchPage } from "./search";
import { conditions, COUNT_CAP, fullTextQuery, outletAndDateFilters, toHit, withHeadlines, type HitRow } from "./search-sql";
import type { SearchQuery } from "./search-params";
import { rowsOf } from "./sql-rows";

/**
 * Relevance for a query that matches a large share of the corpus ("Russia", "government"). Ranking
 * every match means reading every match's search vector (a third of a million at a million articles,
 * seconds); the GIN index finds matches but cannot order them. So the newest PROBE_ARTICLES dated
 * articles in scope are read through the published_at index, and when at least COMMON_SHARE of them
 * match, the page is ranked among those matches and the total is estimated from their share of the
 * scope's article count (from the daily rollup). A rarer query returns null: the GIN index finds its few
 * matches quickly and they are ranked and counted exactly.
 */

export const PROBE_ARTICLES = 1_000;
/** A query matching fewer of the newest articles than this share is ranked over all its matches. */
export const COMMON_SHARE = 0.02;

interface WindowRow extends HitRow {
  matches: number;
  since: string | Date;
  probed: number;
}

export async function rankAmongNewest(db: Pick<Database, "execute">, q: SearchQuery, pageSize: number): Promise<SearchPage | null> {
  const text = fullTextQuery(q.q, q.language);
  const scope: SQL[] = [sql`a.published_at is not null`, ...outletAndDateFilters(q)];
  const rows = await rowsOf<WindowRow>(db, sql`${text.with},
    -- Materialized, and matched on its own rows: joined back to articles, the planner would rather
    -- find every match through the GIN index and read each one's vector, which is what this avoids.
    recent as materialized (
      select a.id, a.outlet_id, a.published_at, a.language, a.search_vector from articles a
      where ${sql.join(scope, sql` and `)} order by a.published_at desc, a.id desc limit ${PROBE_ARTICLES}),
    hits as (
      select a.id, o.slug as outlet_slug, o.name as outlet_name, a.published_at, a.language,
        ts_rank_cd(a.search_vector, ${text.own}, 32) as rank
      from recent a join outlets o on o.id = a.outlet_id cross join queries
      where ${conditions(q, text)}),
    page as (
      select hits.*, count(*) over () as matches, min(hits.published_at) over () as since, (select count(*) from recent) as probed
      from hits order by rank desc, published_at desc, id desc limit ${pageSize} offset ${(q.page - 1) * pageSize})
    ${withHeadlines(text, "relevance")}`);
  const first = rows[0];
  if (!first) return null;
  const matches = Number(first.matches);
  const probed = Number(first.probed);
  // A scope smaller than the probe, a rare query, or a page past the window: count and rank exactly.
  if (probed < PROBE_ARTICLES || matches < PROBE_ARTICLES * COMMON_SHARE || q.page * pageSize > matches) return null;
  const [scopeSize] = await rowsOf<{ articles: number }>(db, sql`
    select coalesce(sum(c.articles), 0)::int as articles from outlet_daily_counts c
    where ${dayRange("c", { from: q.from?.toISOString().slice(0, 10), to: q.to?.toISOString().slice(0, 10) })}
    ${q.outlet ? sql`and c.outlet_id = (select id from outlets where slug = ${q.outlet})` : sql``}
    ${q.group ? sql`and c.outlet_id in ${groupOutletIds(q.group)}` : sql``}`);
  const estimate = Math.round(((matches / probed) * (scopeSize?.articles ?? probed)) / 10) * 10;
  return {
    query: q.q,
    hits: rows.map(toHit),
    total: Math.min(estimate, COUNT_CAP),
    totalCapped: estimate > COUNT_CAP,
    rankedAmong: { matches, articles: probed, since: new Date(first.since).toISOString() },
    page: q.page,
    pageSize,
  };
}
