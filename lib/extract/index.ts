import { findClaimCandidates, type ClaimCandidate } from "../claims/candidates";
import { detectLanguage, paragraphLanguage, primaryLanguage } from "../text/language";
import { sentencesOfParagraph, splitParagraphs, type TextSpan } from "../text/sentences";
import { findAttributions } from "./attributions";
import { isPageFurniture, teaserKind } from "./boilerplate";
import { foldName, type ParagraphContext } from "./context";
import { findCredits } from "./credits";
import { countFigures, type FigureCount } from "./figures";
import { findFundingClaims } from "./funding";
import { lexiconFor } from "./lexicon";
import { domainOf, locateLinks } from "./links";
import { findQuotes } from "./quotes";
import { findSelfDisclosure } from "./self-disclosure";
import type { Extraction, FundingClaim, StatedSource } from "./types";

export type { Extraction, FundingClaim, StatedSource, SourceKind, FundingRelation } from "./types";

/** Bumped whenever the rules change what they find: stored extractions of older versions are redone. */
export const EXTRACTION_VERSION = 7;

export interface ExtractionInput {
  /** The article's plain text, paragraphs separated by blank lines; offsets refer to it. */
  text: string;
  /** The sanitised body, when there is one: its hyperlinks become link sources. */
  html?: string | null;
  /** ISO 639-1; detected from the text when absent. */
  language?: string | null;
  url?: string | null;
  /** The publishing outlet: what it says about its own funding is a self-disclosure, its own name no source. */
  outletName?: string | null;
}

/** The contract's extraction, the figures the article states with and without a source, and its check-worthy sentences. */
export interface ArticleStatements extends Extraction {
  figures: FigureCount;
  claims: ClaimCandidate[];
}

export function extractStatements(input: ExtractionInput): ArticleStatements {
  const { text } = input;
  // "en-GB" is English: the number rules tell a decimal comma from a thousands one by the language alone.
  const language = primaryLanguage(input.language) ?? detectLanguage(text) ?? "en";
  const sources: StatedSource[] = [];
  const fundingClaims: FundingClaim[] = [];
  const paragraphs = splitParagraphs(text);
  const skipped: TextSpan[] = [];
  const sentencesOf = new Map<TextSpan, TextSpan[]>();
  let teaserNext = false;
  paragraphs.forEach((paragraph, index) => {
    const lexicon = lexiconFor(paragraphLanguage(paragraph.text, language));
    const sentences = sentencesOfParagraph(paragraph, lexicon.language);
    sentencesOf.set(paragraph, sentences);
    const lines = [...paragraph.text.matchAll(/[^\n]+/g)].map((m) => ({ text: m[0], start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length }));
    sources.push(...findCredits(paragraph, lines));
    const teaser = teaserKind(paragraph.text, lexicon);
    if (teaserNext || teaser || isPageFurniture(paragraph.text)) {
      teaserNext = teaser === "marker";
      skipped.push(paragraph);
      return;
    }
    const context: ParagraphContext = {
      text, paragraph, sentences, lexicon, found: sources, outletName: input.outletName ?? null,
      lookbackStart: paragraphs[Math.max(0, index - 1)]!.start,
    };
    const selfDisclosure = findSelfDisclosure(context);
    if (selfDisclosure) {
      // A donation appeal's buttons and links are the outlet's own furniture, not sources.
      fundingClaims.push(selfDisclosure);
      skipped.push(paragraph);
      return;
    }
    const quotes = findQuotes(context);
    sources.push(...quotes);
    const attributions = findAttributions(context, quotes.map((q) => ({ start: q.start, end: q.end })));
    sources.push(...withoutRepeats(attributions, quotes));
    fundingClaims.push(...findFundingClaims(context, sources));
  });
  if (input.html) {
    for (const link of locateLinks(input.html, text, input.url)) {
      if (skipped.some((p) => link.start >= p.start && link.start < p.end)) continue;
      const paragraph = paragraphs.find((p) => link.start >= p.start && link.start < p.end);
      // A feed item opening with its own headline linked to itself.
      if (paragraph === paragraphs[0] && paragraph && link.text === paragraph.text && paragraphs.length > 1) continue;
      const domain = domainOf(link.url);
      sources.push({ kind: "link", name: domain ?? link.url, url: link.url, domain, quote: null, anonymous: false, sentence: paragraph ? sentenceAround(sentencesOf.get(paragraph)!, paragraph, link.start) : link.text, start: link.start, end: link.end });
    }
  }
  sources.sort((a, b) => a.start - b.start || a.end - b.end);
  fundingClaims.sort((a, b) => a.start - b.start);
  const read = [...sentencesOf].filter(([paragraph]) => !skipped.includes(paragraph)).flatMap(([, sentences]) => sentences);
  return { language, sources, fundingClaims, figures: countFigures(read, sources), claims: findClaimCandidates(read, sources, fundingClaims, language) };
}

function sentenceAround(sentences: TextSpan[], paragraph: TextSpan, offset: number): string {
  return (sentences.find((s) => offset >= s.start && offset < s.end) ?? paragraph).text;
}

/** One source per name per sentence: a speaker already credited with a quote there is not also an attribution. */
function withoutRepeats(attributions: StatedSource[], quotes: StatedSource[]): StatedSource[] {
  const seen = new Set(quotes.map((q) => `${q.sentence}|${foldName(q.name)}`));
  return attributions.filter((a) => {
    const key = `${a.sentence}|${foldName(a.name)}`;
    if (seen.has(key) || quotes.some((q) => q.sentence.includes(a.sentence) && foldName(q.name) === foldName(a.name))) return false;
    seen.add(key);
    return true;
  });
}
