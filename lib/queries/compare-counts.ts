import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { dayRange, type DayPeriod } from "./rollup-period";
import { rowsOf } from "./sql-rows";

/**
 * The counts a comparison is made of (articles and words, marker uses, cited sources per outlet),
 * from one of two places that give the same rows: the daily rollups, for a whole-day period with no
 * query (sums over a few thousand rows at any corpus size), or the articles in scope themselves.
 */

export interface TotalRow { outlet_id: number; articles: number; words: number }
export interface MarkerRow { outlet_id: number; group_key: string; variant: string; count: number; in_quotes: number; in_scare_quotes: number }
export interface SourceRow { outlet_id: number; kind: string; name: string; count: number }

export interface CompareCounts {
  totals(): Promise<TotalRow[]>;
  markers(): Promise<MarkerRow[]>;
  /** The `limit` most cited per outlet, most first. */
  sources(limit: number): Promise<SourceRow[]>;
}

const idList = (ids: number[]) => sql`(${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`;

/** Top sources per outlet from per-source counts in a CTE named `cited` (outlet_id, kind, name, count). */
function topSources(cited: SQL, limit: number): SQL {
  return sql`${cited},
    ranked as (select *, row_number() over (partition by outlet_id order by count desc, name) as n from cited)
    select outlet_id, kind, name, count from ranked where n <= ${limit} order by outlet_id, count desc, name`;
}

export function countsFromRollups(db: Database, outletIds: number[], period: DayPeriod): CompareCounts {
  const inScope = (alias: string) => sql`${sql.raw(alias)}.outlet_id in ${idList(outletIds)} and ${dayRange(alias, period)}`;
  return {
    totals: async () =>
      (await rowsOf<TotalRow>(db, sql`select c.outlet_id, sum(c.articles)::int as articles, coalesce(sum(c.words), 0)::bigint as words
        from outlet_daily_counts c where ${inScope("c")} group by c.outlet_id having sum(c.articles) > 0`)).map((r) => ({ ...r, words: Number(r.words) })),
    markers: () =>
      rowsOf<MarkerRow>(db, sql`select c.outlet_id, c.group_key, c.variant, sum(c.count)::int as count, sum(c.in_quotes)::int as in_quotes,
          sum(c.in_scare_quotes)::int as in_scare_quotes
        from marker_daily_counts c where ${inScope("c")} group by 1, 2, 3 having sum(c.count) > 0`),
    sources: (limit) =>
      rowsOf<SourceRow>(db, topSources(sql`with cited as (
          select c.outlet_id, c.category as kind, coalesce(e.name, c.name) as name, sum(c.count)::int as count
          from source_daily_counts c left join entities e on e.id = nullif(c.entity_id, 0)
          where ${inScope("c")} group by 1, 2, 3 having sum(c.count) > 0)`, limit)),
  };
}

/** `scoped` is a WITH clause ending in a CTE named `scoped` (id, outlet_id, word_count) of the articles in scope. */
export function countsFromArticles(db: Database, scoped: SQL): CompareCounts {
  return {
    totals: async () =>
      (await rowsOf<TotalRow>(db, sql`${scoped}
        select outlet_id, count(*)::int as articles, coalesce(sum(word_count), 0)::bigint as words from scoped group by outlet_id`)).map((r) => ({ ...r, words: Number(r.words) })),
    markers: () =>
      rowsOf<MarkerRow>(db, sql`${scoped}
        select s.outlet_id, m.group_key, m.variant, sum(m.count)::int as count, sum(m.in_quotes)::int as in_quotes, sum(m.in_scare_quotes)::int as in_scare_quotes
        from scoped s join article_markers m on m.article_id = s.id group by 1, 2, 3`),
    sources: (limit) =>
      rowsOf<SourceRow>(db, topSources(sql`${scoped},
        cited as (
          select s.outlet_id, src.category as kind, coalesce(e.name, src.name) as name, count(*)::int as count
          from scoped s join sources src on src.article_id = s.id left join entities e on e.id = src.entity_id
          where src.kind <> 'link' group by 1, 2, 3)`, limit)),
  };
}
