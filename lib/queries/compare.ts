import { setImmediate as nextTurn } from "node:timers/promises";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { countTerms, distinctiveTerms, type TermCounts } from "../framing/vocabulary";
import { countsFromArticles, countsFromRollups, sidesCte } from "./compare-counts";
import { MATCH_WINDOW, recentMatchWindow } from "./compare-window";
import { loadLexicon } from "./marker-lexicon";
import { resolveSides, type Side } from "./outlet-groups";
import { wholeDays, type DayPeriod } from "./rollup-period";
import { fullTextQuery } from "./search";
import { idList, rowsOf } from "./sql-rows";
import { termCountsFromStatistics, termStatisticsCurrent, wholeMonths } from "./term-stats";

/**
 * Two or more outlets or outlet groups side by side over one topic and period: how often each writes
 * each framing marker (per 10,000 words, and how many of the uses stand in quotation marks), the words
 * that set each apart, and whom each cites. This is the `cli compare --json` contract and the compare
 * page's data. A group is one side: its outlets' articles together, keyed `group:NAME`.
 */

export interface CompareOptions {
  /** Outlet slugs (or names), each a side; two sides or more make a comparison (one is its profile alone). */
  outlets: string[];
  /** Outlet group names, each a side. */
  groups?: string[];
  /** A full-text query scoping the articles, as on the search page. */
  query?: string;
  from?: Date;
  /** Exclusive end. */
  to?: Date;
}

export interface Comparison {
  /** One entry per side: `slug` is the outlet's slug, or `group:NAME` for a group (with its outlets' slugs). */
  outlets: { slug: string; name: string; articles: number; words: number; members?: string[] }[];
  markers: { group: string; groupLabel: string; variant: string; outlet: string; count: number; per10k: number; inQuotes: number; inScareQuotes: number }[];
  terms: { outlet: string; term: string; z: number; count: number }[];
  /** How many of each side's articles the terms were counted over (the newest, up to TERM_SAMPLE, when sampled). */
  termSample: { outlet: string; articles: number }[];
  /**
   * Where the terms were counted: the monthly term statistics of every article in scope (a period of
   * whole months without a query), or a sample of each side's newest articles.
   */
  termSource: "statistics" | "sample";
  sources: { outlet: string; kind: string; name: string; count: number }[];
  /**
   * Set when a query is so common in scope that only its recent matches were counted: every count
   * covers the `matches` published from `from` to the end of the period (at most about MATCH_WINDOW), of
   * the `estimatedMatches` in the whole period.
   */
  matchWindow: { from: string; matches: number; estimatedMatches: number } | null;
}

/**
 * Distinctive terms are counted over each side's newest articles in scope, this many at most: some
 * 300,000 words a side, ample for the log-odds of its top words, and each text costs a fifth of a
 * millisecond to count.
 */
export const TERM_SAMPLE = 500;
const TOP_SOURCES = 15;
/** Some 2 ms of counting between turns of the event loop. */
const YIELD_EVERY_TEXTS = 20;

export { UnknownOutletsError } from "./outlet-groups";
export { MATCH_WINDOW };

/** As for search (lib/queries/search.ts): a common word's matches must stay an exact bitmap. */
const COMPARE_WORK_MEM = "64MB";

