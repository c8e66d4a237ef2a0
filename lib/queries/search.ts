import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import type { SnippetPart } from "../search/snippet";
import { SEARCH_PAGE_SIZE, type SearchQuery } from "./search-params";
import { rankAmongNewest } from "./search-recent";
import { conditions, COUNT_CAP, fullTextQuery, withHeadlines, toHit, type HitRow } from "./search-sql";
import { rowsOf } from "./sql-rows";

/**
 * Full-text search over every article in its own language. Each article's search_vector is built with
 * its language's configuration (migration 0006), so the query is read in each configuration too: a
 * Russian article matches "мигрантов" stemmed the Russian way, an English one "soldiers" the English way.
 */

export interface SearchHit {
  id: number;
  title: SnippetPart[];
  snippet: SnippetPart[][];
  outlet: { slug: string; name: string };
  publishedAt: string | null;
  language: string | null;
  rank: number;
}

export interface SearchPage {
  query: string;
  hits: SearchHit[];
  /** Counted up to COUNT_CAP; `totalCapped` says there are more. */
  total: number;
  totalCapped: boolean;
  /**
   * Set when the query matches so much that relevance was ranked among the matches in the newest
   * articles only (lib/queries/search-recent.ts); `total` is then estimated from their share.
   */
  rankedAmong?: { matches: number; articles: number; since: string };
  page: number;
  pageSize: number;
}

const ORDER: Record<SearchQuery["sort"], SQL> = {
  relevance: sql`rank desc, a.published_at desc nulls last, a.id desc`,
  newest: sql`a.published_at desc nulls last, a.id desc`,
};


/** Most hits an export carries: the best-ranked thousand, as a search engine's export would. */
export const EXPORT_LIMIT = 1_000;

/**
 * Memory for the index bitmaps of one search. At Postgres's default (4 MB) the bitmap of a common
 * word's matches turns lossy, and every article on a lossy page is read and its vector checked again:
 * seconds at a million articles, where an exact bitmap intersected with a filter's takes milliseconds.
 */
const SEARCH_WORK_MEM = "64MB";

export async function searchArticles(db: Database, q: SearchQuery, options: { pageSize?: number } = {}): Promise<SearchPage> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('work_mem', ${SEARCH_WORK_MEM}, true)`);
    return search(tx, q, options);
  });
}

async function search(db: Pick<Database, "execute">, q: SearchQuery, { pageSize = SEARCH_PAGE_SIZE } = {}): Promise<SearchPage> {
  if (q.sort === "relevance") {
    const recent = await rankAmongNewest(db, q, pageSize);
    if (recent) return recent;
  }
  const text = fullTextQuery(q.q, q.language);
  const from = sql`from articles a join outlets o on o.id = a.outlet_id cross join queries`;
  const where = conditions(q, text);
  // Ranking sorts every match anyway, so the page counts them as it goes; by date the page stops at
  // its rows and the count is a query of its own.
  const ranked = q.sort === "relevance";
  const rows = await rowsOf<HitRow & { matches?: number }>(db, sql`${text.with},
    page as (
      select a.id, o.slug as outlet_slug, o.name as outlet_name, a.published_at, a.language,
        ts_rank_cd(a.search_vector, ${text.own}, 32) as rank${ranked ? sql`, count(*) over () as matches` : sql``}
      ${from} where ${where}
      order by ${ORDER[q.sort]}
      limit ${pageSize} offset ${(q.page - 1) * pageSize}
    )
    ${withHeadlines(text, q.sort)}`);
  const counted = ranked && (rows.length > 0 || q.page === 1) ? Number(rows[0]?.matches ?? 0) : null;
  const matches = counted ?? (await countMatches(db, text, from, where));
  const total = Math.min(matches, COUNT_CAP);
  return {
    query: q.q,
    hits: rows.map(toHit),
    total,
    totalCapped: matches > COUNT_CAP,
    page: q.page,
    pageSize,
  };
}

async function countMatches(db: Pick<Database, "execute">, text: ReturnType<typeof fullTextQuery>, from: SQL, where: SQL): Promise<number> {
  const [count] = await rowsOf<{ total: number }>(db, sql`${text.with}
    select count(*)::int as total from (select 1 ${from} where ${where} limit ${COUNT_CAP + 1}) matches`);
  return count?.total ?? 0;
}

export { COUNT_CAP, fullTextQuery } from "./search-sql";
