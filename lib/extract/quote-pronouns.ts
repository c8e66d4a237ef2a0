import { sentencesOfParagraph, type TextSpan } from "../text/sentences";
import { type ParagraphContext, resolvePick } from "./context";
import { compiled } from "./lexicon";
import { type NamePick, peopleMentions, pickName } from "./names";
import { peopleIn, withoutIntroduction } from "./quote-frames";
import { unquoted } from "./quote-marks";

/** Whom a pronoun beside a quotation stands for: the person the sentences before are about. */

export function isPronoun(context: ParagraphContext, pick: NamePick | null): boolean {
  return !!pick?.reference && compiled(`^(?:${context.lexicon.pronouns})$`, "iu").test(pick.name);
}

/**
 * The person a sentence opens with, as the subject: "Ilyas, a 40-year old Kyrgyz citizen, worked…",
 * "À Kulob, …, Mavjouda élève seule…", "Yerlan Abenov, a sociologist…, estimated…". A pronoun or no person
 * gives null.
 */
export function openingPerson(context: ParagraphContext, sentence: TextSpan): string | null {
  // A subheading ("Destination Kazakhstan") is about no one.
  if (!/[.!?…:;»”“"]\s*$/u.test(sentence.text)) return null;
  const opening = sentence.text.slice(withoutIntroduction(sentence.text));
  const named = peopleIn(context, opening.slice(0, 80))[0];
  // "Kyrgyz opposition figure Irina Karamushkina also chimed in": role words, then the name.
  if (named && /^(?:[\p{L}.-]+\s+){0,4}$/u.test(opening.slice(0, named.index))) return named.name;
  // A single name with an appositive saying who it is ("Feruza, a teacher…", "Malika, eine Lehrerin…"), or
  // capitalised after an introductory phrase, where sentence case cannot explain it ("À Kulob, …, Mavjouda élève").
  const afterIntroduction = opening.length < sentence.text.length && context.lexicon.language !== "de";
  const single = afterIntroduction
    ? /^(\p{Lu}[\p{Ll}’'-]+)(?:,\s+(?:a|an|the|un|une|le|la|l['’]|ein|eine|der|die|das|\p{N})|\s+\p{Ll})/u.exec(opening)
    : /^(\p{Lu}[\p{Ll}’'-]+),\s+(?:a|an|the|un|une|le|la|l['’]|ein|eine|der|die|das|\p{N})/u.exec(opening);
  const known = /^(\p{Lu}[\p{Ll}’'-]+)\s+\p{Ll}/u.exec(opening);
  // "Stepan wants to stay in Almaty": a first name already quoted in the article.
  if (!single && known && context.found.some((s) => s.kind === "quote" && s.name === known[1])) return known[1]!;
  if (!single) return null;
  const pick = pickName(single[1]!, context.lexicon);
  return pick && !pick.reference && !pick.anonymous ? pick.name : null;
}

/**
 * Whom "he", "she", "dit-elle" stands for: the person the nearest sentences before are about, or a speaker
 * found in them; a sentence about "he" again refers further back.
 */
export function pronounSpeaker(context: ParagraphContext, position: number, pronoun: string): NamePick | null {
  const fallback = () => {
    const pick = resolvePick(context, { name: pronoun.replace(/^.*-/u, ""), anonymous: false, reference: true }, position);
    // A subheading ("Destination Kazakhstan") names no one a pronoun could stand for.
    return pick && isHeading(context.text, pick.name) ? null : pick;
  };
  if (/(?:^|-)(?:they|ils|elles|они|sie)$/iu.test(pronoun)) return fallback();
  const sentences = sentencesBefore(context, position);
  for (let i = sentences.length - 1, looked = 0; i >= 0 && looked < 3; i--, looked++) {
    const sentence = sentences[i]!;
    if (!/[.!?…:;»”“"]\s*$/u.test(sentence.text)) continue;
    // "He signed his contract in April.": about the same person, named further back.
    if (compiled(`^(?:${context.lexicon.pronouns})(?![\\p{L}])`, "iu").test(sentence.text.slice(withoutIntroduction(sentence.text)))) continue;
    const person = openingPerson(context, sentence);
    if (person) return { name: person, anonymous: false };
    const speaker = [...context.found].reverse().find((s) => s.start >= sentence.start && s.start < sentence.end && !s.anonymous && (s.kind === "quote" || s.kind === "attribution"));
    if (speaker && !/^\p{Lu}{2,}|\b(?:Ministry|Ministère|Ministerium|Agency|Agence|News|Media)\b/u.test(speaker.name) && !isHeading(context.text, speaker.name)) return { name: speaker.name, anonymous: false };
    const mentioned = peopleMentions(context.text, sentence.start, sentence.end).filter((m) => m.index < sentence.end).at(-1);
    if (mentioned) return { name: mentioned.name, anonymous: false };
    // "…, as Nagina highlights.": someone quoted before, mentioned by the name the article uses.
    const quotedBefore = quotedPersonIn(context, sentence);
    if (quotedBefore) return { name: quotedBefore, anonymous: false };
    if (looked >= 1) break;
  }
  return fallback();
}

/** The sentences that end before `position`, reaching back into the previous paragraph. */
export function sentencesBefore(context: ParagraphContext, position: number): TextSpan[] {
  const own = context.sentences.filter((s) => s.end <= position + 1);
  if (own.length >= 3 || context.lookbackStart >= context.paragraph.start) return own;
  const previous = context.text.slice(context.lookbackStart, context.paragraph.start).trimEnd();
  return [...sentencesOfParagraph({ text: previous, start: context.lookbackStart, end: context.lookbackStart + previous.length }, context.lexicon.language), ...own];
}

/** "Destination Kazakhstan – A report from Kostanay": a name opening a title line, not a person. */
export function isHeading(text: string, name: string): boolean {
  const words = name.split(/\s+/u).map(escapeRegExp).join("[ \\u00a0]+");
  return new RegExp(`(?:^|\\n)[ \\t\\u00a0]*${words}(?:[ \\t\\u00a0]*|[ \\u00a0]+[–—:-][^\\n]*[^.!?…"”»\\n])(?:\\n|$)`, "u").test(text);
}

/** A speaker of an earlier quotation whom the sentence names. */
export function quotedPersonIn(context: ParagraphContext, sentence: TextSpan): string | null {
  const text = unquoted(context, sentence.start, sentence.end);
  const speaker = [...context.found].reverse().find((s) => s.kind === "quote" && !s.anonymous && s.start < sentence.start && new RegExp(`(?<![\\p{L}])${escapeRegExp(s.name)}(?![\\p{L}])`, "u").test(text));
  return speaker?.name ?? null;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