export async function compareOutlets(db: Database, options: CompareOptions): Promise<Comparison> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('work_mem', ${COMPARE_WORK_MEM}, true)`);
    return compare(tx as unknown as Database, options);
  });
}

async function compare(db: Database, options: CompareOptions): Promise<Comparison> {
  const sides = await resolveSides(db, options.outlets, options.groups ?? []);
  const outletIds = sides.map((s) => s.outletIds);
  const period = options.query ? null : wholeDays(options.from, options.to);
  const whole = options.query ? null : wholeMonths(options.from, options.to);
  // Months still queued for the term job would be missing or stale in the statistics: sample texts instead.
  const allIds = [...new Set(outletIds.flat())];
  const window = options.query ? await recentMatchWindow(db, allIds, { ...options, query: options.query }) : null;
  const scope = window ? { ...options, from: window.from } : options;
  const months = whole && (await termStatisticsCurrent(db, allIds, whole)) ? whole : null;
  // The articles in scope are found once, into a table the transaction drops, rather than once per
  // count below: with a query that is a full-text match over every article of the outlets.
  if (!period || !months) await db.execute(sql`create temp table compare_scope on commit drop as ${scopeSelect(sides, scope)}`);
  const windowMatches = window ? await countScope(db) : 0;
  const scoped = sql`with ${sidesCte(outletIds)}, scoped as (select * from compare_scope)`;
  const counts = period ? countsFromRollups(db, outletIds, period) : countsFromArticles(db, scoped);
  // A sample's texts are asked for first and counted here while the server works through the counts
  // that follow on the same connection: the counting is this process's CPU, the counts the server's.
  const sampling = months ? null : vocabulary(db, scoped, sides);
  const [totals, markerRows, lexicon, sources, sample] = await Promise.all([
    counts.totals(), counts.markers(), loadLexicon(db), counts.sources(TOP_SOURCES), sampling,
  ]);
  const markers: Comparison["markers"] = [];
  // Every variant for every side, zeros included: an outlet that never writes "Kiev" is a finding.
  for (const group of lexicon) {
    for (const variant of group.variants) {
      for (const [i, side] of sides.entries()) {
        const row = markerRows.find((r) => r.side === i && r.group_key === group.key && r.variant === variant.label);
        const words = totals.find((t) => t.side === i)?.words ?? 0;
        const count = row?.count ?? 0;
        markers.push({
          group: group.key, groupLabel: group.label, variant: variant.label, outlet: side.key, count,
          per10k: words ? Math.round((count / words) * 10_000 * 100) / 100 : 0, inQuotes: row?.in_quotes ?? 0, inScareQuotes: row?.in_scare_quotes ?? 0,
        });
      }
    }
  }

  const { terms, termSample } = sample ?? (await vocabularyFromStatistics(db, sides, months!, totals));

  return {
    outlets: sides.map((side, i) => {
      const t = totals.find((r) => r.side === i);
      return { slug: side.key, name: side.name, articles: t?.articles ?? 0, words: t?.words ?? 0, ...(side.members ? { members: side.members } : {}) };
    }),
    markers,
    terms,
    termSample,
    termSource: months ? "statistics" : "sample",
    sources: sources.map((s) => ({ outlet: sides[s.side]!.key, kind: s.kind, name: s.name, count: s.count })),
    matchWindow: window ? { from: window.from.toISOString().slice(0, 10), matches: windowMatches, estimatedMatches: window.estimatedMatches } : null,
  };
}

async function countScope(db: Database): Promise<number> {
  const [row] = await rowsOf<{ matches: number }>(db, sql`select count(*)::int as matches from compare_scope`);
  return row?.matches ?? 0;
}

/** The sides' articles in the period (and matching the query). */
function scopeSelect(sides: Side[], options: CompareOptions): SQL {
  const text = options.query ? fullTextQuery(options.query) : null;
  const ids = [...new Set(sides.flatMap((s) => s.outletIds))];
  const conditions: SQL[] = [sql`a.outlet_id in ${idList(ids)}`];
  if (options.from) conditions.push(sql`a.published_at >= ${options.from.toISOString()}`);
  if (options.to) conditions.push(sql`a.published_at < ${options.to.toISOString()}`);
  if (text) conditions.push(text.match);
  return sql`${text ? text.with : sql``} select a.id, a.outlet_id, a.word_count, a.language, a.published_at
    from articles a ${text ? sql`cross join queries` : sql``} where ${sql.join(conditions, sql` and `)}`;
}

async function vocabularyFromStatistics(db: Database, sides: Side[], months: DayPeriod, totals: { side: number; articles: number }[]) {
  const counts = await termCountsFromStatistics(db, sides.map((s) => s.outletIds), months);
  const groups = new Map([...counts].filter(([, terms]) => terms.size > 0).map(([i, terms]) => [sides[i]!.key, terms]));
  return {
    terms: distinctive(groups),
    termSample: sides.map((side, i) => ({ outlet: side.key, articles: totals.find((t) => t.side === i)?.articles ?? 0 })),
  };
}

function distinctive(groups: Map<string, TermCounts>): Comparison["terms"] {
  return groups.size > 1 ? distinctiveTerms(groups).map((t) => ({ outlet: t.group, term: t.term, z: Math.round(t.z * 100) / 100, count: t.count })) : [];
}

async function vocabulary(db: Database, scoped: SQL, sides: Side[]) {
  const rows = await rowsOf<{ side: number; language: string | null; content_text: string }>(db, sql`${scoped},
    newest as (select s.side, a.id, a.language, row_number() over (partition by s.side order by a.published_at desc nulls last, a.id desc) as n
      from scoped a join sides s on s.outlet_id = a.outlet_id)
    select n.side, n.language, a.content_text from newest n join articles a on a.id = n.id where n.n <= ${TERM_SAMPLE}`);
  const groups = new Map<string, TermCounts>();
  const sampled = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    // Between texts the event loop takes the counts' replies and sends the next statement.
    if (i % YIELD_EVERY_TEXTS === 0) await nextTurn();
    const key = sides[row.side]!.key;
    groups.set(key, countTerms(row.content_text, row.language, groups.get(key)));
    sampled.set(key, (sampled.get(key) ?? 0) + 1);
  }
  const terms = distinctive(groups);
  return { terms, termSample: [...sampled].map(([outlet, articles]) => ({ outlet, articles })) };
}
