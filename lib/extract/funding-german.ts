import type { ParagraphContext } from "./context";
import { party } from "./funding-parties";
import type { FundingRelation } from "./types";

/**
 * German word order: verb-second main clauses whose subject may follow the verb, verb-final clauses whose
 * participle closes the clause, and the dative recipient right after a verb of giving.
 */

// Verb-second German opened by an adverbial: "Nach Angaben des Ministeriums erhält Usbekistan von …" (whole words: "Sokolenko" is no "so").
export const GERMAN_ADVERBIAL_OPENER = /^(?:nach|laut|im|in|am|seit|mit|bei|zudem|außerdem|zusätzlich|damit|dafür|so|auch|jährlich|insgesamt|bereits|schon|dann|danach|\d)(?![\p{L}])/iu;
const GERMAN_SUBJECT_AFTER_VERB = /^\s+(?:(?:der|die|das)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:von|vom|aus|auch|zudem|zusätzlich|rund|etwa|einen|eine|ein|dem|der|den|das|die|\d)/u;
// "Geld erhielt das Portal auch von …": the money itself opens the sentence, and the subject follows the verb.
const GERMAN_MONEY_OPENER = /^(?:Geld|Mittel|Fördermittel|Gelder|Zuschüsse|Spenden|Kredite?|Zahlungen)$/u;

export function invertedGermanSubject(context: ParagraphContext, sentenceStart: number, at: number, rest: string): string | null {
  if (context.lexicon.language !== "de") return null;
  const head = context.text.slice(sentenceStart, at).trim();
  if (!GERMAN_ADVERBIAL_OPENER.test(head) && !GERMAN_MONEY_OPENER.test(head)) return null;
  return GERMAN_SUBJECT_AFTER_VERB.exec(rest)?.[1] ?? null;
}

export const GERMAN_FROM_AFTER_SUBJECT = /^\s+(?:\p{Lu}[\p{L}-]+\s+){1,4}(?:von|vom)\s+(?:(?:der|dem|den|des)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/u;

// The participle closes the clause: "… von der Stiftung X erhalten haben, mit dem …".
export const GERMAN_CLAUSE_END = /^\s*(?:haben|hat|habe|hatte|hätten?|worden)?\s*(?:[,.;:–—-]|$)/u;
const GERMAN_FINITE_BEFORE_PARTICIPLE = /^(.*?)\s+(?:soll|sollen|sollte|sollten|habe|haben|hat|hatte|hatten|hätte|hätten)\s+(.*)$/su;
const GERMAN_FUNDER_BEFORE_PARTICIPLE = /(?<![\p{L}])(?:von|vom|aus)\s+(?:(?:der|dem|den|des)\s+)?([^,;]*?)\s*$/u;
const GERMAN_LEADING_SUBJECT = /^(?:(?:der|die|das)\s+)?(\p{Lu}[^\s]*(?:\s+(?:\p{Lu}|[„"«])[^\s]*){0,4})/u;

/**
 * Verb-final German receipt: "Aigine Media habe angeblich monatlich rund 3.500 Euro von der Prager Stiftung X
 * bekommen", "soll das Portal zudem Geld aus dem Ausland erhalten haben". The subject stands before the finite
 * verb (after it when an adverbial opens the sentence), the funder in the "von"/"aus" phrase before the participle.
 */
export function germanVerbFinalReceipt(context: ParagraphContext, sentenceStart: number, at: number): { recipient: string | null; funder: string | null } | null {
  const head = context.text.slice(sentenceStart, at);
  const finite = GERMAN_FINITE_BEFORE_PARTICIPLE.exec(head);
  if (!finite) return null;
  const before = finite[1]!.trim();
  const subjectText = GERMAN_ADVERBIAL_OPENER.test(before) ? GERMAN_LEADING_SUBJECT.exec(finite[2]!)?.[1] : before;
  const funderText = GERMAN_FUNDER_BEFORE_PARTICIPLE.exec(finite[2]!)?.[1];
  if (!subjectText || funderText === undefined) return null;
  const span = (text: string) => ({ text, start: sentenceStart + head.indexOf(text), end: sentenceStart + head.indexOf(text) + text.length });
  return { recipient: party(context, span(subjectText)), funder: funderText ? party(context, span(funderText)) : null };
}

// "stellte der Regierung von Tadschikistan … zur Verfügung", "stellt der usbekischen Regierung einen Kredit … bereit".
export const GERMAN_DATIVE = /^\s+(?:(?:dem|der|den)\s+)?((?:\p{Ll}+en\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:von\s+|für\s+)?\p{Lu}[\p{L}-]+){0,3})\s+(?:einen|eine|ein|rund|etwa|insgesamt|zusätzlich|weitere|\d)/u;

export const GERMAN_PARTICIPLES: Record<string, FundingRelation> = {
  finanziert: "funding", gefördert: "funding", unterstützt: "supported_by", gegründet: "founded_by",
  kontrolliert: "controlled_by", gesponsert: "funding", bezahlt: "funding",
};
