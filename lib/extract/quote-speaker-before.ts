import type { TextSpan } from "../text/sentences";
import { type ParagraphContext, pickPhrase, resolvePick } from "./context";
import { compiled } from "./lexicon";
import { type NamePick, phraseBefore, pickName } from "./names";
import {
  framesOf,
  peopleIn,
  span,
  type Speaker,
  speakerOfPhrase,
  verbAlternation,
  verbPattern,
  withoutIntroduction,
} from "./quote-frames";
import { type QuotedSpan, unquoted } from "./quote-marks";
import { openingPerson } from "./quote-pronouns";
import { speakerAfterVerb } from "./quote-speaker-after";
import { germanDescription, mainSubject, subjectOf } from "./quote-subjects";

/** Speakers named before the opening mark: "X said: “…”", "Pour X, …", "X said the law would “…”". */

/** A named frame before the quotation: "zitiert X mit den Worten", "Aus X heißt es", "Pour X, …", "В X заявили". */
export function speakerOfFrame(context: ParagraphContext, before: string, sentenceStart: number): NamePick | null {
  const frames = framesOf(context);
  const object = frames.quotedObject?.exec(before);
  if (object) {
    const phrase = span(context.text, sentenceStart + object.index + object[0].indexOf(object[1]!), sentenceStart + object.index + object[0].indexOf(object[1]!) + object[1]!.length);
    const pick = speakerOfPhrase(context, phrase);
    if (pick) return pick;
  }
  for (const frame of [frames.viewpoint, frames.placeSpeaker]) {
    // "Pour la politologue X, …" is itself an introductory phrase; "Aus Kreisen … heißt es" may follow one.
    const opening = frame === frames.viewpoint ? 0 : withoutIntroduction(before);
    const match = frame?.exec(before.slice(opening));
    if (!match) continue;
    // "According to media reports, X also said that he “understood”": the verb names the speaker.
    if (frame === frames.viewpoint && verbPattern(context).test(before.slice(opening + match.index + match[0].length))) continue;
    const start = sentenceStart + opening + match.index + match[0].indexOf(match[1]!);
    const phrase = span(context.text, start, start + match[1]!.length);
    const pick = context.lexicon.language === "de" && !peopleIn(context, phrase.text).length ? germanDescription(context, phrase.text) : speakerOfPhrase(context, phrase);
    if (pick && !pick.reference) return frame === frames.placeSpeaker && !peopleIn(context, phrase.text).length ? { name: pick.name, anonymous: pick.anonymous || context.lexicon.language === "de" } : pick;
  }
  return null;
}

