import type { TextSpan } from "../text/sentences";
import { type ParagraphContext, pickPhrase } from "./context";
import { compiled, type Lexicon } from "./lexicon";
import { fullNames, type NamePick } from "./names";

/** What every speaker search shares: the per-language frames around a quotation and the people a phrase names. */

export interface Speaker {
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

export function verbAlternation(lexicon: Lexicon): string {
  return lexicon.quoteVerbs ? `${lexicon.reportingVerbs}|${lexicon.quoteVerbs}` : lexicon.reportingVerbs;
}

export function verbPattern(context: ParagraphContext, flags = "iu"): RegExp {
  return compiled(`(?<![\\p{L}-])(?:${verbAlternation(context.lexicon)})(?![\\p{L}])`, flags);
}

/** "Dr.", "Prof.", "U.S.": a full stop that ends no sentence. */
export const ABBREVIATION = /\b(?:\p{Lu}\p{Ll}{0,3}|\p{L})\./gu;

/** Per-language constructions that name a speaker around a quotation. */
export interface Frames {
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

export const FRAMES: Record<string, Frames> = {
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
    audience: new RegExp(
      String.raw`^(?:${[
        "в беседе с", "в интервью", "в разговоре с", "на вопросы?", "журналистам", "изданию", "агентству",
        "телеканалу", "газете", "в марте", "в январе", "в феврале", "в апреле", "в мае", "в июне", "в июле",
        "в августе", "в сентябре", "в октябре", "в ноябре", "в декабре", "накануне", "ранее",
      ].join("|")})\s*(?:\S+\s*)?`,
      "iu",
    ),
    placeSpeaker:
      /^(?:В|Во)\s+(\p{Lu}[\p{L}-]*(?:\s+(?!(?:на|о|об|в|по|с|за|к|от|ранее|уже|также|тогда|вчера|сегодня)\s)[\p{L}-]+){0,5}?)\s+(?:[^,.«»]{0,80}?\s)?(?:заявили|заявляли|сообщили|ответили|отметили|подчеркнули|пояснили|рассказали|уточнили|считают|говорят|подтвердили|признали)(?![\p{L}])/u,
    viewpoint: /^(?:По словам|По мнению|Для)\s+([^,«»“”]{3,90}?),/u,
    nameStop: /\s(?:из|который|которая|которые)\s|,\s*(?:который|которая|которые)\s/u,
    participles: /\b(?:заявив|отметив|добавив|подчеркнув|сказав|пояснив|уточнив)\b/iu,
  },
};

export function framesOf(context: ParagraphContext): Frames {
  return FRAMES[context.lexicon.language] ?? FRAMES.en!;
}

/** Tests that keep a name from being taken for the speaker; `peopleIn` explains each. */
export const PREPOSITION_BEFORE = /(?:^|\s)(?:of|at|in|from|with|to|by|for|about|de|du|des|à|par|pour|avec|chez|aus|von|vom|mit|bei|zu|zum|im|für|gegenüber|über|с|со|к|от|для|из|в|во|на|о|об|при|у)\s+$/iu;

export const SENTENCE_ADVERB = new RegExp(
  String.raw`^(?:${[
    "Now", "Then", "Today", "Yesterday", "Still", "Also", "Meanwhile", "Later", "Here", "There", "Maintenant",
    "Aujourd", "Alors", "Ensuite", "Jetzt", "Heute", "Nun", "Dann", "Сейчас", "Теперь", "Сегодня", "Тогда",
  ].join("|")})$`,
  "u",
);

export const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична|инична)$/u;

export const GERMAN_COMMON_NOUN = /(?:ung|heit|keit|schaft|tion|tät|ium|ismus|chen|nis|en)$/u;

/**
 * People named in a phrase: "political analyst Dr. Timur Sadykov of the Bishkek Institute" → "Timur Sadykov".
 * A name right after a preposition ("talks with Vladimir Putin", "residents of North Kazakhstan") is not
 * the one speaking.
 */
export function peopleIn(context: ParagraphContext, text: string): { name: string; index: number }[] {
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

export function speakerOfPhrase(context: ParagraphContext, phrase: TextSpan | null): NamePick | null {
  if (!phrase) return null;
  const person = peopleIn(context, phrase.text).at(-1);
  if (person) return { name: person.name, anonymous: false };
  return pickPhrase(context, phrase);
}

export function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Leading adverbials that are not the subject: "On April 25, ", "À Kulob, dans le sud du pays, ". */
export const INTRODUCTORY_CHUNK =
  /^(?:(?:In|On|At|For|After|Before|Despite|During|Since|With|Without|Under|Indeed|However|Meanwhile|Yet|Still|But|À|Au|Aux|Dans|En|Pour|Après|Avant|Depuis|Malgré|Lors|Pourtant|Mais|Im|Am|In|Nach|Vor|Seit|Trotz|Bei|Mit|Doch|Aber|В|Во|На|После|До|С|Несмотря|При|Однако|Но|\p{Ll})[^,]{0,70}),\s+/u;

/** "Thanks to some acquaintances and volunteers, Stepan…": a lower-case phrase before the first comma. */
export const LOWER_CASE_CHUNK = /^\p{Lu}\p{Ll}*(?:\s+[\p{Ll}\p{N}’'-]+){1,10},\s+/u;

export function withoutIntroduction(text: string): number {
  let skipped = 0;
  for (let round = 0; round < 2; round++) {
    const match = INTRODUCTORY_CHUNK.exec(text.slice(skipped)) ?? (round === 0 ? LOWER_CASE_CHUNK.exec(text) : null);
    if (!match) break;
    skipped += match[0].length;
  }
  return skipped;
}
