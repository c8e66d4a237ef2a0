import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { dayRange, type DayPeriod } from "./rollup-period";
import { idList, rowsOf } from "./sql-rows";

/**
 * The counts a comparison is made of (articles and words, marker uses, cited sources per side, a
 * side being one outlet or an outlet group's outlets together), from one of two places that give the
 * same rows: the daily rollups, for a whole-day period with no query (sums over a few thousand rows at
 * any corpus size), or the articles in scope themselves.
 */

export interface TotalRow { side: number; articles: number; words: number }
export interface MarkerRow { side: number; group_key: string; variant: string; count: number; in_quotes: number; in_scare_quotes: number }
export interface SourceRow { side: number; kind: string; name: string; count: number }

export interface CompareCounts {
  totals(): Promise<TotalRow[]>;
  markers(): Promise<MarkerRow[]>;
  /** The `limit` most cited per side, most first. */
  sources(limit: number): Promise<SourceRow[]>;
}

/** `sides(side, outlet_id)`: which outlets each side counts, as a CTE (an outlet may be on two sides). */
export function sidesCte(sides: number[][]): SQL {
  const pairs = sides.flatMap((ids, side) => ids.map((id) => sql`(${side}::int, ${id}::int)`));
  return sql`sides (side, outlet_id) as (values ${sql.join(pairs, sql`, `)})`;
}

/** Top sources per side from per-source counts in a CTE named `cited` (side, kind, name, count). */
function topSources(cited: SQL, limit: number): SQL {
  return sql`${cited},
    ranked as (select *, row_number() over (partition by side order by count desc, name) as n from cited)
    select side, kind, name, count from ranked where n <= ${limit} order by side, count desc, name`;
}

const withWords = (rows: TotalRow[]) => rows.map((r) => ({ ...r, words: Number(r.words) }));

export function countsFromRollups(db: Database, sides: number[][], period: DayPeriod): CompareCounts {
  // The outlet list beside the join lets each rollup's primary key (outlet first) find the rows; joined
  // to the sides alone the planner reads every outlet's.
  const ids = idList([...new Set(sides.flat())]);
  const from = (table: string, join = sql``) =>
    sql`${sql.raw(table)} c join sides s on s.outlet_id = c.outlet_id ${join} where c.outlet_id in ${ids} and ${dayRange("c", period)}`;
  const prefix = sql`with ${sidesCte(sides)}`;
  // Cited sources are the largest rollup (a row per name and day): whole months read the monthly sums.
  const monthly = [period.from, period.to].every((bound) => !bound || bound.endsWith("-01"));
  const sourceCounts = () =>
    monthly
      ? sql`source_month_counts c join sides s on s.outlet_id = c.outlet_id where c.outlet_id in ${ids} and ${dayRange("c", period, { column: "month" })}`
      : from("source_daily_counts");
  return {
    totals: async () =>
      withWords(await rowsOf<TotalRow>(db, sql`${prefix} select s.side, sum(c.articles)::int as articles, coalesce(sum(c.words), 0)::bigint as words
        from ${from("outlet_daily_counts")} group by s.side having sum(c.articles) > 0`)),
    markers: () =>
      rowsOf<MarkerRow>(db, sql`${prefix} select s.side, c.group_key, c.variant, sum(c.count)::int as count, sum(c.in_quotes)::int as in_quotes,
          sum(c.in_scare_quotes)::int as in_scare_quotes
        from ${from("marker_daily_counts")} group by 1, 2, 3 having sum(c.count) > 0`),
    sources: (limit) =>
      // Summed by entity id first and named after: a name per rollup row meant an entity lookup and a
      // text sort for each of a hundred thousand rows over years.
      rowsOf<SourceRow>(db, topSources(sql`${prefix},
        by_key as (select s.side, c.category, c.entity_id, c.name, sum(c.count) as count from ${sourceCounts()} group by 1, 2, 3, 4),
        cited as (
          select k.side, k.category as kind, coalesce(e.name, k.name) as name, sum(k.count)::int as count
          from by_key k left join entities e on e.id = nullif(k.entity_id, 0) group by 1, 2, 3 having sum(k.count) > 0)`, limit)),
  };
}

/** `scoped` is a WITH clause whose CTEs include `sides` and `scoped` (id, outlet_id, word_count): the articles in scope. */
export function countsFromArticles(db: Database, scoped: SQL): CompareCounts {
  const from = sql`scoped a join sides s on s.outlet_id = a.outlet_id`;
  return {
    totals: async () =>
      withWords(await rowsOf<TotalRow>(db, sql`${scoped}
        select s.side, count(*)::int as articles, coalesce(sum(a.word_count), 0)::bigint as words from ${from} group by s.side`)),
    markers: () =>
      rowsOf<MarkerRow>(db, sql`${scoped}
        select s.side, m.group_key, m.variant, sum(m.count)::int as count, sum(m.in_quotes)::int as in_quotes, sum(m.in_scare_quotes)::int as in_scare_quotes
        from ${from} join article_markers m on m.article_id = a.id group by 1, 2, 3`),
    sources: (limit) =>
      rowsOf<SourceRow>(db, topSources(sql`${scoped},
        cited as (
          select s.side, src.category as kind, coalesce(e.name, src.name) as name, count(*)::int as count
          from ${from} join sources src on src.article_id = a.id left join entities e on e.id = src.entity_id
          where src.kind <> 'link' group by 1, 2, 3)`, limit)),
  };
}
