import type { TextSpan } from "../text/sentences";
import { cueSources, locativeSources, pronounCueSources } from "./attribution-cues";
import { type Inside, patterns, RELAYING } from "./attribution-patterns";
import { verbSources } from "./attribution-verbs";
import { type ParagraphContext, sameName } from "./context";
import type { StatedSource } from "./types";

/**
 * Attributions: "according to X", "X reported that", "said X", "по данным X", "selon X", "laut X", and the
 * pronouns that stand for the previous sentence's source ("по его словам", "fügte sie hinzu"). A cue inside a
 * quotation, or one that already named a quote's speaker, is not counted twice.
 */

export function findAttributions(context: ParagraphContext, taken: { start: number; end: number }[]): StatedSource[] {
  const sources: StatedSource[] = [];
  const inside: Inside = (offset) => taken.some((t) => offset >= t.start && offset < t.end);
  context.sentences.forEach((sentence, index) => {
    const previous = context.sentences[index - 1] ?? null;
    const here: StatedSource[] = [];
    const earlier = () => [...context.found, ...sources, ...here];
    here.push(...cueSources(context, sentence, inside));
    here.push(...pronounCueSources(context, sentence, previous, earlier));
    here.push(...locativeSources(context, sentence, inside, here));
    here.push(...verbSources(context, sentence, previous, inside, here, earlier));
    for (const found of here) if (!repeatsQuote(context, sentence, found)) sources.push(found);
  });
  return sources;
}

/**
 * A sentence that quotes someone names its speaker once, as a quote: an attribution to the same speaker, or
 * one made by the verb that carries the quotation ("told Kloop that he had “nothing to do” with…"), repeats it.
 */
function repeatsQuote(context: ParagraphContext, sentence: TextSpan, attribution: StatedSource): boolean {
  const quotes = context.found.filter((q) => q.kind === "quote" && q.start < sentence.end && q.end > sentence.start);
  if (quotes.length === 0) return false;
  if (quotes.some((q) => speakersAgree(q.name, attribution.name))) return true;
  const cue = context.text.slice(attribution.start, attribution.end);
  const verb = patterns(context.lexicon).verbs;
  const verbs = [...cue.matchAll(verb)];
  if (verbs.length === 0 || verbs.some((v) => RELAYING.test(v[0]))) return false;
  // A quotation after the verb is what the verb reports; a verb after someone else's quotation relays it ("…», raconte Vlast.kz").
  return quotes.some((q) => q.start >= attribution.start && sameClause(context, attribution, q));
}

function speakersAgree(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  // "M. Rakhimjonov" and "Otabek Rakhimjonov", "Mamytov" and "Kanybek Mamytov": the same surname.
  const surname = (n: string) => n.split(/\s+/).at(-1)!.toLowerCase();
  return /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && surname(a).length > 3 && surname(a) === surname(b);
}

/** No other reporting verb and no sentence-internal break between the attribution's cue and the quotation. */
function sameClause(context: ParagraphContext, attribution: StatedSource, quote: StatedSource): boolean {
  const from = Math.min(attribution.end, quote.end);
  const to = Math.max(attribution.start, quote.start);
  const between = context.text.slice(from, to);
  if (/[;]/u.test(between)) return false;
  const verb = patterns(context.lexicon).verb;
  return !verb.test(between);
}
