import { compiled } from "./lexicon";
import { pickPhrase, resolvePick, sameName, type ParagraphContext } from "./context";
import { findMoney, type Money } from "./money";
import { phraseAfter, phraseBefore, pickName } from "./names";
import type { TextSpan } from "../text/sentences";
import type { FundingClaim, FundingRelation, StatedSource } from "./types";

/**
 * Funding claims: who pays for, founds, supports or controls whom, with the sum, the year, the hedge and
 * the source the sentence gives. An outlet's words about its own money are self-disclosures.
 */

// French elides "de" before a vowel: "d’une fondation moscovite".
const FROM = /(?<![\p{L}])(?:(?:from|by|от|у|de la|de l['’]|du|des|de|par|von|vom|der|durch)\s+|d['’](?=\p{L}))/iu;
const TO = /(?<![\p{L}])(?:to|for|на|для|à la|à l['’]|au|aux|à|an|für)\s+/iu;
const GRANT = /grant|грант|subvention|Zuschuss|Förder|Stipend/iu;
const LOAN = /loan|кредит|за[её]м|prêt|Kredit|Darlehen/iu;
const DONATION = /donation|пожертвован|\bdons?\b|Spende/iu;
const BUDGET = /budget|бюджет|Haushalt/iu;
const MONEY_WORD = /grant|fund|money|loan|subsid|financ|donat|грант|средств|субсид|кредит|финанс|деньг|subvention|financement|prêt|don\b|Förder|Zuschuss|Kredit|Geld|Mittel|Spende/iu;
const YEAR = /(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)/gu;
const RELATIVE = /,?\s*(?:which|who|that|qui|который|которая|которое|которые|die|der|das)\s*(?:is|was|are|were|est|sont|ist|wird)?\s*$/iu;

export function findFundingClaims(context: ParagraphContext, sources: StatedSource[]): FundingClaim[] {
  const claims: FundingClaim[] = [];
  const hedge = compiled(`(?<![\\p{L}])(?:${context.lexicon.hedges})`, "iu");
  for (const sentence of context.sentences) {
    // The sums of a sentence are read once, and only for a sentence with a funding cue.
    let sums: Money[] | undefined;
    for (const cue of context.lexicon.funding) {
      // "foreign-funded NGOs" is an adjective, not a clause about who funds whom.
      const pattern = compiled(`(?<![\\p{L}-])(?:${cue.pattern})(?![\\p{L}])`, "giu");
      for (const match of sentence.text.matchAll(pattern)) {
        const at = sentence.start + match.index;
        const cueEnd = at + match[0].length;
        const rest = context.text.slice(cueEnd, sentence.end);
        const between = rest.slice(0, 80);
        const money = (sums ??= findMoney(sentence.text, context.lexicon.language, sentence.start));
        if (NOT_FUNDING_MONEY.test(context.text.slice(Math.max(sentence.start, at - 50), Math.min(sentence.end, cueEnd + 40)))) continue;
        let funderName: string | null = null;
        let recipient: string | null = null;
        let relation: FundingRelation = cue.relation;
        if (cue.roles === "subject-gets") {
          // "X, another organizer …, carries out projects with the support of Y": X, the sentence's subject.
          recipient = cue.relation === "supported_by"
            ? (pickPhrase(context, phraseAfter(context.text, sentence.start, at, context.lexicon))?.name ?? subjectBefore(context, sentence.start, at))
            : (invertedGermanSubject(context, sentence.start, at, rest) ?? subjectBefore(context, sentence.start, at));
          const germanFrom = cue.relation === "grant" && context.lexicon.language === "de" ? GERMAN_FROM_AFTER_SUBJECT.exec(rest) : null;
          const verbFinal = cue.relation === "grant" && context.lexicon.language === "de" && GERMAN_CLAUSE_END.test(rest) ? germanVerbFinalReceipt(context, sentence.start, at) : null;
          if (verbFinal) {
            ({ recipient, funder: funderName } = verbFinal);
            relation = relationOf(context.text.slice(sentence.start, at), "funding");
          } else if (germanFrom && (MONEY_WORD.test(rest) || money.length > 0)) {
            // "erhält Usbekistan von der Bundesregierung zusätzlich einen Zuschuss von 15 Mio. Euro": the first "von".
            funderName = germanFrom[1]!;
            relation = relationOf(rest.slice(0, 160), "funding");
          } else if (cue.relation === "grant") {
            // "received … from Y": nothing received from nobody is a claim.
            // "3,5 millions de soms de la fondation X": the "de" after the sum, not the one inside it.
            const afterMoney = Math.max(0, ...money.map((m) => m.end - cueEnd).filter((e) => e > 0 && e < rest.length));
            const fromMatch = FROM.exec(rest.slice(afterMoney));
            // "получает от Конгресса США около $140 млн": with nothing after the sum, the "from" before it.
            const from = fromMatch ? Object.assign(fromMatch, { index: fromMatch.index + afterMoney }) : FROM.exec(rest);
            if (!from || !(MONEY_WORD.test(rest.slice(0, from.index)) || money.length > 0)) continue;
            const partyStart = cueEnd + from.index + from[0].length;
            // The funder's name stops where a sum begins ("от Конгресса США около $140 млн").
            const sumAfter = money.find((m) => m.start > partyStart);
            const partyEnd = sumAfter ? Math.max(partyStart, context.text.slice(partyStart, sumAfter.start).search(/\s+(?:около|более|свыше|почти|about|around|more than|some|nearly|environ|plus de|près de|rund|etwa|mehr als|über)?\s*$/iu) + partyStart) : sentence.end;
            funderName = party(context, phraseAfter(context.text, partyStart, partyEnd, context.lexicon));
            relation = relationOf(rest.slice(0, from.index), "funding");
          } else if (context.lexicon.language === "de" && cue.relation === "funding") {
            // German passive: the participle closing the clause says what was done, and the funder stands before it.
            const clause = /^([^,.;]*?)\s+(finanziert|gefördert|unterstützt|gegründet|kontrolliert|gesponsert|bezahlt)(?![\p{L}])/u.exec(rest);
            if (!clause) continue;
            relation = GERMAN_PARTICIPLES[clause[2]!]!;
            funderName = party(context, phraseAfter(context.text, cueEnd, cueEnd + clause[1]!.length + 1, context.lexicon));
          } else {
            funderName = party(context, phraseAfter(context.text, cueEnd, sentence.end, context.lexicon));
          }
        } else {
          if (!MONEY_WORD.test(match[0]) && !MONEY_WORD.test(between) && money.length === 0) continue;
          // "is funded by" is the passive cue's to read, not this one.
          if (/^\s*(?:by|from|par|von|durch)\b/iu.test(rest) || /(?:is|was|are|were|be|been|being|est|sont|été|wird|wurde)\s*$/iu.test(context.text.slice(sentence.start, at))) continue;
          funderName = subjectBefore(context, sentence.start, at);
          // German dative right after the verb: "Die KfW stellt Usbekistan einen Kredit … zur Verfügung".
          const dative = context.lexicon.language === "de" ? GERMAN_DATIVE.exec(rest) : null;
          if (dative) recipient = dative[1]!;
          const to = dative ? null : TO.exec(rest);
          if (to) {
            const recipientStart = cueEnd + to.index + to[0].length;
            recipient = pickPhrase(context, phraseAfter(context.text, recipientStart, objectAfter(context.text, recipientStart, sentence.end), context.lexicon))?.name ?? null;
          }
          // "a accordé au Kazakhstan un prêt": the kind of money may follow the recipient.
          relation = relationOf(rest.slice(0, (to?.index ?? 0) + 60), "funding");
          recipient ??= additionalRecipient(context, cueEnd, sentence.end);
        }
        if (!funderName && !recipient) continue;
        if (funderName && recipient && sameName(funderName, recipient)) continue;
        const recipients = [...splitParties(recipient), ...(cue.roles === "subject-gives" ? [andRecipient(context, cueEnd, sentence.end, recipient)] : [])].filter((r, i) => i === 0 || r);
        for (const who of recipients) for (const funder of splitParties(funderName)) {
          // Control and founding carry no sum; a sum in the sentence belongs to the grant beside them.
          const carriesMoney = relation !== "controlled_by" && relation !== "founded_by";
          const amount = carriesMoney ? (money[0] ?? null) : null;
          claims.push({
            funder, recipient: who, amount: amount?.amount ?? null, currency: amount?.currency ?? null,
            year: relation === "controlled_by" ? null : yearNear(sentence.text, at - sentence.start, money.map((m): [number, number] => [m.start - sentence.start, m.end - sentence.start])),
            relation: relation === "funding" && funder && BUDGET.test(funder) ? "budget" : relation, selfDisclosed: false, hedged: hedge.test(sentence.text),
            attributedTo: attributionIn(sources, sentence.start, sentence.end, [funder, who]),
            sentence: sentence.text, start: sentence.start, end: sentence.end,
          });
        }
      }
    }
  }
  return dedupe(claims.map(withoutNonNames).filter(isClaim));
}

// Money that changes hands without funding anyone: pay, prices and migrants' remittances (the guide's exclusions).
const NOT_FUNDING_MONEY = /(?<![\p{L}])(?:salar(?:y|ies)|wages?|prices?|remittances?|migrant workers|зарплат\p{L}*|заработн\p{L}*|цен[аыу]|денежн\p{L}* перевод\p{L}*|мигрант\p{L}*|salaires?|prix|transferts? de fonds|Gehalt\p{L}*|Lohn|Löhne|Preis\p{L}*|Überweisungen|Arbeitsmigrant\p{L}*)(?![\p{L}])/iu;

// Parties described only as "foreign donors" or "abroad" are unnamed: the guide leaves such a funder null.
const UNNAMED_PARTY = /^(?:(?:foreign|international|western|private)\s+donors|abroad|зарубежн\p{L}+\s+донор\p{L}*|иностранн\p{L}+\s+донор\p{L}*|донор\p{L}*|рубежа|(?:dem\s+)?Ausland|bailleurs\s+étrangers|l['’]étranger)$/iu;

// Sentence openers and currencies that the name rules take for parties: "Then they paid…", "paid 25 000 Tenge".
const NOT_A_PARTY = /^(?:then|but|and|so|however|also|now|later|yet|still|meanwhile|thus|тогда|потом|затем|но|а|и|alors|puis|mais|ensuite|dann|aber|und|danach|tenge|тенге|som|сом|somoni|сомони|sum|сум|rubles?|roubles?|рубл\p{L}*|dollars?|долларов|euros?|евро|kronor|manat|yuan)$/iu;

const OPENER_THEN_PRONOUN = /^(?:then|but|and|so|however|now|later|yet|still|alors|puis|mais|dann|aber|тогда|потом|но)\s+(?:they|we|he|she|it|i|you|ils|elles|nous|il|elle|sie|wir|er|они|мы|он|она)$/iu;

function withoutNonNames(claim: FundingClaim): FundingClaim {
  const clean = (name: string | null) => (name && (NOT_A_PARTY.test(name.trim()) || OPENER_THEN_PRONOUN.test(name.trim()) || UNNAMED_PARTY.test(name.trim())) ? null : name);
  return { ...claim, funder: clean(claim.funder), recipient: clean(claim.recipient) };
}

/**
 * A claim names someone: a payment between "someone driving a car" and nobody is not one, and
 * control or founding without both parties says nothing.
 */
function isClaim(claim: FundingClaim): boolean {
  const named = (name: string | null) => !!name && /\p{Lu}|\d/u.test(name);
  if (!named(claim.funder) && !named(claim.recipient)) return false;
  if ((claim.relation === "controlled_by" || claim.relation === "founded_by") && (!claim.funder || !claim.recipient)) return false;
  return true;
}

/** A funder or recipient: a name, or a description such as "the state budget" (never a bare pronoun). */
function party(context: ParagraphContext, phrase: TextSpan | null): string | null {
  if (!phrase) return null;
  // "Open Prairie entre 2019 et 2023": the years are the claim's period, not the party's name.
  const year = /\s+(?:(?:en|in|в|im|entre|between|von)\s+)?(?:19|20)\d\d\b/u.exec(phrase.text);
  if (year && year.index > 0) phrase = { text: phrase.text.slice(0, year.index), start: phrase.start, end: phrase.start + year.index };
  const channel = /\s+(?:through|via|через)\s+/iu.exec(phrase.text);
  if (channel) {
    const first = { text: phrase.text.slice(0, channel.index), start: phrase.start, end: phrase.start + channel.index };
    const second = { text: phrase.text.slice(channel.index + channel[0].length), start: first.end + channel[0].length, end: phrase.end };
    const names = [party(context, first), party(context, second)].filter(Boolean);
    return names.length ? names.join(" through ") : null;
  }
  const pick = pickName(phrase.text, context.lexicon);
  if (!pick) return null;
  if (!pick.reference) return resolvePick(context, pick, phrase.start)?.name ?? null;
  const resolved = resolvePick(context, pick, phrase.start);
  if (resolved) return resolved.name;
  const description = phrase.text.replace(compiled(`^(?:(?:${context.lexicon.determiners})\\s+)+`, "iu"), "").trim();
  return description.split(/\s+/).length <= 5 && !compiled(`^(?:${context.lexicon.pronouns})$`, "iu").test(description) ? description : null;
}

/** "RT and Sputnik" are two recipients; "the U.S. Congress through the U.S. Agency for Global Media" two funders. */
function splitParties(name: string | null): (string | null)[] {
  if (!name) return [name];
  const parts = name.split(/\s+(?:and|et|и|und|through|via|par l['’]intermédiaire de|через)\s+/u);
  return parts.length > 1 && parts.every((p) => /^[\p{Lu}\d]/u.test(p)) ? parts : [name];
}

// Verb-second German opened by an adverbial: "Nach Angaben des Ministeriums erhält Usbekistan von …" (whole words: "Sokolenko" is no "so").
const GERMAN_ADVERBIAL_OPENER = /^(?:nach|laut|im|in|am|seit|mit|bei|zudem|außerdem|zusätzlich|damit|dafür|so|auch|jährlich|insgesamt|bereits|schon|dann|danach|\d)(?![\p{L}])/iu;
const GERMAN_SUBJECT_AFTER_VERB = /^\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:von|vom|aus|zusätzlich|rund|etwa|einen|eine|ein|\d)/u;

function invertedGermanSubject(context: ParagraphContext, sentenceStart: number, at: number, rest: string): string | null {
  if (context.lexicon.language !== "de") return null;
  const head = context.text.slice(sentenceStart, at).trim();
  if (!GERMAN_ADVERBIAL_OPENER.test(head)) return null;
  return GERMAN_SUBJECT_AFTER_VERB.exec(rest)?.[1] ?? null;
}

const GERMAN_FROM_AFTER_SUBJECT = /^\s+(?:\p{Lu}[\p{L}-]+\s+){1,4}(?:von|vom)\s+(?:(?:der|dem|den|des)\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})/u;

// The participle closes the clause: "… von der Stiftung X erhalten haben, mit dem …".
const GERMAN_CLAUSE_END = /^\s*(?:haben|hat|habe|hatte|hätten?|worden)?\s*(?:[,.;:–—-]|$)/u;
const GERMAN_FINITE_BEFORE_PARTICIPLE = /^(.*?)\s+(?:soll|sollen|sollte|sollten|habe|haben|hat|hatte|hatten|hätte|hätten)\s+(.*)$/su;
const GERMAN_FUNDER_BEFORE_PARTICIPLE = /(?<![\p{L}])(?:von|vom|aus)\s+(?:(?:der|dem|den|des)\s+)?([^,;]*?)\s*$/u;
const GERMAN_LEADING_SUBJECT = /^(?:(?:der|die|das)\s+)?(\p{Lu}[^\s]*(?:\s+(?:\p{Lu}|[„"«])[^\s]*){0,4})/u;

/**
 * Verb-final German receipt: "Aigine Media habe angeblich monatlich rund 3.500 Euro von der Prager Stiftung X
 * bekommen", "soll das Portal zudem Geld aus dem Ausland erhalten haben". The subject stands before the finite
 * verb (after it when an adverbial opens the sentence), the funder in the "von"/"aus" phrase before the participle.
 */
function germanVerbFinalReceipt(context: ParagraphContext, sentenceStart: number, at: number): { recipient: string | null; funder: string | null } | null {
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

const GERMAN_DATIVE = /^\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3})\s+(?:einen|eine|ein|rund|etwa|insgesamt|zusätzlich|weitere|\d)/u;

const GERMAN_PARTICIPLES: Record<string, FundingRelation> = {
  finanziert: "funding", gefördert: "funding", unterstützt: "supported_by", gegründet: "founded_by",
  kontrolliert: "controlled_by", gesponsert: "funding", bezahlt: "funding",
};

function relationOf(words: string, fallback: FundingRelation): FundingRelation {
  if (GRANT.test(words)) return "grant";
  if (LOAN.test(words)) return "loan";
  if (DONATION.test(words)) return "donation";
  if (BUDGET.test(words)) return "budget";
  return fallback;
}

/** The subject of the cue; for "X, which is controlled by Y" the X before the relative pronoun. */
function subjectBefore(context: ParagraphContext, clauseStart: number, at: number): string | null {
  const sentenceStart = afterAttributionOpener(context, clauseStart, at);
  let end = at;
  const head = context.text.slice(sentenceStart, at);
  const relative = RELATIVE.exec(head);
  if (relative) end = sentenceStart + relative.index;
  let phraseEnd = end;
  // "National Endowment for Democracy (NED), which …": the name before its abbreviation.
  const abbreviation = /\s*\([^)]{1,20}\)\s*$/u.exec(context.text.slice(sentenceStart, phraseEnd));
  if (abbreviation) phraseEnd = sentenceStart + abbreviation.index;
  const phrase = phraseBefore(context.text, sentenceStart, phraseEnd, context.lexicon);
  const name = party(context, phrase);
  // "фонд «Жаңы Доор» только в 2023 г. получил": the phrase next to the verb was a date; the name stands before it.
  // A lowercase description next to the verb ("…sent workers to a military base controlled by…") is the party, unnamed: no reaching back.
  if (phrase && compiled(`\\s(?:to|at|in|on|into|onto|à|au|aux|dans|sur|vers|zu|zum|zur|auf|bei|an)\\s+(?:${context.lexicon.determiners})\\s+[\\p{Ll}\\s-]+$`, "u").test(phrase.text.trim()) && !/\p{Lu}/u.test(phrase.text.trim().split(/\s+/u).slice(-3).join(" "))) return null;
  if (!name || /\d/u.test(name)) return lastNameBefore(context.text.slice(sentenceStart, at)) ?? name;
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
function afterAttributionOpener(context: ParagraphContext, start: number, at: number): number {
  const opener = compiled(`^\\s*(?:${context.lexicon.cuesBeforeSource}|${context.lexicon.hedges}|по (?:его|ее|её|их) (?:словам|мнению|данным))(?![\\p{L}])[^,]{0,140},\\s*`, "iu").exec(context.text.slice(start, at));
  return opener ? start + opener[0].length : start;
}

function lastNameBefore(text: string): string | null {
  const names = [...text.matchAll(/«([^»]{2,60})»|„([^“”]{2,60})[“”]|(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/gu)]
    .filter((m) => m.index > 0)
    .map((m) => m[1] ?? m[2] ?? m[3]!);
  return names.at(-1) ?? null;
}

/** "gave a grant to A, a member of …, and her foundation, B": B is a second recipient. */
function andRecipient(context: ParagraphContext, from: number, to: number, first: string | null): string | null {
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
function objectAfter(text: string, from: number, to: number): number {
  const object = /\s(?:a|an|un|une|einen|eine|ein)\s/u.exec(text.slice(from, to));
  return object ? from + object.index : to;
}

function additionalRecipient(context: ParagraphContext, from: number, to: number): string | null {
  const phrase = phraseAfter(context.text, from, to, context.lexicon);
  const pick = pickPhrase(context, phrase);
  return pick && /^\p{Lu}/u.test(pick.name) ? pick.name : null;
}

function yearNear(sentence: string, at: number, moneySpans: [number, number][]): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const m of sentence.matchAll(YEAR)) {
    if (moneySpans.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const distance = Math.abs(m.index - at);
    if (!best || distance < best.distance) best = { year: Number(m[1]), distance };
  }
  return best?.year ?? null;
}

function attributionIn(sources: StatedSource[], start: number, end: number, parties: (string | null)[]): string | null {
  const source = sources.find(
    (s) => (s.kind === "attribution" || s.kind === "quote") && s.start >= start && s.start < end && !parties.some((p) => p && sameName(p, s.name)),
  );
  return source ? source.name : null;
}

function dedupe(claims: FundingClaim[]): FundingClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.start}|${c.funder ?? ""}|${c.recipient ?? ""}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
