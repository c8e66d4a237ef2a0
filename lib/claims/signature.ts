import { foldName } from "../extract/context";
import { termSequence } from "../framing/vocabulary";
import { figuresOf, type Figure } from "./figures";
import { bandKeys, hashString, minhash, type BandingScheme } from "./minhash";

/**
 * A claim's normalised signature, in the language of its sentence: its figures (numbers with units
 * and scale words resolved), the names it mentions, its key terms, its word shingles, and the band
 * keys of their MinHash that find its repeats. Figures are left out of the shingles, so a
 * repeat that changes "12,000" to "15,000" still matches and the change is shown, not missed.
 */

export interface ClaimSignature {
  figures: Figure[];
  /** Folded names: capitalised words and runs of them past the sentence's first word, and acronyms. */
  entities: string[];
  /** Distinct content words (no stop words, no numbers), sorted. */
  terms: string[];
  /** Hashes of the content words and of each pair of neighbours. */
  shingles: Set<number>;
  /** LSH keys of the shingles' MinHash: what the database indexes to find a claim's repeats. */
  bands: number[];
}

/**
 * 32 hashes in 16 bands of 2: sentences sharing 30% of their shingles meet in a band four times in
 * five, 50% almost always. Candidates are then compared on their exact shingle sets, recomputed from
 * their sentences, so the hashes only need to find them, not to measure them; fewer keys a sentence
 * keep the index small.
 */
export const CLAIM_SIGNATURE_SIZE = 32;
export const CLAIM_BANDING: BandingScheme = { bands: 16, rows: 2 };

const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|de|du|des|la|le|der|die|des|für|и)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;

export function entitiesOf(sentence: string): string[] {
  const names = new Set<string>();
  for (const m of sentence.matchAll(NAME_RUN)) {
    const atStart = sentence.slice(0, m.index).trim().replace(/^[«“"„'(]+/u, "") === "";
    // The first word of a sentence is capitalised anyway; a run starting there ("Central Asia…") still counts.
    if (atStart && !/\s/u.test(m[0])) continue;
    names.add(foldName(m[0].replace(/[’']s$/u, "")));
  }
  return [...names].sort();
}

/** Each content word and each pair of neighbouring ones, hashed. */
export function claimShingles(terms: string[]): Set<number> {
  const shingles = new Set<number>();
  for (let i = 0; i < terms.length; i++) {
    shingles.add(hashString(terms[i]!));
    if (i + 1 < terms.length) shingles.add(hashString(`${terms[i]} ${terms[i + 1]}`));
  }
  return shingles;
}

export function claimSignature(sentence: string, language: string): ClaimSignature {
  const sequence = termSequence(sentence, language);
  const shingles = claimShingles(sequence);
  return {
    figures: figuresOf(sentence, language),
    entities: entitiesOf(sentence),
    terms: [...new Set(sequence)].sort(),
    shingles,
    bands: bandKeys(minhash(shingles, CLAIM_SIGNATURE_SIZE), CLAIM_BANDING),
  };
}

/**
 * claimSignature remembered per sentence and language, for one request or one batch: a claim copied
 * word for word into many articles is one wording, read once.
 */
export function signatureCache(): (sentence: string, language: string) => ClaimSignature {
  const signatures = new Map<string, ClaimSignature>();
  return (sentence, language) => {
    const key = `${language}\u0000${sentence}`;
    let signature = signatures.get(key);
    if (!signature) signatures.set(key, (signature = claimSignature(sentence, language)));
    return signature;
  };
}
