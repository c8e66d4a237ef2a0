import { sql, type SQL } from "drizzle-orm";
import { HEADLINE_OPTIONS, parseHeadline, TITLE_HEADLINE_OPTIONS } from "../search/snippet";
import { groupOutletIds } from "./outlet-groups";
import type { SearchHit } from "./search";
import type { SearchLanguage, SearchQuery } from "./search-params";

/** The SQL pieces both ways of searching share (lib/queries/search.ts, lib/queries/search-recent.ts). */

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
  // The union of the distinct readings: a reading repeated ('kazakhstan' | 'kazakhstan' | …) would
  // read to the planner as a word five times as common, and it would read every article in scope
  // rather than ask the index. Each CASE folds to a constant, since the queries are constants.
  const readings = configs.map((c) => sql.identifier(`q_${c}`));
  let union: SQL = sql`${readings[0]}`;
  for (let i = 1; i < readings.length; i++) {
    const repeated = sql.join(readings.slice(0, i).map((earlier) => sql`${readings[i]} = ${earlier}`), sql` or `);
    union = sql`(case when ${repeated} then ${union} else ${union} || ${readings[i]} end)`;
  }
  const own = language
    ? sql`queries.${sql.identifier(`q_${LANGUAGE_CONFIG[language]}`)}`
    : sql`(case claimscope_search_config(a.language) ${sql.join(
        CONFIGS.filter((c) => c !== "simple").map((c) => sql`when ${c}::regconfig then queries.${sql.identifier(`q_${c}`)}`),
        sql` `,
      )} else queries.q_simple end)`;
  return {
    // Not materialized: inlined into each use, the queries fold into constants the planner can weigh
    // against the other filters' indexes. A materialized CTE (what a second reference makes by default)
    // hid them, and a word rare in a language and period was looked up in every language's articles.
    with: sql`with per_config as not materialized (select ${sql.join(columns, sql`, `)}),
      queries as not materialized (select per_config.*, ${union} as q_any from per_config)`,
    // When every language reads the query alike (a name: "Kazakhstan"), matching the union is matching
    // the article's own reading, and the comparison folds to true: the index's exact bitmap then
    // answers alone, without reading each match's search vector (a detoast, some 20 µs each).
    match: language
      ? sql`a.search_vector @@ ${own}`
      : sql`a.search_vector @@ queries.q_any and (${sql.join(configs.slice(1).map((c) => sql`queries.${sql.identifier(`q_${c}`)} = queries.${sql.identifier(`q_${configs[0]}`)}`), sql` and `)} or a.search_vector @@ ${own})`,
    own,
  };
}

/** The filters that pick articles by outlet, group and date (alias `a`), which an index can answer. */
export function outletAndDateFilters(q: SearchQuery): SQL[] {
  const parts: SQL[] = [];
  // By id, not by the joined slug: the outlet index can then be intersected with the search index.
  if (q.outlet) parts.push(sql`a.outlet_id = (select id from outlets where slug = ${q.outlet})`);
  if (q.group) parts.push(sql`a.outlet_id in ${groupOutletIds(q.group)}`);
  if (q.from) parts.push(sql`a.published_at >= ${q.from.toISOString()}`);
  if (q.to) parts.push(sql`a.published_at < ${q.to.toISOString()}`);
  return parts;
}

export function conditions(q: SearchQuery, text: ReturnType<typeof fullTextQuery>): SQL {
  const parts: SQL[] = [text.match, ...outletAndDateFilters(q)];
  if (q.language) parts.push(sql`claimscope_search_config(a.language) = ${LANGUAGE_CONFIG[q.language]}::regconfig`);
  if (q.category) {
    parts.push(sql`exists (select 1 from article_categories ac join categories c on c.id = ac.category_id
      where ac.article_id = a.id and c.name = ${q.category})`);
  }
  return sql.join(parts, sql` and `);
}


export interface HitRow {
  id: number;
  title_headline: string;
  snippet: string;
  outlet_slug: string;
  outlet_name: string;
  published_at: string | Date | null;
  language: string | null;
  rank: number;
}

/** The page's rows (a CTE named `page`) with their headlines; costly, so made for the page's rows only. */
export function withHeadlines(text: ReturnType<typeof fullTextQuery>, sort: SearchQuery["sort"]): SQL {
  return sql`select page.*,
      ts_headline(claimscope_search_config(a.language), a.title, ${text.own}, ${TITLE_HEADLINE_OPTIONS}) as title_headline,
      ts_headline(claimscope_search_config(a.language), a.content_text, ${text.own}, ${HEADLINE_OPTIONS}) as snippet
    from page join articles a on a.id = page.id cross join queries
    order by ${sort === "relevance" ? sql`page.rank desc, ` : sql``}page.published_at desc nulls last, page.id desc`;
}

export function toHit(r: HitRow): SearchHit {
  return {
    id: r.id,
    title: parseHeadline(r.title_headline)[0] ?? [],
    snippet: parseHeadline(r.snippet),
    outlet: { slug: r.outlet_slug, name: r.outlet_name },
    publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
    language: r.language,
    rank: Number(r.rank),
  };
}
