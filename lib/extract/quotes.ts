import { compiled, type Lexicon } from "./lexicon";
import { sentenceAt, pickPhrase, resolvePick, sentenceSubject, type ParagraphContext } from "./context";
import { appositiveName, fullNames, peopleMentions, phraseAfter, phraseBefore, pickName, type NamePick } from "./names";
import { sentencesOfParagraph, type TextSpan } from "../text/sentences";
import type { StatedSource } from "./types";

/**
 * Quotations with their speakers, whichever side the speaker stands on: "“…,” said X", "X said: “…”",
 * «…», — заявил X, „…“, sagte X, and quoted words inside reported speech ("X said the law would “…”").
 * Quoted words with no speaker are scare quotes, titles or names, not sources.
 */

const PAIRS: Record<string, string[]> = { "“": ["”", "“"], "«": ["»"], "„": ["“", "”"], "‘": ["’"], "»": ["«"], "‹": ["›"], '"': ['"'], "'": ["'"] };

export interface QuotedSpan {
  quote: string;
  /** From the opening to the closing mark, both included. */
  start: number;
  end: number;
}

/** An apostrophe ("don’t", "Moscow's", "l'AFP") neither opens nor closes a quotation. */
function opensQuote(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!PAIRS[ch]) return false;
  const previous = text[i - 1] ?? "";
  if ((ch === "‘" || ch === "'") && /\p{L}/u.test(previous)) return false;
  if (ch === "'" && !/\p{L}/u.test(text[i + 1] ?? "")) return false;
  return ch !== '"' || !/[\p{L}\p{N}]/u.test(previous);
}

function closesQuote(text: string, j: number, closers: string[]): boolean {
  const c = text[j]!;
  if (!closers.includes(c)) return false;
  return !((c === "’" || c === "'") && /\p{L}/u.test(text[j + 1] ?? ""));
}

