import { compiled, type Lexicon } from "./lexicon";
import { fullNames, isOrganisationName, peopleBefore, peopleMentions, pickName, type NamePick } from "./names";
import type { TextSpan } from "../text/sentences";
import type { StatedSource } from "./types";

/** One paragraph being read: its sentences, its language's rules, and what the article said before it. */
export interface ParagraphContext {
  text: string;
  paragraph: TextSpan;
  /** Where the previous paragraph starts: pronouns reach back that far. */
  lookbackStart: number;
  sentences: TextSpan[];
  lexicon: Lexicon;
  /** Sources found so far in the article, in reading order. */
  found: StatedSource[];
  /** The article's own outlet: "Novastan spoke with…" is not a source. */
  outletName: string | null;
}

export function sentenceAt(context: ParagraphContext, offset: number): TextSpan | undefined {
  return context.sentences.find((s) => offset >= s.start && offset < s.end) ?? context.sentences.at(-1);
}

const INSTITUTIONS = /^(?:ministry|government|office|authorities|police|court|prosecutors?|parliament|embassy|presidency|administration|agency|ministère|gouvernement|parquet|ambassade|министерство|правительство|ведомство|Ministerium|Regierung|Behörden?|Staatsanwaltschaft)$/iu;

const PERSON_ROLES =
  /(?:researcher|analyst|expert|professor|minister|president|spokes(?:man|woman|person)|official|politician|director|leader|head|journalist|activist|man|woman|ambassador|teacher|migrant|detainee|prisoner|pensioner|founder|author|scholar|chairman|chief|politologue|chercheur|chercheuse|ministre|président|porte-parole|directeur|directrice|эксперт|политолог|министр|президент|глава|директор|руководитель|Experte|Politologe|Minister|Präsident|Sprecher|Sprecherin|Leiter|Chef)$/iu;

