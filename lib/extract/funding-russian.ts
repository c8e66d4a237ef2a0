import type { ParagraphContext } from "./context";
import { party } from "./funding-parties";
import { phraseAfter } from "./names";
import type { TextSpan } from "../text/sentences";

/**
 * Russian word order is free: "Издание «Ордо Медиа» учредила компания «Медиа Стратегия»" puts the object
 * first and the subject after the verb. The verb's agreement tells them apart: a past-tense verb agrees in
 * gender and number with its subject, a present-tense verb in number. When the phrase before the verb
 * disagrees with it and the phrase after agrees, the phrase after is the subject.
 */

type Agreement = "m" | "f" | "n" | "pl" | "sg";

function verbAgreement(verb: string): Agreement | null {
  const word = verb.trim().split(/\s+/u).at(-1)!.toLowerCase();
  if (/ли$/u.test(word)) return "pl";
  if (/ла$/u.test(word)) return "f";
  if (/ло$/u.test(word)) return "n";
  if (/л$/u.test(word)) return "m";
  if (/(?:ют|ят|ут|ат)$/u.test(word)) return "pl";
  if (/(?:ет|ит|ёт)$/u.test(word)) return "sg";
  return null;
}

/** The gender or number of a noun phrase from its first noun's ending; null for names it cannot read ("ЕАБР"). */
function phraseAgreement(phrase: string): Agreement | null {
  const text = phrase.trim().replace(/^[«„"]/u, "");
  if (/(?:^|\s)и\s/u.test(text.replace(/[«„][^»“”]*[»“”]/gu, ""))) return "pl";
  const word = /^[\p{L}-]+/u.exec(text)?.[0];
  if (!word || !/\p{Ll}/u.test(word.slice(1))) return null;
  const lower = word.toLowerCase();
  if (/(?:ие|ье|ство|о|е)$/u.test(lower)) return "n";
  if (/(?:ия|а|я)$/u.test(lower)) return "f";
  if (/[бвгджзклмнпрстфхцчшщй]$/u.test(lower)) return "m";
  return null;
}

function agrees(verb: Agreement, noun: Agreement): boolean {
  if (verb === "sg") return noun !== "pl";
  return verb === noun;
}

/** Whether the subject of a Russian verb stands after it: the phrase before disagrees with the verb, the one after agrees. */
export function subjectFollowsVerb(before: string, verb: string, after: string): boolean {
  const v = verbAgreement(verb);
  const b = phraseAgreement(before);
  const a = phraseAgreement(after);
  if (!v || !b || !a) return false;
  return !agrees(v, b) && agrees(v, a);
}

/** "Ресурсами фонда управляет ЕАБР": an instrumental opens the clause, so its subject follows the verb. */
const INSTRUMENTAL_OPENER = /^[«„"]?\p{L}+(?:ами|ями)\s+/u;

const FOUNDING_VERB = /^(?:учредил|основал|создал)/iu;
const MEDIA_HEAD = /^(?:издани|газет|сайт|телеканал|портал|журнал|агентств|радио)\p{L}*(?:\s|$)/iu;
const COMPANY_HEAD = /^(?:ОсОО|ООО|ТОО|АО|ЗАО|ОАО|компани\p{L}*|фонд\p{L}*|холдинг\p{L}*|групп\p{L}*)(?![\p{L}])/u;

const OBJECT_PRONOUN_FIRST = /^(?:его|её|ее|их)$/iu;

/** The parties of a Russian clause whose subject follows the verb ("Фонд «Ынтымак» учредили Россия и Кыргызстан"). */
export function invertedRussian(context: ParagraphContext, sentence: TextSpan, at: number, cueEnd: number, verb: string): { funder: string | null; recipient: string | null } | null {
  const clauseStart = Math.max(sentence.start, context.text.lastIndexOf(",", at) + 1);
  const before = context.text.slice(clauseStart, at).trim();
  const after = context.text.slice(cueEnd, sentence.end).replace(/^\s+/u, "");
  const subjectEnd = (from: number) => from + (/^[^,.;:]*/u.exec(context.text.slice(from, sentence.end))?.[0].length ?? 0);
  const subject = () => party(context, phraseAfter(context.text, cueEnd, subjectEnd(cueEnd), context.lexicon));
  // "Его финансирует NED": an object pronoun opens the clause.
  if (OBJECT_PRONOUN_FIRST.test(before)) return { funder: subject(), recipient: party(context, { text: before, start: at - before.length - 1, end: at - 1 }) };
  const instrumental = INSTRUMENTAL_OPENER.exec(before);
  if (instrumental) {
    const objectStart = clauseStart + context.text.slice(clauseStart, at).indexOf(before) + instrumental[0].length;
    return { funder: subject(), recipient: party(context, { text: context.text.slice(objectStart, at).trim(), start: objectStart, end: at }) };
  }
  // "Издание учредило ОсОО «Медиа Стратегия»": a company founds a publication, not the other way round.
  const mediaFoundedByCompany = FOUNDING_VERB.test(verb) && MEDIA_HEAD.test(before) && COMPANY_HEAD.test(after);
  if (!mediaFoundedByCompany && !subjectFollowsVerb(before, verb, after)) return null;
  const beforeStart = clauseStart + context.text.slice(clauseStart, at).indexOf(before);
  return { funder: subject(), recipient: party(context, { text: before, start: beforeStart, end: beforeStart + before.length }) };
}

