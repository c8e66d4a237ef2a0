import { figureKey, sameFigures, type Figure } from "./figures";
import { sharedMembers } from "./minhash";

/**
 * When two check-worthy sentences state the same claim. Band keys only propose candidates; a pair
 * is a repeat when half of its shingles are shared; or when nearly all of the shorter one's shingles
 * are in the longer (a repeat that dropped its attribution or a clause, whatever it did to a
 * figure); or when a fair share agree and the two also agree on a figure and on the names: "13,000
 * people have perished in the Donbass" and "13,000 people died in Donbass, the UN says" share few
 * shingles but the figure and the place; "12,000 soldiers from Central Asia" and "12,000 migrants
 * from Central Asia returned" share the figure and the place but too few words.
 */

export interface Comparable {
  shingles: Set<number>;
  figures: Figure[];
  entities: string[];
}

/** A pair this similar is a repeat whatever its figures and names. */
export const SAME_CLAIM = 0.5;
/** A pair this similar is a repeat when it shares a figure and the names agree. */
export const RELATED_CLAIM = 0.3;
/** A sentence with this share of its shingles in another repeats it; it needs MIN_CONTAINED of them. */
export const CONTAINED_CLAIM = 0.8;
const MIN_CONTAINED = 7;

/** The Jaccard similarity of the two shingle sets. */
export function claimSimilarity(a: Comparable, b: Comparable): number {
  if (a.shingles.size === 0 || b.shingles.size === 0) return 0;
  const shared = sharedMembers(a.shingles, b.shingles);
  return shared / (a.shingles.size + b.shingles.size - shared);
}

/** The share of the smaller shingle set found in the other. */
export function claimContainment(a: Comparable, b: Comparable): number {
  const smaller = Math.min(a.shingles.size, b.shingles.size);
  return smaller < MIN_CONTAINED ? 0 : sharedMembers(a.shingles, b.shingles) / smaller;
}

export function sharesFigure(a: Figure[], b: Figure[]): boolean {
  const keys = new Set(a.map(figureKey));
  return b.some((f) => keys.has(figureKey(f)));
}

/** Either names none, or they name at least one alike. */
export function namesAgree(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const names = new Set(a);
  return b.some((n) => names.has(n));
}

export function isSameClaim(a: Comparable, b: Comparable): boolean {
  const similarity = claimSimilarity(a, b);
  if (similarity >= SAME_CLAIM || claimContainment(a, b) >= CONTAINED_CLAIM) return true;
  return similarity >= RELATED_CLAIM && sharesFigure(a.figures, b.figures) && namesAgree(a.entities, b.entities);
}

export interface ClaimState {
  figures: Figure[];
  attributedTo: string | null;
  hedged: boolean;
}

export type ClaimChange = "figure changed" | "attribution dropped" | "attribution changed" | "attribution added" | "hedge removed" | "hedge added";

/** How a repeat differs from the claim's first appearance. */
export function changesFrom(first: ClaimState, repeat: ClaimState): ClaimChange[] {
  const changes: ClaimChange[] = [];
  if (first.figures.length && repeat.figures.length && !sameFigures(first.figures, repeat.figures)) changes.push("figure changed");
  if (first.attributedTo && !repeat.attributedTo) changes.push("attribution dropped");
  else if (!first.attributedTo && repeat.attributedTo) changes.push("attribution added");
  else if (first.attributedTo && repeat.attributedTo && first.attributedTo.toLowerCase() !== repeat.attributedTo.toLowerCase()) changes.push("attribution changed");
  if (first.hedged && !repeat.hedged) changes.push("hedge removed");
  else if (!first.hedged && repeat.hedged) changes.push("hedge added");
  return changes;
}
