import { compiled } from "./lexicon";
import { pickPhrase, resolvePick, sameName, type ParagraphContext } from "./context";
import { phraseAfter, phraseBefore, pickName } from "./names";
import { describedAntecedent, describedKind, eitherCase, isCommonWord } from "./party-antecedents";
import type { TextSpan } from "../text/sentences";

/**
 * Who stands in a funding frame's slots: the subject before the cue, the object after it, the phrase a
 * preposition introduces. A party is a name, or a short description ("the state budget"), never a pronoun.
 */

const RELATIVE = /,?\s*(?<![\p{L}])(?:which|who|that|qui|который|которая|которое|которые|die|der|das)\s*(?:is|was|are|were|est|sont|ist|wird)?\s*$/iu;

/**
 * A funder or recipient: a name, or a description such as "the state budget" (never a bare pronoun). A
 * party named by its kind ("the outlet") is the name the article gave that kind before, when it gave one.
 */
export function party(context: ParagraphContext, phrase: TextSpan | null): string | null {
  const name = namedParty(context, phrase);
  const kind = name && phrase ? describedKind(context, name) : null;
  if (!kind || !phrase) return name;
  // "d’une fondation moscovite, Evrazia-Dialog": the description's apposition is the name.
  const appositive = appositiveAfter(context, phrase);
  if (appositive) return appositive;
  // A kind the article never named is most likely what the sentence before was about ("Aikyn Media was
  // registered in 2018. Since then, the company…"), as a subject carries on from one sentence to the next.
  return describedAntecedent(context, kind, phrase.start) ?? openingName(context, phrase.start) ?? name;
}

