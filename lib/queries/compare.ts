import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { countTerms, distinctiveTerms, type TermCounts } from "../framing/vocabulary";
import { countsFromArticles, countsFromRollups } from "./compare-counts";
import { loadLexicon } from "./marker-lexicon";
import { wholeDays } from "./rollup-period";
import { fullTextQuery } from "./search";
import { rowsOf } from "./sql-rows";

/**
 * Two or more outlets side by side over one topic and period: how often each writes each framing
 * marker (per 10,000 words, and how many of the uses stand in quotation marks), the words that set each
 * apart, and whom each cites. This is the `cli compare --json` contract and the compare page's data.
 */

export interface CompareOptions {
  /** Outlet slugs, two or more for a comparison (one is allowed: its profile alone). */
  outlets: string[];
  /** A full-text query scoping the articles, as on the search page. */
  query?: string;
  from?: Date;
  /** Exclusive end. */
  to?: Date;
}

export interface Comparison {
  outlets: { slug: string; name: string; articles: number; words: number }[];
  markers: { group: string; groupLabel: string; variant: string; outlet: string; count: number; per10k: number; inQuotes: number; inScareQuotes: number }[];
  terms: { outlet: string; term: string; z: number; count: number }[];
  /** How many of each outlet's articles the terms were counted over (the newest, up to TERM_SAMPLE). */
  termSample: { outlet: string; articles: number }[];
  sources: { outlet: string; kind: string; name: string; count: number }[];
}

/** Distinctive terms are counted over each outlet's newest articles in scope, this many at most. */
export const TERM_SAMPLE = 2_000;
const TOP_SOURCES = 15;

export class UnknownOutletsError extends Error {}

export async function compareOutlets(db: Database, options: CompareOptions): Promise<Comparison> {
  const outlets = await rowsOf<{ id: number; slug: string; name: string }>(db, sql`
    select id, slug, name from outlets where slug in ${sql`(${sql.join(options.outlets.map((s) => sql`${s}`), sql`, `)})`} order by name`);
  const missing = options.outlets.filter((slug) => !outlets.some((o) => o.slug === slug));
  if (missing.length) throw new UnknownOutletsError(`No outlet with slug ${missing.map((s) => `"${s}"`).join(", ")}`);
  const scoped = scopeCte(outlets.map((o) => o.id), options);
  const slugOf = new Map(outlets.map((o) => [o.id, o.slug]));

  const period = options.query ? null : wholeDays(options.from, options.to);
  const counts = period ? countsFromRollups(db, outlets.map((o) => o.id), period) : countsFromArticles(db, scoped);
  const totals = await counts.totals();
  const wordsOf = new Map(totals.map((t) => [t.outlet_id, t.words]));
  const markerRows = await counts.markers();
  const lexicon = await loadLexicon(db);
  const markers: Comparison["markers"] = [];
  // Every variant for every outlet, zeros included: an outlet that never writes "Kiev" is a finding.
  for (const group of lexicon) {
    for (const variant of group.variants) {
      for (const outlet of outlets) {
        const row = markerRows.find((r) => r.outlet_id === outlet.id && r.group_key === group.key && r.variant === variant.label);
        const words = wordsOf.get(outlet.id) ?? 0;
        const count = row?.count ?? 0;
        markers.push({
          group: group.key, groupLabel: group.label, variant: variant.label, outlet: outlet.slug, count,
          per10k: words ? Math.round((count / words) * 10_000 * 100) / 100 : 0, inQuotes: row?.in_quotes ?? 0, inScareQuotes: row?.in_scare_quotes ?? 0,
        });
      }
    }
  }

  const { terms, termSample } = await vocabulary(db, scoped, slugOf);
  const sources = await counts.sources(TOP_SOURCES);

  return {
    outlets: outlets.map((o) => {
      const t = totals.find((r) => r.outlet_id === o.id);
      return { slug: o.slug, name: o.name, articles: t?.articles ?? 0, words: Number(t?.words ?? 0) };
    }),
    markers,
    terms,
    termSample,
    sources: sources.map((s) => ({ outlet: slugOf.get(s.outlet_id)!, kind: s.kind, name: s.name, count: s.count })),
  };
}

/** `scoped`: the articles of the outlets in the period (and matching the query), as a CTE. */
function scopeCte(outletIds: number[], options: CompareOptions): SQL {
  const text = options.query ? fullTextQuery(options.query) : null;
  const conditions: SQL[] = [sql`a.outlet_id in (${sql.join(outletIds.map((id) => sql`${id}`), sql`, `)})`];
  if (options.from) conditions.push(sql`a.published_at >= ${options.from.toISOString()}`);
  if (options.to) conditions.push(sql`a.published_at < ${options.to.toISOString()}`);
  if (text) conditions.push(text.match);
  const scoped = sql`scoped as (select a.id, a.outlet_id, a.word_count, a.language, a.published_at
    from articles a ${text ? sql`cross join queries` : sql``} where ${sql.join(conditions, sql` and `)})`;
  return text ? sql`${text.with}, ${scoped}` : sql`with ${scoped}`;
}

async function vocabulary(db: Database, scoped: SQL, slugOf: Map<number, string>) {
  const rows = await rowsOf<{ outlet_id: number; language: string | null; content_text: string }>(db, sql`${scoped},
    newest as (select s.id, s.outlet_id, s.language, row_number() over (partition by s.outlet_id order by s.published_at desc nulls last, s.id desc) as n from scoped s)
    select n.outlet_id, n.language, a.content_text from newest n join articles a on a.id = n.id where n.n <= ${TERM_SAMPLE}`);
  const groups = new Map<string, TermCounts>();
  const sampled = new Map<string, number>();
  for (const row of rows) {
    const slug = slugOf.get(row.outlet_id)!;
    groups.set(slug, countTerms(row.content_text, row.language, groups.get(slug)));
    sampled.set(slug, (sampled.get(slug) ?? 0) + 1);
  }
  const terms = groups.size > 1 ? distinctiveTerms(groups).map((t) => ({ outlet: t.group, term: t.term, z: Math.round(t.z * 100) / 100, count: t.count })) : [];
  return { terms, termSample: [...sampled].map(([outlet, articles]) => ({ outlet, articles })) };
}
