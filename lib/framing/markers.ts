import { findQuotedSpans, type QuotedSpan } from "../extract/quote-marks";
import { splitParagraphs } from "../text/sentences";
import type { MarkerGroup } from "./lexicon";

/** A quotation of this many words or fewer is a quoted term ("special military operation", «СВО»), not a sentence. */
export const SCARE_QUOTE_WORDS = 4;

/** How often an article writes each marker variant, and how many of those uses stand in quotation marks. */
export interface MarkerCount {
  group: string;
  variant: string;
  /** Every use. */
  count: number;
  /** Uses inside quotation marks: a quoted speaker's words or a term held at a distance. */
  inQuotes: number;
  /** Of those, uses inside a short quoted term ("special military operation" in quotation marks). */
  inScareQuotes: number;
}

/** One matcher per variant, compiled once per lexicon. */
export interface CompiledLexicon {
  variants: { group: string; variant: string; pattern: RegExp }[];
}

// Whole words in any script (JavaScript's \b knows only ASCII); a possessive ("Kiev’s") is still the word.
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?:['’]s)?(?![\\p{L}\\p{N}])";

/** A lexicon term as a pattern: letters literal, any space any whitespace, a trailing `*` any ending. */
export function termPattern(term: string): string {
  const trimmed = term.trim();
  const open = trimmed.endsWith("*");
  const words = (open ? trimmed.slice(0, -1) : trimmed).split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&"));
  return words.join("\\s+") + (open ? "\\p{L}*" : "");
}

export function compileLexicon(groups: MarkerGroup[]): CompiledLexicon {
  return {
    variants: groups.flatMap((g) =>
      g.variants.map((v) => ({ group: g.key, variant: v.label, pattern: new RegExp(`${BEFORE}(?:${v.terms.map(termPattern).join("|")})${AFTER}`, "giu") })),
    ),
  };
}

/** Counts per variant that occurs at least once. */
export function countMarkers(text: string, lexicon: CompiledLexicon): MarkerCount[] {
  // The quotation marks the source extraction pairs, paragraph by paragraph: one reading of the text for both.
  const spans = splitParagraphs(text).flatMap((p) => findQuotedSpans(text, p.start, p.end));
  const counts: MarkerCount[] = [];
  for (const { group, variant, pattern } of lexicon.variants) {
    let count = 0;
    let inQuotes = 0;
    let inScareQuotes = 0;
    for (const m of text.matchAll(pattern)) {
      count++;
      const quoted = spanAround(spans, m.index, m.index + m[0].length);
      if (quoted) {
        inQuotes++;
        if (isScareQuote(quoted)) inScareQuotes++;
      }
    }
    if (count > 0) counts.push({ group, variant, count, inQuotes, inScareQuotes });
  }
  return counts;
}

function spanAround(spans: QuotedSpan[], start: number, end: number): QuotedSpan | undefined {
  return spans.find((s) => s.start < start && s.end > end);
}

function isScareQuote(span: QuotedSpan): boolean {
  return span.quote.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= SCARE_QUOTE_WORDS;
}