export const SOURCE_CUE_OPENING = /^(?:According to|Selon|D['’]après|По словам|По мнению)\s/iu;

/** The speaker named before the opening mark: "He explained: “…”", "X said the law would “…”". */
export function speakerBefore(context: ParagraphContext, start: number, sentence: TextSpan): Speaker | null {
  const { text } = context;
  const sentenceStart = sentence.start;
  const before = unquoted(context, sentenceStart, start);
  const framed = speakerOfFrame(context, before, sentenceStart);
  if (framed) return { pick: framed, cueEnd: start, credited: true, bySourceCue: SOURCE_CUE_OPENING.test(before) };
  const verbs = [...before.matchAll(verbPattern(context, "giu"))].filter((v) => !isNounUse(context, before, v.index, v[0]));
  const verb = verbs.at(-1);
  const participle = framesOf(context).participles.exec(before);
  if (participle && (!verb || participle.index >= verb.index)) {
    const pick = mainSubject(context, sentence);
    if (pick) return { pick, cueEnd: start, credited: true, embedded: true };
  }
  if (verb && !PASSIVE.test(before.slice(0, verb.index))) {
    const verbStart = sentenceStart + verb.index;
    const verbEnd = verbStart + verb[0].length;
    const tail = before.slice(verb.index + verb[0].length);
    const clauseStart = clauseStartBefore(context, sentenceStart, verbStart);
    const subject = subjectOf(context, clauseStart, verbStart, verbEnd, start);
    if (subject) return { pick: subject, cueEnd: start, credited: true, embedded: tail.trim().length > 0 };
    // "Как заявил глава МИД: «…»" — no subject before the verb: the speaker follows it.
    if (/:\s*$/u.test(tail) && !/^\s*(?:that|que|qu['’]|что|dass)\b/iu.test(tail)) {
      const after = speakerAfterVerb(context, verbEnd, start);
      if (after) return { pick: after.pick, cueEnd: start, credited: true };
    }
  }
  // "Тилек Усупов: «…»" — a name and a colon.
  const colon = /((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s*:\s*$/u.exec(before);
  if (colon) {
    const phrase = phraseBefore(text, sentenceStart, sentenceStart + colon.index + colon[0].trimEnd().length - 1, context.lexicon);
    const pick = pickPhrase(context, phrase);
    if (pick) return { pick, cueEnd: start, credited: true };
  }
  // "Ilyas failed to obtain a passport: “…”" — the person the sentence is about.
  if (/:\s*$/u.test(before)) {
    const person = openingPerson(context, sentence);
    if (person) return { pick: { name: person, anonymous: false }, cueEnd: start, credited: true };
  }
  return null;
}

/** Forms that are nouns as often as verbs: "independent states", "media reports", "his claims". */
export const NOUN_OR_VERB = /^(?:state|states|reports|report|claims|claim|notes|remarks|estimates|shows|show|highlights|mentions|comments|warns|calls|alleges)$/iu;

/** "recognition of the DPR and LPR as independent states as “…”": the word is a noun there, not the verb. */
export function isNounUse(context: ParagraphContext, text: string, index: number, word: string): boolean {
  if (context.lexicon.language !== "en" || !NOUN_OR_VERB.test(word)) return false;
  const next = text.slice(index + word.length);
  if (/^\s*(?:that\b|[:,“"‘])/u.test(next)) return false;
  const previous = /(\S+)\s+$/u.exec(text.slice(0, index))?.[1] ?? "";
  return /^\p{Ll}/u.test(previous) && !compiled(`^(?:${context.lexicon.pronouns}|who|which|also|it)$`, "iu").test(previous);
}

/** "were labeled as a “…”", "wurde als „…“ bezeichnet": the subject of a passive is not the speaker. */
export const PASSIVE = /(?:^|\s)(?:was|were|been|being|is|are|wurde|wurden|worden|a été|ont été|est|sont|был[аио]?|были)\s+$/iu;

/** A clause of its own starts after a semicolon or "; while", "mais", "а": its verb has its own subject. */
export function clauseStartBefore(context: ParagraphContext, sentenceStart: number, verbStart: number): number {
  const before = context.text.slice(sentenceStart, verbStart);
  let start = sentenceStart;
  for (const m of before.matchAll(/(?:;|,\s+(?:while|whereas|but|and|alors que|tandis que|mais|et|а|но|и|während|aber|und|doch))\s+/giu)) start = sentenceStart + m.index + m[0].length;
  return start;
}

/** "Präsident X hatte die Beziehungen als „strategische Allianz“ bezeichnet.": the verb closes the clause. */
export function speakerOfFinalVerb(context: ParagraphContext, quoted: QuotedSpan, sentence: TextSpan): Speaker | null {
  if (context.lexicon.language !== "de") return null;
  const rest = context.text.slice(quoted.end, sentence.end);
  const verb = compiled(`^\\s*(?:${verbAlternation(context.lexicon)}|genannt|gesagt|erklärt|beschrieben)\\s*(?:hat|hatte|haben|hatten)?\\s*[.!?]?$`, "iu").exec(rest);
  if (!verb) return null;
  const auxiliary = /\s(?:hat|hatte|haben|hatten|habe)\s/u.exec(context.text.slice(sentence.start, quoted.start));
  if (!auxiliary) return null;
  const segment = context.text.slice(sentence.start, sentence.start + auxiliary.index);
  const person = peopleIn(context, segment).at(-1);
  const pick = person ? { name: person.name, anonymous: false } : resolvePick(context, pickName(segment, context.lexicon), sentence.start);
  return pick ? { pick, cueEnd: quoted.end, credited: true } : null;
}