function namedParty(context: ParagraphContext, phrase: TextSpan | null): string | null {
  if (!phrase) return null;
  phrase = withoutMoneyHead(phrase);
  const pronoun = pronounParty(context, phrase);
  if (pronoun !== undefined) return pronoun;
  // "a company linked to the Russian state": the party is the company, described by the name, not the name.
  const linked = compiled(`^(?:(?:${context.lexicon.indefinites})\\s+)((?:\\p{Ll}[\\p{L}-]*\\s+){1,2}(?:linked|connected|close|affiliated|tied|liée?s?|proches?|связанн\\p{L}*|близк\\p{L}*|mit\\s+Verbindungen|nahestehend\\p{L}*)\\s+(?:to|with|à|au|aux|de|du|с|со|zu|zum|zur|dem|der)\\s+[^,.;]{2,60})`, "u").exec(phrase.text.trim());
  if (linked) return linked[1]!.replace(/\s+(?:(?:between|entre|in|en|since|depuis|from|de|von|zwischen|с|в)\s+)?(?:19|20)\d\d.*$/u, "").trim();
  // "au budget de l’État", "des Staatshaushalts": a budget is named as a budget, not as the state it belongs to.
  const budget = /^(?:(?:le|la|l['’]|the|der|die|das|den|dem)\s*)?((?:budget|Haushalt|Staatshaushalt)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|der\s+|of\s+the\s+)\s*\p{Lu}[\p{L}-]*)/u.exec(phrase.text.trim());
  if (budget) return budget[1]!;
  // "Open Prairie entre 2019 et 2023": the years are the claim's period, not the party's name.
  const year = /\s+(?:(?:(?:en|in|в|im|entre|between|von)\s+)?(?:19|20)\d\d\b|(?:last|this|next)\s+(?:year|month|week)|l['’]an(?:née)? derni(?:er|ère)|(?:im\s+)?(?:vergangenen|letzten)\s+Jahr|letztes\s+Jahr|в\s+прошлом\s+году|за\s+(?:последн\p{L}+\s+)?(?:год|\d+\s+(?:года|лет)))/u.exec(phrase.text);
  // "Depuis 2015, le média": a date opening the phrase is followed by the party.
  const afterDate = year ? /^\s*,\s*/u.exec(phrase.text.slice(year.index + year[0].length)) : null;
  if (year && afterDate && /^\p{L}+$/u.test(phrase.text.slice(0, year.index).trim())) {
    const from = year.index + year[0].length + afterDate[0].length;
    return namedParty(context, { text: phrase.text.slice(from), start: phrase.start + from, end: phrase.end });
  }
  if (year && year.index > 0) phrase = { text: phrase.text.slice(0, year.index), start: phrase.start, end: phrase.start + year.index };
  const channel = /\s+(?:through|via|через|par l['’]intermédiaire d(?:e la|e l['’]|u|es|e)|par le biais d(?:e la|e l['’]|u|es|e)|über)\s*/iu.exec(phrase.text);
  if (channel) {
    const first = { text: phrase.text.slice(0, channel.index), start: phrase.start, end: phrase.start + channel.index };
    const second = { text: phrase.text.slice(channel.index + channel[0].length), start: first.end + channel[0].length, end: phrase.end };
    const names = [party(context, first), party(context, second)].filter(Boolean);
    return names.length ? names.join(" through ") : null;
  }
  // "Kitobkhona-Pamir et fonctionne grâce à…": a conjunction before lower-case words only joins clauses, not names
  // ("employees and grantees of the American Soros Foundation" goes on to a name).
  const clause = /\s(?:et|and|und|и)\s+(?!(?:the|la|le|les|l['’]|der|die|das|den|dem|de|du|des)\s)\p{Ll}/u.exec(phrase.text);
  if (clause && !/\p{Lu}/u.test(phrase.text.slice(clause.index))) phrase = { text: phrase.text.slice(0, clause.index), start: phrase.start, end: phrase.start + clause.index };
  // "its rise was paid for…", "ТОО", "son budget": a possessive or a bare legal form stands for what was named before.
  if (/^(?:its|their|son|sa|ses|leur|sein|seine|ihr|ihre|его|её|ее|их)\s+\p{Ll}/u.test(phrase.text)) return previousSubject(context, phrase.start);
  // "Проект реализуется при поддержке": a Russian name phrase ends before the verb (the names rules run on to the end).
  const verb = context.lexicon.language === "ru" ? /\s\p{Ll}+(?:ется|ются|ет|ют|ит|ят|ил[аио]?|ал[аио]?|ял[аио]?|ся|сь)(?=\s|$)/u.exec(phrase.text) : null;
  if (verb) phrase = { text: phrase.text.slice(0, verb.index), start: phrase.start, end: phrase.start + verb.index };
  // "Le projet a été lancé avec le soutien de…": an auxiliary ends the name phrase.
  const auxiliary = /\s(?:is|was|are|were|has|have|had|will|a|ont|est|sont|était|avait|sera|ist|wird|wurde|hat|haben|sind|war)\s/u.exec(phrase.text);
  if (auxiliary && auxiliary.index > 0) phrase = { text: phrase.text.slice(0, auxiliary.index), start: phrase.start, end: phrase.start + auxiliary.index };
  const finalAuxiliary = /\s(?:is|was|are|were|est|sont|était|ist|wird|wurde|sind|war)$/u.exec(phrase.text);
  if (finalAuxiliary) phrase = { text: phrase.text.slice(0, finalAuxiliary.index), start: phrase.start, end: phrase.start + finalAuxiliary.index };
  // "the Swedish government": a demonym names the party together with its institution.
  const institution = context.lexicon.language === "en" ? /^(?:the\s+)?(\p{Lu}\p{L}+\s+(?:government|state|embassy|ministry|authorities|budget|parliament|side))(?![\p{L}])/u.exec(phrase.text) : null;
  if (institution) return institution[1]!;
  // "компании «Кыргыз Ресурс»", "ОсОО „Медиа Стратегия“": a name in quotation marks is the party's own name.
  const quoted = quotedName(context.text, phrase);
  if (quoted) return quoted;
  const legal = /^(?:ТОО|ОсОО|ООО|АО|ОАО|ЗАО|GmbH)$/u.exec(phrase.text.trim());
  if (legal) return [...context.text.slice(context.lookbackStart, phrase.start).matchAll(new RegExp(`${legal[0]}\\s*[«„]([^»“”]{2,60})[»“”]`, "gu"))].at(-1)?.[1] ?? null;
  // "Оно получило…": a bare pronoun, capitalised at the start of the sentence, stands for the sentence before's subject.
  if (/^(?:it|оно|она|он|il|elle|es|sie|er)$/iu.test(phrase.text.trim())) return previousSubject(context, phrase.start);
  // "L’Union européenne" opening a sentence: the elided article is no part of the name.
  const pick = pickName(phrase.text.replace(/^[LlDd]['’](?=\p{Lu})/u, ""), context.lexicon);
  if (!pick) return null;
  if (!pick.reference) return resolvePick(context, pick, phrase.start)?.name.replace(/[’']s$/u, "") ?? null;
  const resolved = resolvePick(context, pick, phrase.start);
  if (resolved) return resolved.name;
  // "Vlast.kz is a news site in Almaty. It received $50,000…": "it" is what the sentence before is about.
  if (/^(?:it|оно|она|он|il|elle|es|sie|er)$/iu.test(pick.name)) return previousSubject(context, phrase.start);
  // "d’une fondation moscovite, Evrazia-Dialog": the description's apposition is the name.
  const appositive = appositiveAfter(context, phrase);
  if (appositive) return appositive;
  const description = phrase.text.replace(compiled(`^(?:(?:${context.lexicon.determiners})\\s+)+`, "iu"), "").trim();
  return description.split(/\s+/).length <= 5 && !compiled(`^(?:${context.lexicon.pronouns})$`, "iu").test(description) ? description : null;
}

const SINGULAR_PRONOUNS = String.raw`it|its|him|her|lui|son|sa|ses|il|elle|он|она|оно|его|её|ее|ему|ей|нему|ней|него|неё|er|es|ihm|ihn|sein|seine|seiner|seinem|seinen|seines`;
const PLURAL_PRONOUNS = String.raw`they|them|their|ils|elles|leur|leurs|eux|они|их|им|ним|них|ihnen`;
// "sie" and "ihr(e)" are "she/her" or "they/their": the sentence before decides.
const EITHER_PRONOUNS = String.raw`sie|ihr|ihre|ihrer|ihrem|ihren`;
const SHARE_OF = String.raw`most of|much of|part of|some of|all of|la plupart de|une partie de|l['’]essentiel de|большую часть|большая часть|часть|der Großteil|den Großteil|ein Teil|einen Teil`;

/**
 * A pronoun, or a possessive before what it owns ("its budget", "son financement", "Seine Finanzierung"),
 * stands for the subject of the sentence before: all the names of a coordinated subject for a plural.
 * Undefined when the phrase is no pronoun.
 */
export function pronounParty(context: ParagraphContext, phrase: TextSpan): string | null | undefined {
  const rest = context.lexicon.language === "de" ? String.raw`(?:\s+[\p{L}-]+){0,2}` : String.raw`(?:\s+\p{Ll}[\p{L}-]*){0,3}`;
  const object = OBJECT_PRONOUN.exec(phrase.text.trim());
  if (object) return resolvePronoun(context, object[0], phrase.start);
  const match = compiled(`^(?:(?:${SHARE_OF})\\s+)?(${SINGULAR_PRONOUNS}|${PLURAL_PRONOUNS}|${EITHER_PRONOUNS})${rest}$`, "iu").exec(phrase.text.trim());
  if (!match) return undefined;
  return resolvePronoun(context, match[1]!, phrase.start);
}

// An object pronoun is the party whatever follows it: "ему 230 тыс. долларов", "ihm 230.000 US-Dollar".
const OBJECT_PRONOUN = /^(?:him|them|lui|leur|ему|ей|им|нему|ней|ним|ihm|ihnen)(?![\p{L}])/iu;

function resolvePronoun(context: ParagraphContext, pronoun: string, position: number): string | null {
  const word = pronoun.toLowerCase();
  const coordinated = coordinatedPreviousSubject(context, position);
  const plural = compiled(`^(?:${PLURAL_PRONOUNS})$`, "u").test(word) || (compiled(`^(?:${EITHER_PRONOUNS})$`, "u").test(word) && coordinated !== null);
  return plural ? coordinated : previousSubject(context, position);
}

/** "Kloop and Vlast.kz are independent outlets": the names of a coordinated subject opening the sentence before. */
function coordinatedPreviousSubject(context: ParagraphContext, position: number): string | null {
  const before = sentenceBefore(context, position);
  if (!before) return null;
  const name = String.raw`(?:[«„"][^»“”"]{2,60}[»“”"]|\p{Lu}[\p{L}\d.’'-]*(?:\s+\p{Lu}[\p{L}\d.’'-]*)*)`;
  const list = compiled(`^(?:(?:${eitherCase(context.lexicon.determiners)})\\s+)?(${name}(?:\\s*,\\s*${name})*\\s+(?:and|et|и|und)\\s+${name})`, "u").exec(context.text.slice(before.start, before.end));
  return list ? list[1]!.replace(/[«„"»“”]/gu, "") : null;
}

// "100% долей этой компании", "a 51% stake in Mir", "Уставный капитал фонда": a share or the capital of a party is the party.
const SHARE_HEAD = /^(?:(?:a|an|the)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|Prozent)\s+(?:of\s+the\s+shares\s+(?:in|of)\s+|stake\s+in\s+|of\s+|des\s+parts\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])|du\s+capital\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])|der\s+Anteile\s+(?:an|von)\s+(?:der\s+|dem\s+)?|долей\s+|доли\s+|акций\s+)|(?:уставный\s+)?капитал\s+|(?:the\s+)?(?:share\s+)?capital\s+of\s+(?:the\s+)?|le\s+capital\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])|das\s+(?:Stamm)?[Kk]apital\s+(?:der|des)\s+)/iu;

// "grants from the NED", "Zuschüsse der NED", "за счет грантов NED", "des dons de la NED": the money's giver.
const MONEY_HEAD = /^(?:(?:the\s+|des\s+|les\s+|die\s+|den\s+)?(?:grants?|funds|funding|money|donations?|subsidies|loans?|subventions?|dons|fonds|financements?|prêts?|Zuschüsse[n]?|Zuschuss(?:es)?|Spenden|Mitteln?|Geldern?|Krediten?|Fördermitteln?)\s+(?:from\s+|of\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|der\s+|des\s+|von\s+|vom\s+|seiner\s+|seines\s+|ihrer\s+|ihres\s+)|(?:за\s+сч[её]т\s+)?(?:средств|грантов|грантам|гранты|пожертвований|денег|субсидий|кредитов)\s+|за\s+сч[её]т\s+)/iu;

function withoutMoneyHead(phrase: TextSpan): TextSpan {
  const share = SHARE_HEAD.exec(phrase.text);
  if (share && share[0].length < phrase.text.trim().length) phrase = { text: phrase.text.slice(share[0].length), start: phrase.start + share[0].length, end: phrase.end };
  const head = MONEY_HEAD.exec(phrase.text);
  if (!head || head[0].length >= phrase.text.trim().length) return phrase;
  return { text: phrase.text.slice(head[0].length), start: phrase.start + head[0].length, end: phrase.end };
}

/** The sentence of this paragraph before the one holding `position`, if there is one. */
function sentenceBefore(context: ParagraphContext, position: number): TextSpan | null {
  const index = context.sentences.findIndex((s) => position >= s.start && position < s.end);
  return index > 0 ? context.sentences[index - 1]! : null;
}

/** "d’une fondation moscovite, Evrazia-Dialog": the name set off by a comma right after a description. */
function appositiveAfter(context: ParagraphContext, phrase: TextSpan): string | null {
  const appositive = /^,\s*([«„"]?\p{Lu}[\p{L}’'.-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'.-]*){0,3}[»“"]?)(?=[\s,.;:)]|$)/u.exec(context.text.slice(phrase.end, phrase.end + 80));
  return appositive ? appositive[1]!.replace(/^[«„"]|[»“"]$/gu, "") : null;
}

/** "RT and Sputnik" are two recipients; "the U.S. Congress through the U.S. Agency for Global Media" two funders. */
export function splitParties(name: string | null): (string | null)[] {
  if (!name) return [name];
  const parts = name.split(/\s+(?:and|et|и|und|through|via|par l['’]intermédiaire de|через)\s+/u);
  return parts.length > 1 && parts.every((p) => /^[\p{Lu}\d]/u.test(p)) ? parts : [name];
}

/** The subject of the cue; for "X, which is controlled by Y" the X before the relative pronoun. */
export function subjectBefore(context: ParagraphContext, clauseStart: number, cueAt: number): string | null {
  const subject = subjectEndingAt(context, clauseStart, cueAt);
  if (subject) return subject;
  // "NTV, owned by Gazprom": the comma before a participle closes the subject.
  const beforeComma = context.text.slice(clauseStart, cueAt).replace(/\s*,\s*$/u, "");
  return beforeComma.length < cueAt - clauseStart ? subjectEndingAt(context, clauseStart, clauseStart + beforeComma.length) : null;
}

function subjectEndingAt(context: ParagraphContext, clauseStart: number, cueAt: number): string | null {
  const sentenceStart = afterAttributionOpener(context, clauseStart, cueAt);
  // "Фонд «Жаңы Доор» якобы получил", "Aikyn Media reportedly secured": the hedge is no part of the subject.
  // "Телеканал «Хабар» на 100% принадлежит": the share is no part of it either.
  const trailing = compiled(`(?:\\s+(?:${context.lexicon.hedges}|${context.lexicon.verbFillers}|только|лишь|уже|даже|за\\s+(?:последн\\p{L}+\\s+)?(?:год|\\d+\\s+(?:года|лет))|в\\s+прошлом\\s+году|last\\s+year|only|just|seulement|nur|erst|(?:в|in|en|im(?:\\s+Jahr)?)\\s+(?:19|20)\\d\\d(?:\\s*(?:году|г\\.))?|на\\s+\\d+(?:[.,]\\d+)?\\s*%|zu\\s+\\d+(?:[.,]\\d+)?\\s*(?:%|Prozent)))+\\s*$`, "iu").exec(context.text.slice(sentenceStart, cueAt));
  const at = trailing ? sentenceStart + trailing.index : cueAt;
  let end = at;
  // "The Sodruzhestvo Foundation, registered in Petropavl in 2022, was founded by…": the insertion between commas
  // is no part of the subject.
  const insertion = /,\s*(?!(?:the|a|an|le|la|les|l['’]|un|une|der|die|das|ein|eine)\s)\p{Ll}[^,]{1,80},\s*$/u.exec(context.text.slice(sentenceStart, at));
  if (insertion && insertion.index > 0) end = sentenceStart + insertion.index;
  const head = context.text.slice(sentenceStart, end);
  const relative = RELATIVE.exec(head);
  if (relative) end = sentenceStart + relative.index;
  let phraseEnd = end;
  // "National Endowment for Democracy (NED), which …": the name before its abbreviation.
  const abbreviation = /\s*\([^)]{1,20}\)\s*$/u.exec(context.text.slice(sentenceStart, phraseEnd));
  if (abbreviation) phraseEnd = sentenceStart + abbreviation.index;
  // "ТОО «Сарыарка Медиа Групп» (из Караганды) получило": a quoted name, and perhaps where it is from.
  const located = /[«„]([^»“”«„]{2,60})[»“”](?:\s+(?:из|в|во|from|in|aus|de|d['’])\s*\p{Lu}[\p{L}-]*)?\s*$/u.exec(context.text.slice(sentenceStart, phraseEnd));
  if (located) return located[1]!.trim();
  // "One of them, the Bishkek-based media group Aikyn Media, received": the apposition names the subject.
  const oneOf = /(?:^|\s)(?:one|some|each|several|two|three|l['’]une?|un|une|один|одна|одно|одним|eine?r?s?)\s+(?:of\s+(?:them|these|those)|d['’](?:entre\s+)?(?:elles|eux)|из\s+(?:них|таких)|davon|von\s+ihnen),\s*([^,]{3,80}),\s*$/iu.exec(context.text.slice(sentenceStart, phraseEnd));
  if (oneOf) {
    const from = sentenceStart + oneOf.index + oneOf[0].lastIndexOf(oneOf[1]!);
    const named = party(context, { text: oneOf[1]!, start: from, end: from + oneOf[1]!.length });
    if (named) return named;
  }
  const phrase = phraseBefore(context.text, sentenceStart, phraseEnd, context.lexicon);
  const name = party(context, phrase);
  // "фонд «Жаңы Доор» только в 2023 г. получил": the phrase next to the verb was a date; the name stands before it.
  // A lowercase description next to the verb ("…sent workers to a military base controlled by…") is the party, unnamed: no reaching back.
  if (phrase && compiled(`\\s(?:to|at|in|on|into|onto|à|au|aux|dans|sur|vers|zu|zum|zur|auf|bei|an)\\s+(?:${context.lexicon.determiners})\\s+[\\p{Ll}\\s-]+$`, "u").test(phrase.text.trim()) && !/\p{Lu}/u.test(phrase.text.trim().split(/\s+/u).slice(-3).join(" "))) return null;
  if (!name || /\d/u.test(name)) return lastNameBefore(context.text.slice(sentenceStart, phraseEnd)) ?? name;
  // "Prenons le Centre pour le dialogue civique, une petite structure fondée…": the name before the description.
  if (phrase && name && !/\p{Lu}/u.test(name)) {
    const earlier = /(\p{Lu}[^,]{1,60}),\s*$/u.exec(context.text.slice(sentenceStart, phrase.start));
    if (earlier) return pickPhrase(context, phraseBefore(context.text, sentenceStart, sentenceStart + earlier.index + earlier[1]!.length, context.lexicon))?.name ?? name;
  }
  return name;
}

/**
 * "According to Ostapenko, the construction will be paid for…", "По его словам, фонд существует…": the source
 * opening the sentence is not the subject of the funding verb; the subject starts after its comma.
 */
export function afterAttributionOpener(context: ParagraphContext, start: number, at: number): number {
  const opener = compiled(`^\\s*(?:${context.lexicon.cuesBeforeSource}|${context.lexicon.hedges}|по (?:его|ее|её|их) (?:словам|мнению|данным))(?![\\p{L}])[^,]{0,140},\\s*`, "iu").exec(context.text.slice(start, at));
  if (opener) return start + opener[0].length;
  // "Depuis 2015, le média…", "In 2021, vlast.kz…": a date set off by a comma.
  const date = /^\s*(?:since|from|in|depuis|dès|en|seit|ab|im|с|в)\s+(?:\p{L}+\s+)?(?:19|20)\d\d(?:\s*(?:года|году|г\.))?\s*,\s*/iu.exec(context.text.slice(start, at));
  return date ? start + date[0].length : start;
}

function lastNameBefore(text: string): string | null {
  const names = [...text.matchAll(/«([^»]{2,60})»|„([^“”]{2,60})[“”]|(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/gu)]
    .filter((m) => m.index > 0)
    .map((m) => m[1] ?? m[2] ?? m[3]!);
  return names.at(-1) ?? null;
}

/** "gave a grant to A, a member of …, and her foundation, B": B is a second recipient. */
export function andRecipient(context: ParagraphContext, from: number, to: number, first: string | null): string | null {
  if (!first) return null;
  const rest = context.text.slice(from, to);
  const at = rest.indexOf(first);
  // The second recipient follows the first directly or after its apposition ("A, a member of …, and B"),
  // never somewhere later in the sentence.
  const tail = at < 0 ? "" : rest.slice(at + first.length);
  if (!/^(?:,|\s+(?:and|и|et|und)\s)/u.test(tail)) return null;
  const and = /,?\s+(?:and|и|et|und)\s+(?:(?:his|her|their|its|son|sa|ses|sein|seine|ihr|ihre|свой|свою|его|ее|её)\s+[\p{L}-]+,\s*)?(\p{Lu}[^,.;]*)/u.exec(tail.slice(0, 120));
  if (!and) return null;
  const name = and[1]!.trim().replace(/[.]$/u, "");
  return sameName(name, first) ? null : name;
}

/** "accordé au Kazakhstan un prêt de …": the recipient ends where the object of the gift begins. */
export function objectAfter(text: string, from: number, to: number): number {
  const object = /\s(?:a|an|un|une|einen|eine|ein)\s/u.exec(text.slice(from, to));
  return object ? from + object.index : to;
}

export function additionalRecipient(context: ParagraphContext, from: number, to: number): string | null {
  const phrase = phraseAfter(context.text, from, to, context.lexicon);
  const pick = pickPhrase(context, phrase);
  return pick && /^\p{Lu}/u.test(pick.name) ? pick.name : null;
}

/** The «…» or „…“ name that opens the phrase or follows its first words directly, with no punctuation between. */
function quotedName(text: string, phrase: TextSpan): string | null {
  const around = text.slice(phrase.start, Math.max(phrase.end, phrase.start) + 70);
  const match = /[«„]([^»“”«„]{2,60})[»“”]/u.exec(around);
  if (!match || match.index > phrase.end - phrase.start + 1 || /[,.;:()]/u.test(around.slice(0, match.index))) return null;
  return match[1]!.trim();
}

// Years and adverbs between a verb and its object: "förderte 2021 die Organisation", "в 2019 году выделил".
const OBJECT_LEAD = /^\s*(?:(?:(?:in|en|im|в|au)\s+)?(?:19|20)\d\d(?:\s*(?:году|г\.))?|zudem|auch|bereits|also|также|ежегодно|jährlich|également|aussi|гранты|грант|кредиты|кредит|деньги|средства|субсидии)[\s,]+/iu;
// The object ends at a preposition, an article opening the thing given, or the kind of money given.
const OBJECT_END = /\s(?:in|at|on|with|for|from|into|under|through|as|с|в|во|на|для|через|по|à|en|avec|pour|dans|sur|comme|mit|im|für|zur|zum|über|um|als|a|an|un|une|einen|eine|ein|грант\p{L}*|кредит\p{L}*|субсиди\p{L}*|средств\p{L}*|деньг\p{L}*|заем|заём|займ\p{L}*)(?=\s)/iu;

/** The noun phrase right after a verb: its direct or dative object ("выделил общественному объединению «Ак Жол»"). */
export function objectParty(context: ParagraphContext, from: number, until: number): string | null {
  let start = from;
  for (let lead = OBJECT_LEAD.exec(context.text.slice(start, until)); lead; lead = OBJECT_LEAD.exec(context.text.slice(start, until))) start += lead[0].length;
  const end = OBJECT_END.exec(context.text.slice(start, until));
  let stop = end ? start + end.index : until;
  // "издание Sputnik открыло офис": a Russian name ends at the first lower-case word after it (the next verb).
  const verbAfterName = context.lexicon.language === "ru" ? /[\p{Lu}»]\S*\s+(?!(?:и|по|при|для|де)\s)\p{Ll}/u.exec(context.text.slice(start, stop)) : null;
  if (verbAfterName) stop = start + verbAfterName.index + verbAfterName[0].length - 1;
  const name = party(context, phraseAfter(context.text, start, stop, context.lexicon));
  // A lower-case object is a party when it names an institution or a kind of organisation ("the newspaper",
  // "акимата"), not when it is any noun ("supported the idea").
  return name && (/\p{Lu}/u.test(name) || INSTITUTION_HEAD.test(name) || describedKind(context, name)) ? name : null;
}

const INSTITUTION_HEAD = /^(?:(?:the|local|regional|city|state|federal)\s+)*(?:government|ministry|authorities|state|budget|akimat|municipality|administration|акимат\p{L}*|министерств\p{L}*|правительств\p{L}*|мэри\p{L}*|администраци\p{L}*|государств\p{L}*|бюджет\p{L}*|ministère|gouvernement|autorités|État|mairie|budget|Ministerium|Regierung|Behörden?|Staat|Bund|Staatshaushalt|Haushalt)(?![\p{L}])/iu;

const NAME_RUN = /[«„]([^»“”«„]{2,60})[»“”]|(?<![\p{L}\d])(\p{Lu}[\p{L}\d.’'-]*(?:\s+(?:of|for|de|du|des|la|für|der)?\s*\p{Lu}[\p{L}\d.’'-]*)*)/gu;

/** The first name of the sentence before `position` (in this paragraph or the one before): what a pronoun stands for. */
function previousSubject(context: ParagraphContext, position: number): string | null {
  const before = sentenceBefore(context, position);
  const text = before ? context.text.slice(before.start, before.end) : (context.text.slice(context.lookbackStart, context.paragraph.start).trim().split(/(?<=[.!?])\s+/u).at(-1) ?? "");
  // A quoted name is the one the sentence is about ("Издание «Власть» основано…"); else its first name.
  const quoted = /[«„]([^»“”«„]{2,60})[»“”]/u.exec(text);
  if (quoted) return quoted[1]!.trim();
  for (const m of text.matchAll(NAME_RUN)) {
    const pick = pickName(m[1] ?? m[2]!, context.lexicon);
    if (pick && !pick.reference && !pick.anonymous) return pick.name;
  }
  return null;
}

/**
 * The name the sentence before opens with, when it is plainly a name: two capitalised words, a quoted name, or
 * one word written like no common word ("NED", "Vlast.kz"). "Seit 2008 flossen…" and "Prenons le centre…" open
 * with none.
 */
function openingName(context: ParagraphContext, position: number): string | null {
  const before = sentenceBefore(context, position);
  if (!before) return null;
  const opening = compiled(`^(?:(?:${eitherCase(context.lexicon.determiners)})\\s+)?(?:[«„"]([^»“”"]{2,60})[»“”"]|(\\p{Lu}[\\p{L}\\d.’'-]*(?:\\s+\\p{Lu}[\\p{L}\\d.’'-]*)+)|(\\p{Lu}[\\p{L}]*(?:\\p{Lu}|[.\\d])[\\p{L}\\d.]*))(?=[\\s,])`, "u").exec(context.text.slice(before.start, before.end));
  const name = opening?.[1] ?? opening?.[2] ?? opening?.[3];
  return name && !isCommonWord(context.text, name.split(/\s+/u)[0]!) ? name : null;
}

const LIST_ITEM = String.raw`(?:the\s+|l['’]|la\s+|le\s+|les\s+|der\s+|die\s+|das\s+)?([«„]?\p{Lu}[\p{L}\d.’'-]*(?:\s+\p{Lu}[\p{L}\d.’'-]*){0,3}[»“”]?)`;
// "grants to Kloop ($120,000) and Vlast.kz ($230,000)": an item's sum in brackets does not end the list.
const AFTER_ITEM = new RegExp(String.raw`^[»“”"]?(?:\s*\([^()]{1,40}\))?(\s*,\s*(?:(?:and|et|и|und)\s+)?|\s+(?:and|et|и|und)\s+|\s*[,:]?\s*(?:including|among them|such as|notamment|dont|parmi lesquels|parmi lesquelles|включая|в том числе|среди них|darunter|unter anderem)\s+)${LIST_ITEM}`, "u");
const INCLUDING = /(?:including|among them|such as|notamment|parmi|включая|в том числе|среди них|darunter|unter anderem)/u;
const BEFORE_ITEM = new RegExp(String.raw`${LIST_ITEM}(\s*,\s*|\s+(?:and|et|и|und)\s+)(?:the\s+|l['’]|la\s+|le\s+|der\s+|die\s+|das\s+)?[«„]?$`, "u");
const CONJUNCTION = /(?:and|et|и|und)\s/u;

/**
 * "grants to Kloop, Vlast.kz and Kaktus Media", "Kloop und Vlast.kz erhielten": the other members of the list
 * the party stands in. A list ends with a conjunction; commas alone may join anything.
 */
export function coordinated(context: ParagraphContext, name: string, start: number, end: number): string[] {
  const sentence = context.text.slice(start, end);
  const at = sentence.indexOf(name);
  if (at < 0) return [];
  const after: string[] = [];
  let rest = sentence.slice(at + name.length);
  let joined = false;
  for (let m = AFTER_ITEM.exec(rest); m && after.length < 6; m = AFTER_ITEM.exec(rest)) {
    after.push(m[2]!.replace(/^[«„]|[»“”]$/gu, ""));
    rest = rest.slice(m[0].length);
    // "…, including Kloop": what follows names members of the party, as a list does.
    if (INCLUDING.test(m[1]!)) joined = true;
    if (CONJUNCTION.test(m[1]!)) { joined = true; break; }
  }
  const before: string[] = [];
  let head = sentence.slice(0, at);
  let joinedBefore = false;
  for (let m = BEFORE_ITEM.exec(head); m && before.length < 6; m = BEFORE_ITEM.exec(head)) {
    if (before.length === 0 && CONJUNCTION.test(m[2]!)) joinedBefore = true;
    if (before.length === 0 && !joinedBefore) break;
    before.unshift(m[1]!.replace(/^[«„]|[»“”]$/gu, ""));
    head = head.slice(0, m.index);
  }
  const names = [...(joinedBefore ? before : []), ...(joined ? after : [])].map((n) => pickName(n, context.lexicon)?.name ?? n);
  return names.filter((n) => !sameName(n, name) && /\p{Lu}/u.test(n));
}
