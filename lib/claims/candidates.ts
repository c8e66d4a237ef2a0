import { compiled, lexiconFor } from "../extract/lexicon";
import type { FundingClaim, StatedSource } from "../extract/types";
import { termSequence } from "../framing/vocabulary";
import type { TextSpan } from "../text/sentences";
import { figuresOf, type Figure } from "./figures";

/**
 * Check-worthy sentences: those a journalist might trace. A sentence is one when it states a figure
 * ("more than 12,000 soldiers"), when it credits a named or described source ("according to the UN",
 * a quotation with its speaker), or when it makes a funding claim. Each keeps the attribution the
 * article gives it and whether it hedges ("reportedly", "якобы"), so a chain of repeats can show
 * where either was dropped.
 */

export type ClaimReason = "figure" | "attribution" | "funding";

export interface ClaimCandidate {
  sentence: string;
  start: number;
  end: number;
  reasons: ClaimReason[];
  figures: Figure[];
  /** The source the sentence names for what it says, or null when it stands unattributed. */
  attributedTo: string | null;
  hedged: boolean;
}

/** Fewer content words than this match too many unrelated sentences to be traced. */
const MIN_TERMS = 4;

export function findClaimCandidates(sentences: TextSpan[], sources: StatedSource[], fundingClaims: FundingClaim[], language: string): ClaimCandidate[] {
  const hedges = compiled(`(?<![\\p{L}])(?:${lexiconFor(language).hedges})(?![\\p{L}])`, "iu");
  const cited = sources.filter((s) => s.kind === "attribution" || s.kind === "quote" || s.kind === "link");
  const candidates: ClaimCandidate[] = [];
  for (const sentence of sentences) {
    const within = (span: { start: number; end: number }) => span.start < sentence.end && span.end > sentence.start;
    const figures = figuresOf(sentence.text, language);
    const source = cited.find(within);
    const funding = fundingClaims.find((f) => within(f) && !f.selfDisclosed);
    const reasons: ClaimReason[] = [];
    if (figures.length) reasons.push("figure");
    if (source && source.kind !== "link") reasons.push("attribution");
    if (funding) reasons.push("funding");
    if (!reasons.length || termSequence(sentence.text, language).length < MIN_TERMS) continue;
    candidates.push({
      sentence: sentence.text, start: sentence.start, end: sentence.end, reasons, figures,
      attributedTo: funding?.attributedTo ?? source?.name ?? null,
      hedged: hedges.test(sentence.text),
    });
  }
  return candidates;
}