export function findQuotedSpans(text: string, from: number, to: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const marks = /[“«„‘»‹"']/gu;
  let i = from;
  while (i < to) {
    marks.lastIndex = i;
    const mark = marks.exec(text);
    if (!mark || mark.index >= to) break;
    i = mark.index;
    if (!opensQuote(text, i)) {
      i++;
      continue;
    }
    const closers = PAIRS[text[i]!]!;
    let close = -1;
    for (let j = i + 1; j < to; j++) {
      if (closesQuote(text, j, closers)) {
        close = j;
        break;
      }
    }
    if (close < 0) {
      i++;
      continue;
    }
    const quote = text.slice(i + 1, close).trim();
    if (/\p{L}/u.test(quote)) spans.push({ quote, start: i, end: close + 1 });
    i = close + 1;
  }
  return spans;
}

interface Speaker {
  pick: NamePick;
  /** Where the words naming the speaker end, when they follow the quotation. */
  cueEnd: number;
  /** Named by a verb or a frame right beside the quotation: even one quoted word is then theirs. */
  credited: boolean;
  /** "X said that … “…”": the quotation sits inside X's reported speech. */
  embedded?: boolean;
  /** Named by "according to", "selon", "по словам": a short quoted term beside it is a scare quote. */
  bySourceCue?: boolean;
}

function verbAlternation(lexicon: Lexicon): string {
  return lexicon.quoteVerbs ? `${lexicon.reportingVerbs}|${lexicon.quoteVerbs}` : lexicon.reportingVerbs;
}

function verbPattern(context: ParagraphContext, flags = "iu"): RegExp {
  return compiled(`(?<![\\p{L}-])(?:${verbAlternation(context.lexicon)})(?![\\p{L}])`, flags);
}

const WORDS = /[\p{L}\p{N}]+/gu;
/** "Dr.", "Prof.", "U.S.": a full stop that ends no sentence. */
const ABBREVIATION = /\b(?:\p{Lu}\p{Ll}{0,3}|\p{L})\./gu;

/** Per-language constructions that name a speaker around a quotation. */
interface Frames {
  /** Who is spoken to, between a reporting verb and the speaker: "à RT France", "gegenüber RT DE", "в беседе с". */
  audience: RegExp;
  /** "zitiert den Anwalt X mit den Worten", "quoted X as saying": the quoted person is the object. */
  quotedObject?: RegExp;
  /** "Aus Regierungskreisen heißt es", "В Кремле заявили": an institution speaking as a place. */
  placeSpeaker?: RegExp;
  /** "Pour la politologue X, …", "Für den Experten X …": the sentence gives X's view. */
  viewpoint?: RegExp;
  /** A word that ends a speaker's name before an origin or a relative clause: "Эмиль из Джалал-Абада". */
  nameStop: RegExp;
  /** A participle of reporting whose subject is the sentence's subject: "…, claiming that …". */
  participles: RegExp;
}

const FRAMES: Record<string, Frames> = {
  en: {
    audience: /^(?:to|in an interview with|in a statement to|at)\s+(?:the\s+)?\S+\s*/iu,
    viewpoint: /^(?:According to)\s+((?:the\s+)?[^,“”"‘]{3,90}?),/u,
    quotedObject: /\b(?:quoted|quotes|quoting|cited|cites)\s+(.{3,120}?)\s+as\s+(?:saying|stating|telling)\b/iu,
    nameStop: /\s(?:who|which|whose|when)\s/u,
    participles: /\b(?:saying|adding|noting|stressing|explaining|claiming|arguing|writing|insisting|warning|declaring|stating|calling|describing)\b/iu,
  },
  fr: {
    audience: /^(?:à|au|aux|auprès d[eu]|auprès de l['’]|auprès de la|auprès des|devant)\s*(?:l['’]|la\s+|le\s+|les\s+)?\S+\s*/iu,
    viewpoint: /^(?:Pour|Selon|D['’]après)\s+((?:l['’]|la\s+|le\s+|les\s+)?[^,«»“”]{3,90}?),/u,
    nameStop: /\s(?:qui|dont|lors|pendant)\s|,\s+(?:qui|dont)\s/u,
    participles: /\b(?:affirmant|ajoutant|soulignant|expliquant|estimant|précisant|assurant|déclarant|qualifiant)\b/iu,
  },
  de: {
    audience: /^(?:gegenüber|im Gespräch mit|im Interview mit)\s+(?:de[mnr]\s+|die\s+|das\s+)?\S+(?:\s+\p{Lu}{2,}\b)?\s*/u,
    quotedObject: /\b(?:zitiert|zitierte|zitieren|zitierten)\s+(.{3,140}?)\s+mit\s+(?:den\s+Worten|der\s+Aussage|dem\s+Satz|der\s+Einschätzung)\b/u,
    placeSpeaker: /^(?:Aus|In|Von|Bei)\s+(.{3,80}?)\s+(?:heißt|hieß)\s+es\b/u,
    viewpoint: /^(?:Für)\s+((?:den|die|das)\s+[^,„“»«]{3,80}?)\s+(?:ist|sind|war|waren|steht|bleibt)\b/u,
    nameStop: /,\s+(?:der|die|das|welche[rs]?)\s/u,
    participles: /(?!)/u,
  },
  ru: {
    audience: /^(?:в беседе с|в интервью|в разговоре с|на вопросы?|журналистам|изданию|агентству|телеканалу|газете|в марте|в январе|в феврале|в апреле|в мае|в июне|в июле|в августе|в сентябре|в октябре|в ноябре|в декабре|накануне|ранее)\s*(?:\S+\s*)?/iu,
    placeSpeaker:
      /^(?:В|Во)\s+(\p{Lu}[\p{L}-]*(?:\s+(?!(?:на|о|об|в|по|с|за|к|от|ранее|уже|также|тогда|вчера|сегодня)\s)[\p{L}-]+){0,5}?)\s+(?:[^,.«»]{0,80}?\s)?(?:заявили|заявляли|сообщили|ответили|отметили|подчеркнули|пояснили|рассказали|уточнили|считают|говорят|подтвердили|признали)(?![\p{L}])/u,
    viewpoint: /^(?:По словам|По мнению|Для)\s+([^,«»“”]{3,90}?),/u,
    nameStop: /\s(?:из|который|которая|которые)\s|,\s*(?:который|которая|которые)\s/u,
    participles: /\b(?:заявив|отметив|добавив|подчеркнув|сказав|пояснив|уточнив)\b/iu,
  },
};

function framesOf(context: ParagraphContext): Frames {
  return FRAMES[context.lexicon.language] ?? FRAMES.en!;
}

const PREPOSITION_BEFORE = /(?:^|\s)(?:of|at|in|from|with|to|by|for|about|de|du|des|à|par|pour|avec|chez|aus|von|vom|mit|bei|zu|zum|im|für|gegenüber|über|с|со|к|от|для|из|в|во|на|о|об|при|у)\s+$/iu;
const SENTENCE_ADVERB = /^(?:Now|Then|Today|Yesterday|Still|Also|Meanwhile|Later|Here|There|Maintenant|Aujourd|Alors|Ensuite|Jetzt|Heute|Nun|Dann|Сейчас|Теперь|Сегодня|Тогда)$/u;
const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична|инична)$/u;
const GERMAN_COMMON_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ium|ismus|chen|nis|en)$/u;

