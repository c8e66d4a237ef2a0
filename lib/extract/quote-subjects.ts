import type { TextSpan } from "../text/sentences";
import { type ParagraphContext, resolvePick, sentenceSubject } from "./context";
import { compiled } from "./lexicon";
import { type NamePick, phraseBefore, pickName } from "./names";
import {
  peopleIn,
  PREPOSITION_BEFORE,
  SENTENCE_ADVERB,
  span,
  speakerOfPhrase,
  verbPattern,
  withoutIntroduction,
} from "./quote-frames";
import { unquoted } from "./quote-marks";
import { isPronoun, pronounSpeaker } from "./quote-pronouns";
import { speakerAfterVerb } from "./quote-speaker-after";

/** The subject of a reporting clause before a quotation; German puts it on either side of the verb. */

/**
 * The subject of a verb before a quotation: "A senior official at a Western development bank, who asked
 * not to be named, said…", "Директор центра Динара Сеитова в беседе с агентством назвала…".
 */
export function subjectOf(context: ParagraphContext, clauseStart: number, verbStart: number, verbEnd: number, quoteStart: number): NamePick | null {
  const { text, lexicon } = context;
  if (lexicon.language === "de") return germanSubject(context, clauseStart, verbStart, verbEnd, quoteStart);
  const fillers = compiled(`(?:\\s+(?:${lexicon.verbFillers}))+\\s*$`, "iu");
  const segment = unquoted(context, clauseStart, verbStart).replace(fillers, "");
  const segmentEnd = clauseStart + segment.trimEnd().length;
  const phrase = phraseBefore(text, clauseStart, segmentEnd, lexicon);
  const named = phrase ? peopleIn(context, phrase.text).at(-1) : undefined;
  if (named) return { name: named.name, anonymous: false };
  const pick = phrase ? pickName(phrase.text, lexicon) : null;
  if (isPronoun(context, pick)) return pronounSpeaker(context, phrase!.start, pick!.name);
  if (pick && !pick.reference) return resolvePick(context, pick, phrase!.start);
  const resolved = phrase ? resolvePick(context, pick, phrase.start) : null;
  if (resolved) return resolved;
  const institution = phrase ? institutionNamed(context, phrase.text) : null;
  if (institution) return institution;
  // "… Сеитова в беседе с агентством назвала": the person before an adverbial phrase, in the same clause.
  const person = peopleIn(context, segment).at(-1);
  if (person && !/[,;]|\b(?:que|qui|that|which|who|что|который|dass)\b/iu.test(segment.slice(person.index + person.name.length))) return { name: person.name, anonymous: false };
  return null;
}

export const INSTITUTION_HEAD = new RegExp(
  String.raw`^(?:${[
    "ministère", "gouvernement", "parquet", "présidence", "ambassade", "département", "administration",
    "mairie", "министерств\\p{L}*", "правительств\\p{L}*", "ведомств\\p{L}*", "посольств\\p{L}*",
    "администраци\\p{L}*", "прокуратур\\p{L}*", "ministry", "government", "office", "embassy", "presidency",
    "administration", "prosecutors?", "Ministerium", "Regierung", "Behörden?", "Botschaft",
    "Staatsanwaltschaft",
  ].join("|")})$`,
  "iu",
);

