import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { HEADLINE_OPTIONS, parseHeadline, TITLE_HEADLINE_OPTIONS, type SnippetPart } from "../search/snippet";
import { SEARCH_PAGE_SIZE, type SearchLanguage, type SearchQuery } from "./search-params";
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
  page: number;
  pageSize: number;
}

/** Past this many matches the count stops: a broad query would otherwise count the whole corpus. */
export const COUNT_CAP = 10_000;

const CONFIGS = ["english", "russian", "french", "german", "simple"] as const;
const LANGUAGE_CONFIG = { en: "english", ru: "russian", fr: "french", de: "german" } as const;

/**
 * A full-text query as SQL pieces: `with` defines the query read in every configuration (q_english, …)
 * and their union; `match` holds an article (alias `a`) to it; `own` is the query in the article's own
 * configuration, for ranking and headlines. The union finds candidates through the GIN index; each
 * article is then held to the query read in its own language, so "-word" excludes the word however
 * another language's stemmer would have spelt it.
 */
export function fullTextQuery(text: string, language?: SearchLanguage): { with: SQL; match: SQL; own: SQL } {
  const configs = language ? [LANGUAGE_CONFIG[language]] : CONFIGS;
  const columns = configs.map((c) => sql`websearch_to_tsquery(${c}::regconfig, ${text}) as ${sql.identifier(`q_${c}`)}`);
  const union = sql.join(configs.map((c) => sql.identifier(`q_${c}`)), sql` || `);
  const own = language
    ? sql`queries.${sql.identifier(`q_${LANGUAGE_CONFIG[language]}`)}`
    : sql`(case claimscope_search_config(a.language) ${sql.join(
        CONFIGS.filter((c) => c !== "simple").map((c) => sql`when ${c}::regconfig then queries.${sql.identifier(`q_${c}`)}`),
        sql` `,
      )} else queries.q_simple end)`;
  return {
    with: sql`with per_config as (select ${sql.join(columns, sql`, `)}),
      queries as (select per_config.*, ${union} as q_any from per_config)`,
    match: sql`a.search_vector @@ queries.q_any and a.search_vector @@ ${own}`,
    own,
  };
}

function conditions(q: SearchQuery, text: ReturnType<typeof fullTextQuery>): SQL {
  const parts: SQL[] = [text.match];
  if (q.outlet) parts.push(sql`o.slug = ${q.outlet}`);
  if (q.language) parts.push(sql`claimscope_search_config(a.language) = ${LANGUAGE_CONFIG[q.language]}::regconfig`);
  if (q.from) parts.push(sql`a.published_at >= ${q.from.toISOString()}`);
  if (q.to) parts.push(sql`a.published_at < ${q.to.toISOString()}`);
  if (q.category) {
    parts.push(sql`exists (select 1 from article_categories ac join categories c on c.id = ac.category_id
      where ac.article_id = a.id and c.name = ${q.category})`);
  }
  return sql.join(parts, sql` and `);
}

const ORDER: Record<SearchQuery["sort"], SQL> = {
  relevance: sql`rank desc, a.published_at desc nulls last, a.id desc`,
  newest: sql`a.published_at desc nulls last, a.id desc`,
};

interface HitRow {
  id: number;
  title_headline: string;
  snippet: string;
  outlet_slug: string;
  outlet_name: string;
  published_at: string | Date | null;
  language: string | null;
  rank: number;
}

/** Most hits an export carries: the best-ranked thousand, as a search engine's export would. */
export const EXPORT_LIMIT = 1_000;

export async function searchArticles(db: Database, q: SearchQuery, { pageSize = SEARCH_PAGE_SIZE } = {}): Promise<SearchPage> {
  const text = fullTextQuery(q.q, q.language);
  const from = sql`from articles a join outlets o on o.id = a.outlet_id cross join queries`;
  const where = conditions(q, text);
  // Headlines are costly: they are made for the page's rows only, after the ranking has picked them.
  const rows = await rowsOf<HitRow>(db, sql`${text.with},
    page as (
      select a.id, o.slug as outlet_slug, o.name as outlet_name, a.published_at, a.language,
        ts_rank_cd(a.search_vector, ${text.own}, 32) as rank
      ${from} where ${where}
      order by ${ORDER[q.sort]}
      limit ${pageSize} offset ${(q.page - 1) * pageSize}
    )
    select page.*,
      ts_headline(claimscope_search_config(a.language), a.title, ${text.own}, ${TITLE_HEADLINE_OPTIONS}) as title_headline,
      ts_headline(claimscope_search_config(a.language), a.content_text, ${text.own}, ${HEADLINE_OPTIONS}) as snippet
    from page join articles a on a.id = page.id cross join queries
    order by ${q.sort === "relevance" ? sql`page.rank desc, ` : sql``}page.published_at desc nulls last, page.id desc`);
  const [count] = await rowsOf<{ total: number }>(db, sql`${text.with}
    select count(*)::int as total from (select 1 ${from} where ${where} limit ${COUNT_CAP + 1}) matches`);
  const total = Math.min(count?.total ?? 0, COUNT_CAP);
  return {
    query: q.q,
    hits: rows.map((r) => ({
      id: r.id,
      title: parseHeadline(r.title_headline)[0] ?? [],
      snippet: parseHeadline(r.snippet),
      outlet: { slug: r.outlet_slug, name: r.outlet_name },
      publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
      language: r.language,
      rank: Number(r.rank),
    })),
    total,
    totalCapped: (count?.total ?? 0) > COUNT_CAP,
    page: q.page,
    pageSize,
  };
}