/**
 * People named in a phrase: "political analyst Dr. Timur Sadykov of the Bishkek Institute" → "Timur Sadykov".
 * A name right after a preposition ("talks with Vladimir Putin", "residents of North Kazakhstan") is not
 * the one speaking.
 */
function peopleIn(context: ParagraphContext, text: string): { name: string; index: number }[] {
  const language = context.lexicon.language;
  const people = [];
  for (const found of fullNames(text)) {
    if (PREPOSITION_BEFORE.test(text.slice(0, found.index))) continue;
    // "Staatssekretärin Dr. Karin Wendland": a role and a title abbreviation are no name.
    if (text[found.index + found.name.length] === "." && /^\p{Lu}\p{Ll}{0,3}$/u.test(found.name.split(" ").at(-1)!)) continue;
    let parts = found.name.split(" ");
    // "Now Igor is on the hunt": a capitalised adverb opening the sentence is no first name.
    if (SENTENCE_ADVERB.test(parts[0]!)) parts = parts.slice(1);
    if (parts.length === 0) continue;
    if (language === "de" && (GERMAN_COMMON_NOUN.test(parts[0]!) || parts.some((p) => /(?:ung|heit|keit|schaft|tion|tät|ismus)$/u.test(p)))) continue;
    // Russian: "правительстве Таджикистана Саидмурод Рахимзода" — a genitive place before the name, unless
    // the middle word is a patronymic; "Kloop Бакыт Осмонов" — a Latin-script outlet before a Cyrillic name.
    if (language === "ru" && parts.length === 3 && !PATRONYMIC.test(parts[1]!)) parts = parts.slice(1);
    if (parts.length > 2 && /\p{Script=Latin}/u.test(parts[0]!) !== /\p{Script=Latin}/u.test(parts.at(-1)!)) parts = parts.slice(1);
    // German: "der kasachische Politologe Marat Sejtow" — after an article or adjective, the first word is a noun.
    if (language === "de" && parts.length > 2 && /(?:^|\s)(?:\p{Ll}+)\s+$/u.test(text.slice(0, found.index))) parts = parts.slice(1);
    people.push({ name: parts.join(" "), index: found.index + found.name.indexOf(parts[0]!) });
  }
  return people;
}

function speakerOfPhrase(context: ParagraphContext, phrase: TextSpan | null): NamePick | null {
  if (!phrase) return null;
  const person = peopleIn(context, phrase.text).at(-1);
  if (person) return { name: person.name, anonymous: false };
  return pickPhrase(context, phrase);
}

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Skips "to RT", "à RT France", "gegenüber RT DE", "в марте" between a verb and the speaker. */
function skipAudience(context: ParagraphContext, from: number, until: number): number {
  const audience = framesOf(context).audience;
  for (let round = 0; round < 3; round++) {
    const match = audience.exec(context.text.slice(from, until));
    if (!match || match[0].length === 0) break;
    from += match[0].length;
  }
  return from;
}

