import { termSequence } from "../framing/vocabulary";
import { sentencesOfParagraph, splitParagraphs } from "../text/sentences";
import { bandKeys, hashString, minhash, sharedMembers, type BandingScheme } from "../claims/minhash";

/**
 * Near-duplicate texts across outlets: a state-media op-ed copied onto an opinion site, whole or
 * trimmed, with the copier's boilerplate around it. A text's shingles are the runs of SHINGLE_TERMS
 * content words (stop words out, so a changed article or preposition breaks no run); their MinHash
 * band keys find candidates through an index, and a candidate is a copy when most of the shorter
 * text's shingles are in the longer one: containment, not Jaccard, so a copy that dropped paragraphs
 * or gained a header and a donation appeal still counts.
 */

export const SHINGLE_TERMS = 4;
/** 60 hashes in 20 bands of 3: texts sharing half their shingles meet in a band 93 times in 100. */
export const DOCUMENT_SIGNATURE_SIZE = 60;
export const DOCUMENT_BANDING: BandingScheme = { bands: 20, rows: 3 };
/** At least this share of the shorter text's shingles in the other makes it a republication. */
export const REPUBLISHED_CONTAINMENT = 0.5;
/** And at least this many shingles in common: two short notices sharing a stock phrase are no copy. */
export const MIN_SHARED_SHINGLES = 25;

export function documentShingles(text: string, language: string): Set<number> {
  const terms = termSequence(text, language);
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE_TERMS <= terms.length; i++) shingles.add(hashString(terms.slice(i, i + SHINGLE_TERMS).join(" ")));
  return shingles;
}

export function documentBands(shingles: Set<number>): number[] {
  return bandKeys(minhash(shingles, DOCUMENT_SIGNATURE_SIZE), DOCUMENT_BANDING);
}

export interface TextOverlap {
  shared: number;
  /** Shared shingles over the shorter text's. */
  containment: number;
}

export function textOverlap(a: Set<number>, b: Set<number>): TextOverlap {
  const shared = sharedMembers(a, b);
  const smaller = Math.min(a.size, b.size);
  return { shared, containment: smaller ? shared / smaller : 0 };
}

export function isRepublication(overlap: TextOverlap): boolean {
  return overlap.shared >= MIN_SHARED_SHINGLES && overlap.containment >= REPUBLISHED_CONTAINMENT;
}

/**
 * The evidence: the sentences of `text` most of whose shingles are in the other text, longest
 * first, at most `limit`.
 */
export function sharedPassages(text: string, language: string, other: Set<number>, limit = 3): string[] {
  const passages: string[] = [];
  for (const paragraph of splitParagraphs(text)) {
    for (const sentence of sentencesOfParagraph(paragraph, language)) {
      const own = documentShingles(sentence.text, language);
      if (own.size >= 3 && sharedMembers(own, other) / own.size >= 0.8) passages.push(sentence.text);
    }
  }
  return passages.sort((x, y) => y.length - x.length).slice(0, limit);
}
