import type { Lexicon } from "./lexicon";
import type { TextSpan } from "../text/sentences";

/**
 * Name phrases around a cue: the words after "according to" up to the end of the phrase, or the
 * subject before "said". A phrase becomes a source name by dropping roles and articles ("political
 * analyst Arkady Dubnov" → "Arkady Dubnov"), or an anonymous description ("a prison guard").
 */

export interface NamePick {
  name: string;
  anonymous: boolean;
  /** A pronoun or a definite description ("he", "the ministry") that names someone mentioned before. */
  reference?: boolean;
}

const MAX_TOKENS = 12;
const TRAILING_PUNCTUATION = /[,;:!?)\]”»"'’.…]+$/u;
const LEADING_PUNCTUATION = /^[(\["“«„‘'‹»]+/u;
const ABBREVIATED = /^(?:\p{L}\.)+\p{L}?\.?$|^(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Jr|Sr|Inc|Ltd|Co|No)\.$/u;
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,6})$/iu;
const DEMONYMS =
  /^(?:Ukrainian|Russian|Kazakh|Kazakhstani|Kyrgyz|Kyrgyzstani|Tajik|Tajikistani|Uzbek|Uzbekistani|Turkmen|American|European|British|German|French|Chinese|Western|Soviet|Central|International|National|State|Federal|Islamic|Presidential|Foreign)$/u;
const CAPITALISED_FUNCTION_WORDS =
  /^(?:The|A|An|In|On|At|For|But|And|How|What|Why|Who|Where|When|After|Since|According|As|If|While|This|That|These|Those|It|Its|There|Here|Yet|So|Still|However|Moreover|Furthermore|Despite|Although|Meanwhile|Le|La|Les|Un|Une|Des|Dans|En|Selon|Pour|Mais|Et|Der|Die|Das|Ein|Eine|Im|Am|Laut|Nach|Und|Aber|В|На|По|И|Но|А|Как|Однако|Также|При)$/u;
const TIME_WORDS =
  /^(?:yesterday|today|now|then|later|still|also|meanwhile|maintenant|puis|désormais|jetzt|nun|dann|теперь|сейчас|потом|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|mardi|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|am|вчера|сегодня|в понедельник|накануне)$/iu;
const GENERIC_NAMES = /^(?:it|this|that|there|they|we|you|i|he|she|one|others?|many|some|all|everyone|nobody|(?:some\s+)?indications|(?:certain|some)\s+reports)$/iu;

const ELISION = /^(?:l|d)['’](?=\p{Lu})/u;

function words(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "iu");
}

const compiled = new WeakMap<Lexicon, { breaks: RegExp; determiners: RegExp; indefinites: RegExp; anonymous: RegExp; connectors: RegExp; prefixes: RegExp; pronouns: RegExp }>();

function rules(lexicon: Lexicon) {
  let r = compiled.get(lexicon);
  if (!r) {
    r = {
      breaks: words(lexicon.phraseBreaks),
      determiners: words(lexicon.determiners),
      indefinites: words(lexicon.indefinites),
      anonymous: words(lexicon.anonymousHeads),
      connectors: words(lexicon.nameConnectors),
      prefixes: new RegExp(`^(?:${lexicon.sourcePrefixes})\\s+`, "iu"),
      pronouns: words(lexicon.pronouns),
    };
    compiled.set(lexicon, r);
  }
  return r;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokensOf(text: string, offset: number): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The phrase that starts at `from` and runs to the first punctuation or clause word. */
export function phraseAfter(text: string, from: number, until: number, lexicon: Lexicon): TextSpan | null {
  const { breaks } = rules(lexicon);
  const kept: Token[] = [];
  for (const token of tokensOf(text.slice(from, until), from)) {
    let core = token.text;
    if (kept.length === 0) core = core.replace(LEADING_PUNCTUATION, "");
    else if (LEADING_PUNCTUATION.test(core)) break;
    if (kept.length > 0 && breaks.test(core)) break;
    // A plural possessive ("the migrants’ rights group") goes on into the noun it qualifies.
    if (/^\p{L}+s[’']$/u.test(core) && !/[’']/u.test(text.slice(from, token.start))) {
      kept.push({ text: core, start: token.start, end: token.end });
      continue;
    }
    const stripped = ABBREVIATED.test(core) || DOMAIN.test(core.replace(/[,;:)]+$/, "")) ? core.replace(/[,;:)”»"]+$/u, "") : core.replace(TRAILING_PUNCTUATION, "");
    const lead = kept.length === 0 ? token.text.length - token.text.replace(LEADING_PUNCTUATION, "").length : 0;
    const start = token.start + lead;
    if (stripped.length > 0) kept.push({ text: stripped, start, end: start + stripped.length });
    if (stripped !== core || kept.length >= MAX_TOKENS) break;
  }
  return spanOf(text, kept);
}

/**
 * The phrase that ends at `end`: the subject of a verb. An appositive between subject and verb
 * ("Caress Schenck, a political science professor at Nazarbayev University, acknowledges") is skipped.
 */
export function phraseBefore(text: string, start: number, end: number, lexicon: Lexicon): TextSpan | null {
  const { breaks, anonymous } = rules(lexicon);
  let before = text.slice(start, end).replace(/\s+$/u, "");
  if (before.endsWith(",")) {
    const inner = before.slice(0, -1);
    const comma = inner.lastIndexOf(",");
    const appositive = inner.slice(comma + 1).trim();
    // "The foundation's director, Valentina Kozhevnikova, denied": the name in apposition is the subject.
    if (comma >= 0 && /^\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}$/u.test(appositive) && /\p{Ll}/u.test(inner.slice(0, comma))) {
      const at = start + inner.indexOf(appositive, comma);
      return { text: appositive, start: at, end: at + appositive.length };
    }
    if (comma < 0 || !/^(?:a|an|the|one|un|une|le|la|l['’]|ein|eine|der|die|das|\p{Ll})/u.test(appositive)) return null;
    before = inner.slice(0, comma);
  }
  const tokens = tokensOf(before, start);
  const kept: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && kept.length < MAX_TOKENS; i--) {
    const token = tokens[i]!;
    if (kept.length > 0 && TRAILING_PUNCTUATION.test(token.text) && !ABBREVIATED.test(token.text)) break;
    const core = token.text.replace(LEADING_PUNCTUATION, "").replace(/[,;:)”»"]+$/u, "");
    // "a teacher at one of the clubs", "a senior official at a Western development bank": the place belongs to the description.
    const describedPlace = PLACE_PREPOSITION.test(core) && i > 0 && anonymous.test(tokens[i - 1]!.text.replace(/[,;:]+$/u, ""));
    if (breaks.test(core) && !describedPlace) break;
    const lead = token.text.length - token.text.replace(LEADING_PUNCTUATION, "").length;
    kept.unshift({ text: core, start: token.start + lead, end: token.start + lead + core.length });
    if (lead > 0) break;
  }
  return spanOf(text, kept);
}

/** "le porte-parole du ministère, Rouslan Issabekov": the name in apposition is the one to keep. */
export function appositiveName(text: string, phrase: TextSpan | null, until: number): TextSpan | null {
  if (!phrase) return phrase;
  const match = /^,\s*(\p{Lu}[\p{Ll}’'-]+(?:[ \u00a0]+\p{Lu}[\p{Ll}’'-]+){1,2})(?=[\s,.;:)]|$)/u.exec(text.slice(phrase.end, until));
  if (!match) return phrase;
  const start = phrase.end + match[0].indexOf(match[1]!);
  return { text: match[1]!, start, end: start + match[1]!.length };
}

function spanOf(text: string, tokens: Token[]): TextSpan | null {
  if (tokens.length === 0) return null;
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

function isNameToken(token: string, language: string): boolean {
  if (DOMAIN.test(token)) return true;
  if (/^\p{N}+$/u.test(token)) return false;
  if (language === "de") return /^\p{Lu}{2,}|^\p{Lu}\p{Ll}*[\p{Lu}\d]/u.test(token) || /^\p{Lu}/u.test(token);
  return /^[\p{Lu}]/u.test(token) || /^\p{N}+[\p{L}.]/u.test(token);
}

/** Turns a phrase into a source name, an anonymous description, or a reference to resolve. */
export function pickName(phrase: string, lexicon: Lexicon): NamePick | null {
  const r = rules(lexicon);
  let text = phrase.trim().replace(r.prefixes, "");
  if (lexicon.language === "en") {
    const by = /\b(?:by|from)\s+(?=\S)/giu;
    let last = -1;
    for (const m of text.matchAll(by)) last = m.index + m[0].length;
    if (last > 0) text = text.slice(last);
    text = text.replace(/\s+(?:data|figures|statistics|estimates|report|reports|survey)$/iu, "");
  }
  // French elision glues the article to the name: "l'AFP", "d'Amnesty"; inside a name it stays ("Département d’État").
  let tokens = text.split(/\s+/).filter(Boolean).map((t, i) => (i === 0 ? t.replace(ELISION, "") : t));
  // "a annoncé mercredi le ministère": the day is not part of the name.
  while (tokens.length > 1 && TIME_WORDS.test(tokens[0]!)) tokens = tokens.slice(1);
  const first = () => tokens[0] ?? "";
  if (tokens.length === 0) return null;
  if (tokens.length === 1 && r.pronouns.test(first())) return { name: first(), anonymous: false, reference: true };
  const indefinite = r.indefinites.test(first());
  while (tokens.length > 1 && (r.determiners.test(first()) || r.indefinites.test(first()))) tokens = tokens.slice(1);
  const language = lexicon.language;
  const anonymousHead = tokens.some((t) => r.anonymous.test(t.replace(/[’']s$/u, "")));
  // A capitalised "Sources" opening a sentence is still a description; "Civic Media Fund" is a name.
  const nameAt = tokens.map((t, i) => isNameToken(t.replace(ELISION, ""), language) && !(i === 0 && r.anonymous.test(t)));
  if (GENERIC_NAMES.test(tokens.join(" "))) return null;
  if (indefinite && anonymousHead) return { name: tokens.join(" "), anonymous: true };
  if (!nameAt.some(Boolean)) {
    if (anonymousHead || indefinite) return { name: tokens.join(" "), anonymous: true };
    return { name: tokens.join(" "), anonymous: false, reference: true };
  }
  if (language === "de") return finish(germanName(tokens));
  // The last run of name tokens, with connectors inside it ("Ministry of Foreign Affairs").
  let end = nameAt.lastIndexOf(true);
  let begin = end;
  while (begin > 0 && (nameAt[begin - 1] || (r.connectors.test(tokens[begin - 1]!) && begin > 1 && nameAt[begin - 2]))) begin--;
  if (end === begin && DEMONYMS.test(tokens[begin]!) && end < tokens.length - 1) end = tokens.length - 1;
  else if ((language === "fr" || language === "ru") && end < tokens.length - 1) end = tokens.length - 1;
  if ((language === "fr" || language === "ru") && begin > 0 && /^(?:minist\p{L}+|gouvernement|agence|commission|parquet|министерств\p{L}*|пресс-служб\p{L}*|ведомств\p{L}*|правительств\p{L}*|служб\p{L}*|комитет\p{L}*|банк\p{L}*|фонд\p{L}*|banque|fonds|fondation|office|institut)$/iu.test(first())) begin = 0;
  // "Национальный банк Кыргызской Республики": the institution noun and its capitalised adjective belong to the name.
  if (language === "ru" && begin > 0 && INSTITUTION_NOUN_RU.test(tokens[begin - 1]!)) {
    begin--;
    while (begin > 0 && nameAt[begin - 1]) begin--;
  }
  let picked = tokens.slice(begin, end + 1);
  picked[0] = picked[0]!.replace(ELISION, "");
  if (picked.length > 1 && /[’']s$/u.test(picked[0]!)) picked = picked.slice(1);
  if (picked.length > 1 && CAPITALISED_FUNCTION_WORDS.test(picked[0]!)) picked = picked.slice(1);
  return finish(picked.join(" "));
}

/** Nouns of roles and kinds of source that stand before a German name: "Politologe", "Wirtschaftsstaatssekretär", "Nachrichtenagentur". */
const GERMAN_ROLE =
  /(?:minister|sekretär|politolog|sprecher|direktor|chef|leiter|botschafter|präsident|anwalt|anwält|journalist|ökonom|analyst|experte|expertin|abgeordnete|vorsitzende|berater|forscher|wissenschaftler|professor|gouverneur|bürgermeister|agentur|seite|portal|zeitung|sender|organisation|plattform|magazin|dienst)(?:in|innen|en|e|er|s)?$/iu;
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|M|Mme|Mlle|Herr|Frau|г-н|г-жа)\.?$/u;

/**
 * German capitalises every noun, so the name is what follows the last role noun ("kasachische Politologe Marat
 * Sejtow" → "Marat Sejtow") and ends at the first lower-case word ("Stiftung hervorgeht" → "Stiftung").
 */
function germanName(tokens: string[]): string {
  let from = 0;
  tokens.forEach((t, i) => {
    if (i < tokens.length - 1 && GERMAN_ROLE.test(t) && /^\p{Lu}/u.test(tokens[i + 1]!)) from = i + 1;
  });
  while (from < tokens.length - 1 && HONORIFIC.test(tokens[from]!)) from++;
  const kept: string[] = [];
  const connector = /^(?:für|von|der|des|und|zu|am|ohne|de|du|la)$/u;
  for (const t of tokens.slice(from, from + 6)) {
    // A person's name ends before "von der Universität"; an institution's goes on ("Bundesministerium für wirtschaftliche Zusammenarbeit").
    if (kept.length > 0 && from > 0 && connector.test(t)) break;
    if (kept.length > 0 && /^\p{Ll}/u.test(t) && !connector.test(t) && !connector.test(kept.at(-1)!)) break;
    kept.push(t);
  }
  while (kept.length > 1 && /^(?:für|von|der|des|und|zu|am|ohne)$/u.test(kept.at(-1)!)) kept.pop();
  return kept.join(" ");
}

function finish(name: string): NamePick | null {
  const cleaned = name.replace(/^[\s,;:(«“"„]+|[\s,;:)»”"’.]+$/gu, "").replace(/^(?:Dr|Prof|Mr|Mrs|Ms|M|Mme|Mlle|Herr|Frau)\.?\s+(?=\p{Lu})/u, "");
  if (cleaned.length < 2 || GENERIC_NAMES.test(cleaned) || CAPITALISED_FUNCTION_WORDS.test(cleaned)) return null;
  return { name: cleaned, anonymous: false };
}

const PLACE_PREPOSITION = /^(?:at|in|à|bei|в)$/iu;

const INSTITUTION_NOUN_RU = /^(?:банк\p{L}*|фонд\p{L}*|министерств\p{L}*|комитет\p{L}*|служб\p{L}*|агентств\p{L}*|совет\p{L}*|суд\p{L}*|университет\p{L}*|институт\p{L}*|центр\p{L}*)$/u;

const ORGANISATION_WORD =
  /\b(?:Ministry|Ministère|Ministerium|Министерств\p{L}*|Bank|Banque|Банк\p{L}*|Foundation|Fund|Fondation|Stiftung|Фонд\p{L}*|Institute|Institut|Agency|Agence|Agentur|Агентств\p{L}*|Court|Council|Committee|Office|Service|Department|Government|University|Union|Organisation|Organization|Coordination|Center|Centre|News|Media|Radio|TV|Press|Group|Company|Association|Commission|Parliament|Kremlin)\b/iu;

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)*`;
const FULL_NAME = new RegExp(`${NAME_WORD}(?:[ \\u00a0]+${NAME_WORD}){1,4}`, "gu");
const TITLE = /^(?:President|Prime|Minister|Foreign|Professor|Prof|Dr|Mr|Mrs|Ms|General|Governor|Senator|Ambassador|Chairman|Director|Deputy|Secretary|Mayor|Judge|Colonel|Captain|Spokesman|Spokeswoman|Président|Ministre|Präsident|Minister|Президент|Министр)$/u;

// Buttons and links of newsletter boxes left in feed content ("Register", "Click here…") are no one's name.
const INTERFACE_WORDS = /^(?:Register|Click|Subscribe|Share|Download|Follow|Login|Sign|Donate|Tweet|Print|Email)$/u;

export function fullNames(text: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    let parts = m[0].split(/[ \u00a0]+/);
    // "Kyrgyzstan’s President Sadyr Japarov" → "Sadyr Japarov".
    const possessive = parts.findIndex((p) => /[’']s$/u.test(p));
    if (possessive >= 0 && possessive < parts.length - 2) parts = parts.slice(possessive + 1);
    if (parts.length > 3) parts = parts.slice(-3);
    while (parts.length > 0 && (CAPITALISED_FUNCTION_WORDS.test(parts[0]!) || TITLE.test(parts[0]!) || DEMONYMS.test(parts[0]!))) parts = parts.slice(1);
    if (parts.length < 2 || ORGANISATION_WORD.test(parts.join(" ")) || parts.some((p) => DEMONYMS.test(p) || INTERFACE_WORDS.test(p))) continue;
    found.push({ name: parts.join(" ").replace(/[’']s$/u, ""), index: m.index + m[0].lastIndexOf(parts[0]!) });
  }
  return found;
}

/**
 * People mentioned before `position`, in order: the last one is who "he" or "the researcher" usually is.
 * A surname alone ("Japarov") counts as the full name the article used before.
 */
export function peopleBefore(text: string, from: number, position: number): string[] {
  return peopleMentions(text, from, position).map((m) => m.name);
}

export function peopleMentions(text: string, from: number, position: number): { name: string; index: number }[] {
  // Quoted words are what someone said, not who is speaking.
  const unquoted = text.slice(0, position).replace(/[“«„"][^”»“"]*[”»“"]/gu, (q) => " ".repeat(q.length));
  const known = fullNames(unquoted);
  const bySurname = new Map(known.map((k) => [k.name.split(" ").at(-1)!, k.name]));
  const mentions: { name: string; index: number }[] = known.filter((k) => k.index >= from);
  for (const m of unquoted.slice(from).matchAll(new RegExp(NAME_WORD, "gu"))) {
    const word = m[0].replace(/[’']s$/u, "");
    const full = bySurname.get(word);
    if (full) mentions.push({ name: full, index: from + m.index });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

export function isOrganisationName(name: string): boolean {
  return ORGANISATION_WORD.test(name) || /^\p{Lu}{2,}/u.test(name) || DOMAIN.test(name);
}
