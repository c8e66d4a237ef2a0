import { deu, eng, fra, rus } from "stopword";
import { nextWordStart, wordEnd } from "./words";

/**
 * Distinctive vocabulary: which words an outlet writes more than the others, by the weighted log-odds
 * ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"). The
 * prior, the pooled counts of every outlet compared, keeps rare words from topping the list on chance,
 * and the z-score says how sure the difference is.
 */

export type TermCounts = Map<string, number>;

const STOP_WORDS: Record<string, Set<string>> = {
  en: new Set(eng),
  ru: new Set(rus),
  fr: new Set(fra),
  de: new Set(deu),
};
function stopWordsOf(language: string | null): Set<string> {
  return STOP_WORDS[(language ?? "").slice(0, 2)] ?? STOP_WORDS.en!;
}

/** The word at [start, end) of a lower-cased text as a term, or null for a stop word or a one-letter word. */
function termAt(lower: string, start: number, end: number, stop: Set<string>): string | null {
  if (end - start < 2) return null;
  let term = lower.slice(start, end);
  if (term.includes("’")) term = term.replace(/’/gu, "'");
  if (term.endsWith("'s")) term = term.slice(0, -2);
  return term.length < 2 || stop.has(term) ? null : term;
}

/** A text's words, lower-cased, without its language's stop words and one-letter words. */
export function countTerms(text: string, language: string | null, into: TermCounts = new Map()): TermCounts {
  const stop = stopWordsOf(language);
  // Lower-cased once, not per word: a comparison counts hundreds of texts per request.
  const lower = text.toLowerCase();
  for (let start = nextWordStart(lower, 0); start < lower.length; ) {
    const end = wordEnd(lower, start);
    const term = termAt(lower, start, end, stop);
    start = nextWordStart(lower, end);
    if (term) into.set(term, (into.get(term) ?? 0) + 1);
  }
  return into;
}

/** The same terms in the order the text has them, repeats kept: what shingles are made of. */
export function termSequence(text: string, language: string | null): string[] {
  const stop = stopWordsOf(language);
  const lower = text.toLowerCase();
  const terms: string[] = [];
  for (let start = nextWordStart(lower, 0); start < lower.length; ) {
    const end = wordEnd(lower, start);
    const term = termAt(lower, start, end, stop);
    start = nextWordStart(lower, end);
    if (term) terms.push(term);
  }
  return terms;
}

export interface DistinctiveTerm {
  group: string;
  term: string;
  /** Estimated log-odds difference over its standard error: above ~2 the word marks the group. */
  z: number;
  count: number;
}

export interface LogOddsOptions {
  /** Pseudo-counts of the prior, spread over words by their pooled frequency; by default the pooled counts themselves. */
  priorSize?: number;
  /** Words fewer than this many times in all groups together are left out. */
  minCount?: number;
  /** Terms kept per group, highest z first. */
  limit?: number;
}

/** Each group's most distinctive terms against all the other groups pooled. */
export function distinctiveTerms(groups: Map<string, TermCounts>, options: LogOddsOptions = {}): DistinctiveTerm[] {
  const { minCount = 3, limit = 25 } = options;
  const pooled: TermCounts = new Map();
  for (const counts of groups.values()) for (const [term, n] of counts) pooled.set(term, (pooled.get(term) ?? 0) + n);
  const pooledTotal = sum(pooled);
  if (pooledTotal === 0) return [];
  const priorSize = options.priorSize ?? pooledTotal;
  const result: DistinctiveTerm[] = [];
  for (const [group, counts] of groups) {
    const total = sum(counts);
    const restTotal = pooledTotal - total;
    const scored: DistinctiveTerm[] = [];
    for (const [term, all] of pooled) {
      if (all < minCount) continue;
      const alpha = (priorSize * all) / pooledTotal;
      const mine = counts.get(term) ?? 0;
      const rest = all - mine;
      const delta = logOdds(mine, total, alpha, priorSize) - logOdds(rest, restTotal, alpha, priorSize);
      const variance = 1 / (mine + alpha) + 1 / (rest + alpha);
      scored.push({ group, term, z: delta / Math.sqrt(variance), count: mine });
    }
    scored.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
    result.push(...scored.slice(0, limit));
  }
  return result;
}

function logOdds(count: number, total: number, alpha: number, priorSize: number): number {
  return Math.log((count + alpha) / (total + priorSize - count - alpha));
}

function sum(counts: TermCounts): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}