/**
 * The speaker named after a reporting verb: "…, — заявил в марте директор агентства Саидмурод Рахимзода",
 * "a expliqué à RT France le commandant adjoint de la base, le colonel Andreï Vakhrouchev".
 */
function speakerAfterVerb(context: ParagraphContext, verbEnd: number, until: number): { pick: NamePick; end: number } | null {
  const { text } = context;
  const skipped = skipAudience(context, verbEnd, until);
  const from = skipped + (text.slice(skipped, until).length - text.slice(skipped, until).trimStart().length);
  let rest = text.slice(from, until);
  const stop = framesOf(context).nameStop.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.replace(/[\s.!?…:;,]+$/u, "");
  const person = peopleIn(context, rest)[0];
  if (person) return { pick: { name: person.name, anonymous: false }, end: from + person.index + person.name.length };
  const phrase = appositiveName(text, phraseAfter(text, from, from + rest.length, context.lexicon), from + rest.length);
  const pick = pickPhrase(context, phrase);
  return pick ? { pick, end: phrase?.end ?? from } : null;
}

/** The speaker named after the closing mark: "…,” says a prison guard", «…», — заявил он. */
function speakerAfter(context: ParagraphContext, quoteStart: number, end: number, sentenceEnd: number): (Speaker & { byVerb: boolean }) | null {
  const rest = context.text.slice(end, sentenceEnd);
  const lead = /^[\s,.:;!?…]*(?:[—–-]\s*)?/u.exec(rest)![0];
  const body = rest.slice(lead.length);
  const base = end + lead.length;
  // French inversion: "a-t-il déclaré", "explique-t-il", "dit-elle".
  const french = /^(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+\p{L}+|\p{L}+-t-(?:il|elle|ils|elles)|\p{L}+-(?:il|elle|ils|elles))(?![\p{L}])/u.exec(body);
  if (french) return verbSpeaker(pronounSpeaker(context, quoteStart, french[0]), base + french[0].length);
  const according = compiled(`^(?:${context.lexicon.cuesBeforeSource})\\s+`, "iu").exec(body);
  if (according) {
    const phrase = phraseAfter(context.text, base + according[0].length, sentenceEnd, context.lexicon);
    const pick = pickPhrase(context, phrase);
    return pick ? { pick, cueEnd: phrase?.end ?? base, byVerb: false, credited: false } : null;
  }
  const verb = verbPattern(context).exec(body);
  if (!verb) return null;
  const between = body.slice(0, verb.index);
  const verbEnd = base + verb.index + verb[0].length;
  if (verb.index === 0) {
    const after = speakerAfterVerb(context, verbEnd, sentenceEnd);
    return after ? verbSpeaker(after.pick, after.end) : null;
  }
  if (/[.!?;]/u.test(between.replace(ABBREVIATION, ""))) return null;
  // "…,” Nagina, an office worker from Gorno-Badakhshan, explained": a name and its appositive.
  const appositive = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}),\s+(?:a|an|the|un|une|le|la|l['’]|ein|eine|der|die|das|\p{N}|\p{Ll})/u.exec(between);
  if (appositive) {
    const pick = pickName(appositive[1]!, context.lexicon);
    if (pick && !pick.reference) return verbSpeaker(pick, verbEnd);
  }
  const count = between.match(WORDS)?.length ?? 0;
  // "…,” political analyst Dr. Timur Sadykov of the Bishkek Institute of Strategic Studies told RT."
  const person = count > 6 && count <= 16 ? peopleIn(context, between)[0] : undefined;
  if (person) return verbSpeaker({ name: person.name, anonymous: false }, verbEnd);
  // "…,” he remembers" / "…”, Lapenko added": a short subject right before the verb.
  if (count > 6) return null;
  const pick = pickName(between.trim(), context.lexicon);
  const resolved = isPronoun(context, pick) ? pronounSpeaker(context, quoteStart, pick!.name) : resolvePick(context, pick, base);
  return verbSpeaker(resolved, verbEnd);
}

function verbSpeaker(pick: NamePick | null, cueEnd: number): (Speaker & { byVerb: boolean }) | null {
  return pick ? { pick, cueEnd, byVerb: true, credited: true } : null;
}

function isPronoun(context: ParagraphContext, pick: NamePick | null): boolean {
  return !!pick?.reference && compiled(`^(?:${context.lexicon.pronouns})$`, "iu").test(pick.name);
}

/** Leading adverbials that are not the subject: "On April 25, ", "À Kulob, dans le sud du pays, ". */
const INTRODUCTORY_CHUNK =
  /^(?:(?:In|On|At|For|After|Before|Despite|During|Since|With|Without|Under|Indeed|However|Meanwhile|Yet|Still|But|À|Au|Aux|Dans|En|Pour|Après|Avant|Depuis|Malgré|Lors|Pourtant|Mais|Im|Am|In|Nach|Vor|Seit|Trotz|Bei|Mit|Doch|Aber|В|Во|На|После|До|С|Несмотря|При|Однако|Но|\p{Ll})[^,]{0,70}),\s+/u;

/** "Thanks to some acquaintances and volunteers, Stepan…": a lower-case phrase before the first comma. */
const LOWER_CASE_CHUNK = /^\p{Lu}\p{Ll}*(?:\s+[\p{Ll}\p{N}’'-]+){1,10},\s+/u;

function withoutIntroduction(text: string): number {
  let skipped = 0;
  for (let round = 0; round < 2; round++) {
    const match = INTRODUCTORY_CHUNK.exec(text.slice(skipped)) ?? (round === 0 ? LOWER_CASE_CHUNK.exec(text) : null);
    if (!match) break;
    skipped += match[0].length;
  }
  return skipped;
}

/**
 * The person a sentence opens with, as the subject: "Ilyas, a 40-year old Kyrgyz citizen, worked…",
 * "À Kulob, …, Mavjouda élève seule…", "Yerlan Abenov, a sociologist…, estimated…". A pronoun or no person
 * gives null.
 */
function openingPerson(context: ParagraphContext, sentence: TextSpan): string | null {
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
function pronounSpeaker(context: ParagraphContext, position: number, pronoun: string): NamePick | null {
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
function sentencesBefore(context: ParagraphContext, position: number): TextSpan[] {
  const own = context.sentences.filter((s) => s.end <= position + 1);
  if (own.length >= 3 || context.lookbackStart >= context.paragraph.start) return own;
  const previous = context.text.slice(context.lookbackStart, context.paragraph.start).trimEnd();
  return [...sentencesOfParagraph({ text: previous, start: context.lookbackStart, end: context.lookbackStart + previous.length }, context.lexicon.language), ...own];
}

/** "Destination Kazakhstan – A report from Kostanay": a name opening a title line, not a person. */
function isHeading(text: string, name: string): boolean {
  const words = name.split(/\s+/u).map(escapeRegExp).join("[ \\u00a0]+");
  return new RegExp(`(?:^|\\n)[ \\t\\u00a0]*${words}(?:[ \\t\\u00a0]*|[ \\u00a0]+[–—:-][^\\n]*[^.!?…"”»\\n])(?:\\n|$)`, "u").test(text);
}

/** A speaker of an earlier quotation whom the sentence names. */
function quotedPersonIn(context: ParagraphContext, sentence: TextSpan): string | null {
  const text = unquoted(context, sentence.start, sentence.end);
  const speaker = [...context.found].reverse().find((s) => s.kind === "quote" && !s.anonymous && s.start < sentence.start && new RegExp(`(?<![\\p{L}])${escapeRegExp(s.name)}(?![\\p{L}])`, "u").test(text));
  return speaker?.name ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Blanks out quoted words, so verbs and names inside an earlier quotation are not read as the frame. */
function unquoted(context: ParagraphContext, from: number, to: number): string {
  return context.text.slice(from, to).replace(/[“«„"‘][^”»“"’]*[”»“"’]/gu, (q) => " ".repeat(q.length));
}

/**
 * The subject of a verb before a quotation: "A senior official at a Western development bank, who asked
 * not to be named, said…", "Директор центра Динара Сеитова в беседе с агентством назвала…".
 */
function subjectOf(context: ParagraphContext, clauseStart: number, verbStart: number, verbEnd: number, quoteStart: number): NamePick | null {
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

const INSTITUTION_HEAD =
  /^(?:ministère|gouvernement|parquet|présidence|ambassade|département|administration|mairie|министерств\p{L}*|правительств\p{L}*|ведомств\p{L}*|посольств\p{L}*|администраци\p{L}*|прокуратур\p{L}*|ministry|government|office|embassy|presidency|administration|prosecutors?|Ministerium|Regierung|Behörden?|Botschaft|Staatsanwaltschaft)$/iu;

/** "Le ministère de l’information", "the prosecutor general's office": an institution named by what it is. */
function institutionNamed(context: ParagraphContext, phrase: string): NamePick | null {
  const determiners = compiled(`^(?:(?:${context.lexicon.determiners})\\s+|l['’])`, "iu");
  const words = phrase.replace(determiners, "").replace(/^\p{L}+[’']s\s+/u, "").split(/\s+/u);
  const head = ["en", "de"].includes(context.lexicon.language) ? words.at(-1) : words[0];
  return head && INSTITUTION_HEAD.test(head) ? { name: words.join(" "), anonymous: false } : null;
}

const GERMAN_FRONTED = /^(?:Am|Im|In|Nach|Vor|Bei|Aus|Zuletzt|Dazu|Dort|Damals|Zudem|Auch|Zuvor|Jetzt|Nun|Gestern|Heute|So|Dabei|Offiziell|Inoffiziell|Öffentlich|Später|Danach|Daraufhin|Allerdings|Trotzdem|Dennoch|Deshalb|Darum|Seit|Mit|Von|Über|Gegenüber|Auf)$/u;

/**
 * German puts one element before the finite verb: the subject ("Der Politologe Marat Sejtow sagte") or
 * something else, and then the subject follows the verb ("Offiziell betont Präsident X").
 */
function germanSubject(context: ParagraphContext, clauseStart: number, verbStart: number, verbEnd: number, quoteStart: number): NamePick | null {
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
function germanDescription(context: ParagraphContext, phrase: string): NamePick | null {
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
function mainSubject(context: ParagraphContext, sentence: TextSpan): NamePick | null {
  const skip = withoutIntroduction(sentence.text);
  const tokens = [...sentence.text.slice(skip).matchAll(/\S+/gu)];
  const finite = tokens.findIndex((t, i) => i > 0 && /^(?:\p{Ll}+ed|\p{Ll}+n[’']t|is|was|are|were|has|have|had|did|does|will|would|can|could|a|ont|est|sont|avait|\p{Ll}+(?:ал|ил|ел|ла|ли|ло))$/u.test(t[0]));
  if (finite < 1) return null;
  const end = sentence.start + skip + tokens[finite]!.index;
  return speakerOfPhrase(context, span(context.text, sentence.start + skip, end));
}

/** A named frame before the quotation: "zitiert X mit den Worten", "Aus X heißt es", "Pour X, …", "В X заявили". */
function speakerOfFrame(context: ParagraphContext, before: string, sentenceStart: number): NamePick | null {
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

const SOURCE_CUE_OPENING = /^(?:According to|Selon|D['’]après|По словам|По мнению)\s/iu;

/** The speaker named before the opening mark: "He explained: “…”", "X said the law would “…”". */
function speakerBefore(context: ParagraphContext, start: number, sentence: TextSpan): Speaker | null {
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
const NOUN_OR_VERB = /^(?:state|states|reports|report|claims|claim|notes|remarks|estimates|shows|show|highlights|mentions|comments|warns|calls|alleges)$/iu;

/** "recognition of the DPR and LPR as independent states as “…”": the word is a noun there, not the verb. */
function isNounUse(context: ParagraphContext, text: string, index: number, word: string): boolean {
  if (context.lexicon.language !== "en" || !NOUN_OR_VERB.test(word)) return false;
  const next = text.slice(index + word.length);
  if (/^\s*(?:that\b|[:,“"‘])/u.test(next)) return false;
  const previous = /(\S+)\s+$/u.exec(text.slice(0, index))?.[1] ?? "";
  return /^\p{Ll}/u.test(previous) && !compiled(`^(?:${context.lexicon.pronouns}|who|which|also|it)$`, "iu").test(previous);
}

/** "were labeled as a “…”", "wurde als „…“ bezeichnet": the subject of a passive is not the speaker. */
const PASSIVE = /(?:^|\s)(?:was|were|been|being|is|are|wurde|wurden|worden|a été|ont été|est|sont|был[аио]?|были)\s+$/iu;

/** A clause of its own starts after a semicolon or "; while", "mais", "а": its verb has its own subject. */
function clauseStartBefore(context: ParagraphContext, sentenceStart: number, verbStart: number): number {
  const before = context.text.slice(sentenceStart, verbStart);
  let start = sentenceStart;
  for (const m of before.matchAll(/(?:;|,\s+(?:while|whereas|but|and|alors que|tandis que|mais|et|а|но|и|während|aber|und|doch))\s+/giu)) start = sentenceStart + m.index + m[0].length;
  return start;
}

/** "« Le pouvoir, a lancé devant le tribunal la rédactrice en chef X, veut… »": the speaker inside the marks. */
function speakerInside(context: ParagraphContext, quoted: QuotedSpan): Speaker | null {
  const inner = context.text.slice(quoted.start + 1, quoted.end - 1);
  const incise = compiled(`,\\s*((?:${verbAlternation(context.lexicon)})|\\p{L}+-t-(?:il|elle)|\\p{L}+-(?:il|elle))(?![\\p{L}])([^,]{0,90}),\\s`, "iu").exec(inner);
  if (!incise) return null;
  const at = quoted.start + 1 + incise.index + incise[0].indexOf(incise[1]!);
  if (/-(?:il|elle)$/iu.test(incise[1]!)) {
    const pick = pronounSpeaker(context, quoted.start, incise[1]!);
    return pick ? { pick, cueEnd: quoted.end, credited: true } : null;
  }
  const named = speakerAfterVerb(context, at + incise[1]!.length, at + incise[1]!.length + incise[2]!.length);
  return named ? { pick: named.pick, cueEnd: quoted.end, credited: true } : null;
}

/** «Сарыарка Медиа Групп», ‘Day of Remembrance and Honour’: a name in quotation marks, not words said. */
function isQuotedName(quote: string, language: string): boolean {
  const words = quote.replace(/[,.;:!?]+$/u, "").split(/\s+/u);
  if (words.length > 6) return false;
  const content = words.filter((w) => /\p{L}{4,}/u.test(w));
  // German capitalises every noun: „Desinformation“ may be a word someone used.
  return content.length > (language === "de" ? 1 : 0) && content.every((w) => /^[«“"(]?\p{Lu}/u.test(w));
}

/**
 * "»…«, erzählt Malika, eine Lehrerin aus Kulob, »und…«", "“…,” he said, “is not…”": the second half of a
 * quotation broken by its speaker goes on in lower case, a few words after the first.
 */
function continuesPrevious(text: string, previousEnd: number, quoted: QuotedSpan): boolean {
  const between = text.slice(previousEnd, quoted.start);
  if (/[.!?“”«»„"]/u.test(between) || (between.match(WORDS)?.length ?? 0) > 6) return false;
  return /^\p{Ll}/u.test(quoted.quote);
}

/** The person a sentence is about, when the quotation in it is theirs to say; "by Vladimir Putin" is not. */
function quoteSubject(context: ParagraphContext, sentence: TextSpan): NamePick | null {
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

/** "Präsident X hatte die Beziehungen als „strategische Allianz“ bezeichnet.": the verb closes the clause. */
function speakerOfFinalVerb(context: ParagraphContext, quoted: QuotedSpan, sentence: TextSpan): Speaker | null {
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

/** The sentence before, when it is about a person: "Khushbakht Peruzaliev … was harmed …. “Half of the group…”". */
function previousSentencePerson(context: ParagraphContext, sentence: TextSpan): NamePick | null {
  const index = context.sentences.indexOf(sentence);
  const previous = context.sentences[index - 1];
  if (!previous) return null;
  const person = openingPerson(context, previous);
  return person ? { name: person, anonymous: false } : null;
}

interface PreviousSpeaker {
  name: string;
  anonymous: boolean;
  /** Where the previous quotation, with the words naming its speaker, ends. */
  end: number;
  /** The speaker was named after the quotation, so the quotation may go on after the name. */
  interposed: boolean;
}

/** A speaker no cue names: the sentence's subject, the speaker of the quotation before, or the person the sentence before is about. */
function uncuedSpeaker(context: ParagraphContext, quoted: QuotedSpan, sentence: TextSpan, words: number, previousSpeaker: PreviousSpeaker | null): NamePick | null {
  // The person the sentence is about, when the quotation is theirs to say (three words or more).
  if (words >= 3 && sentence.start < quoted.start) {
    const subject = quoteSubject(context, sentence);
    if (subject) return subject;
  }
  if (words < 4) return null;
  // A quotation that goes on right after the speaker's previous one ("“…,” he said. “…”").
  const previous = context.sentences[context.sentences.indexOf(sentence) - 1];
  if (previousSpeaker && previous && previousSpeaker.end > previous.start && previousSpeaker.end <= previous.end + 1) return { name: previousSpeaker.name, anonymous: previousSpeaker.anonymous };
  // A sentence that is all quotation, after one about a person.
  return sentence.start === quoted.start ? previousSentencePerson(context, sentence) : null;
}

export function findQuotes(article: ParagraphContext): StatedSource[] {
  const { text, paragraph } = article;
  const sources: StatedSource[] = [];
  // Pronouns may stand for a speaker quoted earlier in this same paragraph.
  const context: ParagraphContext = { ...article, found: [...article.found] };
  let previousSpeaker: PreviousSpeaker | null = null;
  for (const quoted of findQuotedSpans(text, paragraph.start, paragraph.end)) {
    const words = quoted.quote.match(WORDS)?.length ?? 0;
    if (previousSpeaker?.interposed && continuesPrevious(text, previousSpeaker.end, quoted)) continue;
    if (isQuotedName(quoted.quote, context.lexicon.language)) continue;
    const first = sentenceAt(context, quoted.start)!;
    const last = sentenceAt(context, Math.max(quoted.start, quoted.end - 1))!;
    const after = speakerAfter(context, quoted.start, quoted.end, last.end);
    // "in the “special military operation”, according to …": a term in quotation marks, then a source.
    if (after && !after.byVerb && words <= 4) continue;
    const before = first.start < quoted.start ? speakerBefore(context, quoted.start, first) : null;
    // "le ministère a informé X que … « … », raconte Vlast.kz": the quotation is the ministry's.
    let speaker: Speaker | null = before?.embedded && after ? before : (after ?? speakerInside(context, quoted) ?? before ?? speakerOfFinalVerb(context, quoted, last));
    const pick: NamePick | null = speaker ? null : uncuedSpeaker(context, quoted, first, words, previousSpeaker);
    if (pick) speaker = { pick, cueEnd: quoted.end, credited: false };
    if (!speaker) continue;
    // Two quoted words or fewer need a speaker credited beside them, or they are a scare quote.
    if (words <= 2 && !speaker.credited) continue;
    if (words <= 4 && speaker.bySourceCue) continue;
    const cueEnd = Math.max(quoted.end, speaker === after ? after.cueEnd : quoted.end);
    const sentence = text.slice(first.start, Math.max(last.end, cueEnd));
    const name: string = speaker.pick.name;
    const anonymous: boolean = speaker.pick.anonymous;
    const source: StatedSource = { kind: "quote", name, url: null, domain: null, quote: quoted.quote, anonymous, sentence, start: quoted.start, end: cueEnd };
    sources.push(source);
    context.found.push(source);
    previousSpeaker = { name, anonymous, end: cueEnd, interposed: cueEnd > quoted.end };
  }
  return sources;
}
