import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isSameClaim } from "../lib/claims/match";
import { claimSignature, type ClaimSignature } from "../lib/claims/signature";
import { extractStatements } from "../lib/extract";
import { documentBands, documentShingles, isRepublication, textOverlap } from "../lib/republication/fingerprint";
import { prf, type Tally } from "./score";

/**
 * Claim matching and republication detection against the provenance corpus (eval/provenance/),
 * scored over pairs: two check-worthy sentences of different articles are one claim or not (the
 * corpus lists the claims whose repeats differ; a sentence copied word for word is its original's claim), two
 * articles of different outlets are a copy and its original or not. Each pair is first held to what
 * the store does, a shared band key, then to the rules; so a pair the index would never propose is
 * a miss here too.
 */

export interface CorpusArticle {
  id: string;
  outlet: string;
  published: string;
  language: string;
  text: string;
}

export interface ProvenanceCorpus {
  articles: CorpusArticle[];
  /** Each claim's occurrences as (article, a phrase of its sentence), and the article it first appeared in. */
  claims: { id: string; first: string; occurrences: [string, string][] }[];
  republications: { copy: string; original: string }[];
}

export function loadProvenanceCorpus(): ProvenanceCorpus {
  return JSON.parse(readFileSync(join(import.meta.dirname, "provenance", "corpus.json"), "utf8")) as ProvenanceCorpus;
}

interface Candidate {
  article: string;
  sentence: string;
  signature: ClaimSignature;
  gold: string | null;
}

export interface PairScore extends Tally {
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
}

function score(tally: Tally, misses: string[]): PairScore {
  return { ...tally, ...prf(tally), misses };
}

export function scoreClaimMatching(corpus: ProvenanceCorpus): PairScore & { unfound: string[] } {
  const candidates: Candidate[] = [];
  for (const article of corpus.articles) {
    const { claims } = extractStatements({ text: article.text, language: article.language });
    for (const c of claims) {
      const gold = corpus.claims.find((g) => g.occurrences.some(([id, phrase]) => id === article.id && c.sentence.includes(phrase)));
      candidates.push({ article: article.id, sentence: c.sentence, signature: claimSignature(c.sentence, article.language), gold: gold?.id ?? null });
    }
  }
  // An occurrence the extraction never offered as check-worthy is a miss for every pair it is in.
  const unfound = corpus.claims.flatMap((g) => g.occurrences.filter(([id, phrase]) => !candidates.some((c) => c.article === id && c.sentence.includes(phrase))).map(([id]) => `${g.id}@${id}`));
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      if (a.article === b.article) continue;
      const proposed = a.signature.bands.some((k) => b.signature.bands.includes(k));
      const predicted = proposed && isSameClaim(a.signature, b.signature);
      const gold = (a.gold !== null && a.gold === b.gold) || sameWords(a.sentence, b.sentence);
      if (predicted && gold) tally.tp++;
      else if (predicted) (tally.fp++, misses.push(`EXTRA  ${a.article} ~ ${b.article}: ${a.sentence.slice(0, 60)} | ${b.sentence.slice(0, 60)}`));
      else if (gold) (tally.fn++, misses.push(`MISSED ${a.gold} ${a.article} ~ ${b.article}${proposed ? "" : " (no shared band)"}`));
    }
  }
  for (const g of corpus.claims) {
    const found = g.occurrences.filter(([id]) => !unfound.includes(`${g.id}@${id}`)).length;
    const expected = (g.occurrences.length * (g.occurrences.length - 1)) / 2;
    tally.fn += expected - (found * (found - 1)) / 2;
  }
  return { ...score(tally, misses), unfound };
}

/** Word for word, spacing aside: a copied sentence states what its original does. */
function sameWords(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

export function scoreRepublication(corpus: ProvenanceCorpus): PairScore & { directionRight: number; directionTotal: number } {
  const prints = new Map(corpus.articles.map((a) => {
    const shingles = documentShingles(a.text, a.language);
    return [a.id, { article: a, shingles, bands: documentBands(shingles) }];
  }));
  const gold = corpus.republications;
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  let directionRight = 0;
  let directionTotal = 0;
  const all = [...prints.values()];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a.article.outlet === b.article.outlet) continue;
      const proposed = a.bands.some((k) => b.bands.includes(k));
      const predicted = proposed && isRepublication(textOverlap(a.shingles, b.shingles));
      const pair = gold.find((g) => (g.copy === a.article.id && g.original === b.article.id) || (g.copy === b.article.id && g.original === a.article.id));
      if (predicted && pair) {
        tally.tp++;
        directionTotal++;
        // The store takes the earlier publication as the original.
        const [copy] = new Date(a.article.published) > new Date(b.article.published) ? [a, b] : [b, a];
        if (copy.article.id === pair.copy) directionRight++;
      } else if (predicted) (tally.fp++, misses.push(`EXTRA  ${a.article.id} ~ ${b.article.id}`));
      else if (pair) (tally.fn++, misses.push(`MISSED ${pair.copy} → ${pair.original}${proposed ? "" : " (no shared band)"}`));
    }
  }
  return { ...score(tally, misses), directionRight, directionTotal };
}