/** A pick that is a pronoun or "the ministry" becomes the name it stands for, or nothing. */
export function resolvePick(context: ParagraphContext, pick: NamePick | null, position: number): NamePick | null {
  if (!pick) return null;
  if (pick.name && context.outletName && sameName(pick.name, context.outletName)) return null;
  if (!pick.reference) return pick;
  const head = pick.name.split(/\s+/).at(-1) ?? "";
  const people = peopleBefore(context.text, context.lookbackStart, position).filter((name) => couldBeName(context, name));
  const isPronoun = context.lexicon.pronouns.split("|").includes(pick.name.toLowerCase());
  if (isPronoun) {
    if (/^(?:they|ils|elles|они|t-ils)$/iu.test(pick.name)) return lastNamed(context, position, (s) => !isPerson(s.name));
    // The latest person before the pronoun: a full name in the text, or a speaker already found ("Feruza").
    const mentioned = peopleMentions(context.text, context.lookbackStart, position).filter((m) => couldBeName(context, m.name)).at(-1);
    const speaker = [...context.found].reverse().find((s) => s.start < position && s.start >= context.lookbackStart && !s.anonymous && (s.kind === "quote" || s.kind === "attribution") && !isOrganisationName(s.name));
    const person = speaker && (!mentioned || speaker.start > mentioned.index) ? speaker.name : (mentioned?.name ?? lastNamed(context, position, (s) => isPerson(s.name))?.name);
    return person ? { name: person, anonymous: false } : null;
  }
  const headStem = head.toLowerCase().slice(0, Math.max(4, head.length - 2));
  const named = [...context.found].reverse().find((s) => s.start < position && !s.anonymous && s.name.toLowerCase().includes(headStem));
  if (named) return { name: named.name, anonymous: false };
  const mention = findCapitalisedMention(context.text.slice(context.lookbackStart, position), headStem);
  if (mention) return { name: mention, anonymous: false };
  if (PERSON_ROLES.test(head) && people.length > 0) return { name: people.at(-1)!, anonymous: false };
  // "the country's finance ministry said": an institution named by what it is.
  if (INSTITUTIONS.test(head)) return { name: pick.name.replace(/^(?:\p{L}+[’']s\s+)/u, ""), anonymous: false };
  return null;
}

/** German capitalises every noun: "Das Verfahren" or "Stunden Strom" is not a person. */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ium|ismus|chen|nis|ik|en)$/u;

function couldBeName(context: ParagraphContext, name: string): boolean {
  if (context.lexicon.language !== "de") return true;
  const words = name.split(/\s+/);
  return !GERMAN_NOUN.test(words[0]!) && !words.some((w) => /(?:ung|heit|keit|schaft|tion|tät|ismus)$/u.test(w));
}

function lastNamed(context: ParagraphContext, position: number, accept: (s: StatedSource) => boolean): NamePick | null {
  const source = [...context.found].reverse().find((s) => s.start < position && !s.anonymous && s.kind !== "link" && accept(s));
  return source ? { name: source.name, anonymous: false } : null;
}

function isPerson(name: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u.test(name) && !/\b(?:Ministry|Bank|Foundation|Court|Office|Media|News|Radio|University)\b/u.test(name);
}

/** "the ministry" → "Ministry of Foreign Affairs of Ukraine" mentioned earlier in the text. */
function findCapitalisedMention(text: string, headStem: string): string | null {
  const pattern = /(?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:of|for|de|des|du|la|the|and)?\s*\p{Lu}[\p{L}’'-]*)*/gu;
  let best: string | null = null;
  for (const m of text.matchAll(pattern)) {
    if (m[0].toLowerCase().includes(headStem) && m[0].split(/\s+/).length >= 2) best = m[0].replace(/^(?:The|In|On|At|Le|La|Les|Der|Die|Das)\s+/u, "");
  }
  return best;
}

export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function sameName(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

export function pickPhrase(context: ParagraphContext, phrase: TextSpan | null): NamePick | null {
  if (!phrase) return null;
  const pick = resolvePick(context, pickName(phrase.text, context.lexicon), phrase.start);
  // "агентство «Кабар»", "die Zeitung „Vecherni Bischkek“": a common noun's name in quotation marks right after it.
  if (pick && !/\p{Lu}/u.test(pick.name)) {
    const quoted = /^\s*[«„“"]([^»“”"«„]{2,60})[»“”"]/u.exec(context.text.slice(context.text.indexOf(pick.name, phrase.start) + pick.name.length, phrase.end + 70));
    if (quoted && context.text.indexOf(pick.name, phrase.start) >= 0) return { name: quoted[1]!.trim(), anonymous: false };
  }
  return pick;
}

const INTRODUCTORY = /^(?:In|On|At|For example|For instance|Still|However|Yet|But|After|Since|Soon after|Just|Meanwhile|Moreover|Furthermore|Then|Later|Dans|En|Pour|Mais|Après|Depuis|В|На|После|Однако|Im|Am|Nach|Doch|Aber)\b[^,]*,\s*/u;

/**
 * The person a sentence is about, when it opens with one: "Political analyst Bakhtiyor Ergashev called …:
 * “…”", "One Kyrgyz politician, Azamat Bayamanov, reproached …". Only people and pronouns qualify.
 */
export function sentenceSubject(context: ParagraphContext, sentence: TextSpan): NamePick | null {
  const intro = INTRODUCTORY.exec(sentence.text);
  const opening = sentence.text.slice(intro ? intro[0].length : 0);
  const start = sentence.start + (intro ? intro[0].length : 0);
  const pronoun = compiled(`^(?:${context.lexicon.pronouns})\\b`, "iu").exec(opening);
  if (pronoun) return resolvePick(context, { name: pronoun[0], anonymous: false, reference: true }, start);
  const named = fullNames(opening.slice(0, 80))[0];
  if (named && named.index < 60) return { name: named.name, anonymous: false };
  const surname = /^(\p{Lu}[\p{Ll}’'-]+)\s/u.exec(opening);
  if (surname) {
    const full = peopleBefore(context.text, 0, start).find((p) => p.endsWith(` ${surname[1]}`));
    if (full) return { name: full, anonymous: false };
  }
  return null;
}