/** "Le ministère de l’information", "the prosecutor general's office": an institution named by what it is. */
export function institutionNamed(context: ParagraphContext, phrase: string): NamePick | null {
  const determiners = compiled(`^(?:(?:${context.lexicon.determiners})\\s+|l['’])`, "iu");
  const words = phrase.replace(determiners, "").replace(/^\p{L}+[’']s\s+/u, "").split(/\s+/u);
  const head = ["en", "de"].includes(context.lexicon.language) ? words.at(-1) : words[0];
  return head && INSTITUTION_HEAD.test(head) ? { name: words.join(" "), anonymous: false } : null;
}

export const GERMAN_FRONTED = new RegExp(
  String.raw`^(?:${[
    "Am", "Im", "In", "Nach", "Vor", "Bei", "Aus", "Zuletzt", "Dazu", "Dort", "Damals", "Zudem", "Auch",
    "Zuvor", "Jetzt", "Nun", "Gestern", "Heute", "So", "Dabei", "Offiziell", "Inoffiziell", "Öffentlich",
    "Später", "Danach", "Daraufhin", "Allerdings", "Trotzdem", "Dennoch", "Deshalb", "Darum", "Seit", "Mit",
    "Von", "Über", "Gegenüber", "Auf",
  ].join("|")})$`,
  "u",
);

/**
 * German puts one element before the finite verb: the subject ("Der Politologe Marat Sejtow sagte") or
 * something else, and then the subject follows the verb ("Offiziell betont Präsident X").
 */
export function germanSubject(context: ParagraphContext, clauseStart: number, verbStart: number, verbEnd: number, quoteStart: number): NamePick | null {
  const segment = unquoted(context, clauseStart, verbStart).replace(/\s*\([^)]*\)/gu, "").trim();
  const first = segment.split(/\s+/)[0] ?? "";
  if (!segment || /,$/u.test(segment) || GERMAN_FRONTED.test(first) || (segment.split(/\s+/).length === 1 && peopleIn(context, context.text.slice(verbEnd, quoteStart)).length > 0)) {
    return speakerAfterVerb(context, verbEnd, quoteStart)?.pick ?? null;
  }
  const person = peopleIn(context, segment).at(-1);
  if (person) return { name: person.name, anonymous: false };
  const pick = pickName(segment, context.lexicon);
  if (isPronoun(context, pick)) return pronounSpeaker(context, clauseStart, pick!.name);
  const resolved = pick?.reference ? resolvePick(context, pick, clauseStart) : null;
  return resolved ?? germanDescription(context, segment);
}

/**
 * A German subject as written, without its article: "Die Organisation Reporter ohne Grenzen", "Eine Leserin
 * aus Pawlodar" (anonymous), "Regierungskreisen in Astana". Every noun is capitalised, so capitals tell no name.
 */
export function germanDescription(context: ParagraphContext, phrase: string): NamePick | null {
  const lexicon = context.lexicon;
  let tokens = phrase.replace(/\s*\([^)]*\)/gu, "").split(",")[0]!.split(/\s+/u).filter(Boolean);
  const indefinite = compiled(`^(?:${lexicon.indefinites})$`, "iu").test(tokens[0] ?? "");
  const article = compiled(`^(?:${lexicon.determiners}|${lexicon.indefinites})$`, "iu");
  while (tokens.length > 1 && article.test(tokens[0]!)) tokens = tokens.slice(1);
  tokens = tokens.slice(0, 6);
  if (tokens.length === 0 || !/^\p{Lu}/u.test(tokens[0]!)) return null;
  const anonymousHead = compiled(`^(?:${lexicon.anonymousHeads})$`, "iu");
  return { name: tokens.join(" "), anonymous: indefinite || tokens.some((t) => anonymousHead.test(t)) };
}

/** The subject of the sentence's main clause, for a participle: "The press office …, claiming that…". */
export function mainSubject(context: ParagraphContext, sentence: TextSpan): NamePick | null {
  const skip = withoutIntroduction(sentence.text);
  const tokens = [...sentence.text.slice(skip).matchAll(/\S+/gu)];
  const finite = tokens.findIndex((t, i) => i > 0 && /^(?:\p{Ll}+ed|\p{Ll}+n[’']t|is|was|are|were|has|have|had|did|does|will|would|can|could|a|ont|est|sont|avait|\p{Ll}+(?:ал|ил|ел|ла|ли|ло))$/u.test(t[0]));
  if (finite < 1) return null;
  const end = sentence.start + skip + tokens[finite]!.index;
  return speakerOfPhrase(context, span(context.text, sentence.start + skip, end));
}

/** The person a sentence is about, when the quotation in it is theirs to say; "by Vladimir Putin" is not. */
export function quoteSubject(context: ParagraphContext, sentence: TextSpan): NamePick | null {
  const opening = sentence.text.slice(withoutIntroduction(sentence.text));
  const pronoun = compiled(`^(?:${context.lexicon.pronouns})(?![\\p{L}])`, "iu").exec(opening);
  if (pronoun) return pronounSpeaker(context, sentence.start, pronoun[0]);
  // Without a reporting verb or a colon, a subject with quoted words is no speaker ("ТОО «…» получило … на «…»").
  if (!verbPattern(context).test(unquoted(context, sentence.start, sentence.end)) && !/:\s*[“«„"‘»]/u.test(sentence.text)) return null;
  const found = sentenceSubject(context, sentence);
  if (!found) return null;
  const subject = { ...found, name: found.name.replace(/^\p{L}+\s+(?=\p{Lu})/u, (word) => (SENTENCE_ADVERB.test(word.trim()) ? "" : word)) };
  const at = sentence.text.indexOf(subject.name);
  return at >= 0 && PREPOSITION_BEFORE.test(sentence.text.slice(0, at)) ? null : subject;
}
