import { compiled } from "./lexicon";
import { sameName, type ParagraphContext } from "./context";
import { findMoney, MONEY_WORD, type Money } from "./money";
import { phraseAfter } from "./names";
import { additionalRecipient, afterAttributionOpener, andRecipient, coordinated, objectAfter, objectParty, party, pronounParty, splitParties, subjectBefore } from "./funding-parties";
import { invertedRussian } from "./funding-russian";
import { readFrames } from "./funding-frames";
import { readGermanClauses } from "./funding-german-clauses";
import { GERMAN_CLAUSE_END, GERMAN_DATIVE, GERMAN_FROM_AFTER_SUBJECT, GERMAN_PARTICIPLES, germanVerbFinalReceipt, invertedGermanSubject } from "./funding-german";
import type { FundingClaim, FundingRelation, StatedSource } from "./types";

/**
 * Funding claims: who pays for, founds, supports or controls whom, with the sum, the year, the hedge and
 * the source the sentence gives. An outlet's words about its own money are self-disclosures.
 */

// French elides "de" before a vowel: "d’une fondation moscovite".
const FROM = /(?<![\p{L}])(?:(?:from|by|от|у|из-за|из|de la|de l['’]|du|des|de|par|von|vom|der|durch)\s+|d['’](?=\p{L}))/iu;
const FROM_ALL = new RegExp(FROM.source, "giu");
// "ont reçu des fonds de l’USAID", "d’une subvention de", "von 60.000 US-Dollar", "следует из данных": a "de" or
// "von" before the money itself is a partitive or a sum, and one before data or a report names a source, not the giver.
const PARTITIVE_MONEY = /^(?:\d|(?:(?:une?|des|la|le|l['’]|einen?|einem|einer)\s*)?(?:fonds|subvention\p{L}*|prêts?|argent|subventions?|financements?|dons|aides?|money|funds|Geld|Mittel|Gelder|средств\p{L}*|денег|деньги|данн\p{L}*|отч[её]т\p{L}*|доклад\p{L}*|data|reports?|documents?|données|rapports?|documents|Angaben|Bericht\p{L}*)(?![\p{L}]))/iu;

function fromParty(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(FROM_ALL)) if (!PARTITIVE_MONEY.test(text.slice(m.index + m[0].length))) return Object.assign([...m] as unknown as RegExpExecArray, { index: m.index, input: text });
  return null;
}
const TO = /(?<![\p{L}])(?:to|for|на|для|à la|à l['’]|au|aux|à|an|für)\s+/iu;
const GRANT = /grant|грант|subvention|Zuschuss|Förder|Stipend/iu;
const LOAN = /loan|кредит|за[её]м|prêt|Kredit|Darlehen/iu;
const DONATION = /donat|пожертвова|\bdons?\b|Spende/iu;
const BUDGET = /budget|бюджет|Haushalt/iu;
const SUPPORT = /support|soutien|soutenu|unterstütz|поддерж/iu;
const ADDITIVE = /(?<![\p{L}])(?:zudem|außerdem|ferner|weitere|also|further|another|additional|également|aussi|en outre|par ailleurs|также|ещё|еще|кроме того|дополнительно)(?![\p{L}])/iu;
const YEAR = /(?<!\d)(19[89]\d|20[0-3]\d)(?!\d)/gu;

export function findFundingClaims(context: ParagraphContext, sources: StatedSource[]): FundingClaim[] {
  const claims: FundingClaim[] = [];
  const hedge = compiled(`(?<![\\p{L}])(?:${context.lexicon.hedges})`, "iu");
  for (const sentence of context.sentences) {
    // The sums of a sentence are read once, and only for a sentence with a funding cue.
    let sums: Money[] | undefined;
    const sentenceSums = () => (sums ??= findMoney(sentence.text, context.lexicon.language, sentence.start));
    const germanReadings = context.lexicon.language === "de" ? readGermanClauses(context, sentence, sentenceSums()) : [];
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
            ? (party(context, phraseAfter(context.text, afterAttributionOpener(context, sentence.start, at), at, context.lexicon)) ?? subjectBefore(context, sentence.start, at))
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
            const fromMatch = fromParty(rest.slice(afterMoney));
            // "получает от Конгресса США около $140 млн": with nothing after the sum, the "from" before it.
            const from = fromMatch ? Object.assign(fromMatch, { index: fromMatch.index + afterMoney }) : fromParty(rest);
            if (!from) {
              // "Kloop received a $60,000 grant in 2022": a sum received from no one named. The donor's own report
              // cited in the sentence ("according to the NED's annual report") names the giver.
              if (!money.some((m) => m.start >= cueEnd)) continue;
              funderName = reportingDonor(context, sources, sentence);
              relation = relationOf(rest.slice(0, 100), "funding");
              if (context.lexicon.language === "ru" && !/\p{Lu}/u.test(recipient ?? "")) recipient = objectParty(context, cueEnd, sentence.end) ?? recipient;
              record(funderName, recipient, relation, at, cueEnd, false);
              continue;
            }
            if (!(MONEY_WORD.test(rest.slice(0, from.index)) || money.length > 0)) continue;
            const partyStart = cueEnd + from.index + from[0].length;
            // The funder's name stops where a sum begins ("от Конгресса США около $140 млн").
            const sumAfter = money.find((m) => m.start > partyStart);
            const partyEnd = sumAfter ? Math.max(partyStart, context.text.slice(partyStart, sumAfter.start).search(/\s+(?:около|более|свыше|почти|about|around|more than|some|nearly|environ|plus de|près de|rund|etwa|mehr als|über)?\s*$/iu) + partyStart) : sentence.end;
            funderName = party(context, phraseAfter(context.text, partyStart, partyEnd, context.lexicon));
            relation = relationOf(rest.slice(0, from.index), "funding");
            // Russian word order is free: "Грант … получил фонд «Эл Эркин» от посольства США" puts the recipient after the verb.
            if (context.lexicon.language === "ru" && !/\p{Lu}/u.test(recipient ?? "")) recipient = objectParty(context, cueEnd, partyStart - from[0].length) ?? recipient;
          } else if (context.lexicon.language === "de" && cue.relation === "funding") {
            // German passive: the participle closing the clause says what was done, and the funder stands before it.
            const clause = /^((?:[^,.;]|\.(?=\d))*?)\s+(finanziert|gefördert|unterstützt|gegründet|kontrolliert|gesponsert|bezahlt)(?![\p{L}])/u.exec(rest);
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
          // "Laut Jahresbericht förderte die Stiftung das Portal": after an adverbial, the German subject follows the verb.
          const inverted = invertedGermanSubject(context, sentence.start, at, rest);
          // "Le NED lui a versé 230 000 dollars": a dative clitic before the verb is the recipient.
          const clitic = context.lexicon.language === "fr" ? /\s(lui|leur)\s*$/u.exec(context.text.slice(sentence.start, at)) : null;
          funderName = inverted ?? subjectBefore(context, sentence.start, clitic ? at - clitic[0].length : at);
          // A gift with no giver ("кто и зачем финансирует НКО") says nothing about who pays.
          if (!withoutNonNames({ funder: funderName } as FundingClaim).funder) continue;
          // German dative right after the verb: "Die KfW stellt Usbekistan einen Kredit … zur Verfügung".
          const dative = context.lexicon.language === "de" ? GERMAN_DATIVE.exec(inverted ? rest.slice(rest.indexOf(inverted) + inverted.length) : rest) : null;
          if (dative) recipient = dative[1]!;
          // "направит на безвозвратные гранты для молодых предпринимателей": "на" names the kind of money, "для" whom it is for.
          const on = dative ? null : TO.exec(rest);
          const forWhom = on && /^на\s+(?:\p{L}+\s+)?(?:грант|кредит|субсиди|финансирован|поддержк)/iu.test(rest.slice(on.index)) ? /(?<![\p{L}])для\s+/iu.exec(rest) : null;
          const to = forWhom ?? on;
          // "выделил общественному объединению «Ак Жол» 15 млн тенге", "financed the channel ElTR": the object before any "to".
          // "Seit 2019 fördert die Soros-Stiftung das Portal Kloop": the object follows the inverted subject.
          const objectStart = inverted ? cueEnd + rest.indexOf(inverted) + inverted.length : cueEnd;
          const object = dative ? null : objectParty(context, objectStart, to && cueEnd + to.index > objectStart ? cueEnd + to.index : sentence.end);
          if (object) recipient = object;
          else if (to) {
            const recipientStart = cueEnd + to.index + to[0].length;
            recipient = party(context, phraseAfter(context.text, recipientStart, objectAfter(context.text, recipientStart, sentence.end), context.lexicon));
          }
          // "a accordé au Kazakhstan un prêt": the kind of money may follow the recipient.
          relation = relationOf(match[0] + rest.slice(0, (to?.index ?? 0) + 60), SUPPORT.test(match[0]) ? "supported_by" : "funding");
          if (clitic) recipient = pronounParty(context, { text: clitic[1]!, start: at - clitic[0].length + 1, end: at }) ?? recipient;
          recipient ??= additionalRecipient(context, cueEnd, sentence.end);
          // "Его финансирует NED": Russian may put the object first and the subject after the verb.
          const russian = context.lexicon.language === "ru" ? invertedRussian(context, sentence, at, cueEnd, match[0]) : null;
          if (russian?.funder && russian.recipient) ({ funder: funderName, recipient } = russian);
          // A sum given to no one ("allocated 12 billion soms in its 2024 budget") funds no one the text names.
          if (!recipient) continue;
        }
        record(funderName, recipient, relation, at, cueEnd, cue.roles === "subject-gives");
      }
    }
    const readings = [...readFrames(context, sentence, sentenceSums), ...germanReadings];
    for (const reading of readings) {
      if (NOT_FUNDING_MONEY.test(sentence.text)) break;
      record(reading.funder, reading.recipient, reading.relation === "funding" || reading.relation === "supported_by" ? relationOf(context.text.slice(reading.at, reading.cueEnd + 60), reading.relation) : reading.relation, reading.at, reading.cueEnd, false);
    }

    gapped(sentence);

    function record(funderName: string | null, recipient: string | null, relation: FundingRelation, at: number, cueEnd: number, gift: boolean) {
        const money = (sums ??= findMoney(sentence.text, context.lexicon.language, sentence.start));
        // "flossen zudem 250.000 Euro an das Medienzentrum": more money from the giver of the claim before.
        const previous = claims.at(-1);
        if (!funderName && recipient && previous && previous.start < sentence.start && ADDITIVE.test(sentence.text)) funderName = previous.funder;
        if (!funderName && !recipient) return;
        if (funderName && recipient && sameName(funderName, recipient)) return;
        const listed = (name: string | null) => [...splitParties(name), ...(name ? coordinated(context, name, sentence.start, sentence.end) : [])];
        const recipients = [...listed(recipient), ...(gift ? [andRecipient(context, cueEnd, sentence.end, recipient)] : [])].filter((r, i) => i === 0 || r);
        for (const who of recipients) for (const funder of listed(funderName)) {
          // Control and founding carry no sum; a sum in the sentence belongs to the grant beside them.
          const carriesMoney = relation !== "controlled_by" && relation !== "founded_by";
          // "grants to Kloop ($120,000) and Vlast.kz ($230,000)": a sum in brackets after a party is that party's.
          const bracketed = who ? money.find((m) => { const name = context.text.lastIndexOf(who, m.start); return name >= sentence.start && /^\s*\($/u.test(context.text.slice(name + who.length, m.start)); }) : undefined;
          const amount = carriesMoney ? (bracketed ?? money[0] ?? null) : null;
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
  return dedupe(claims.map(withoutNonNames).filter(isClaim));

  /**
   * Gapping: "на ВГТРК выделено 34,5 млрд руб., а на RT — 28,7 млрд руб.", "…, а «Голос Америки» — более $250 млн":
   * the second clause leaves out the verb and the giver, which it shares with the claim before it.
   */
  function gapped(sentence: { text: string; start: number; end: number }) {
    const first = claims.find((c) => c.start === sentence.start);
    if (!first) return;
    for (const m of sentence.text.matchAll(GAPPED_CLAUSE)) {
      const sum = findMoney(sentence.text.slice(m.index + m[0].length), context.lexicon.language, sentence.start + m.index + m[0].length)[0];
      if (!sum || sum.start - (sentence.start + m.index + m[0].length) > 12) continue;
      const start = sentence.start + m.index + m[0].indexOf(m[1]!);
      const recipient = party(context, { text: m[1]!, start, end: start + m[1]!.length });
      if (recipient && !sameName(recipient, first.recipient ?? "")) claims.push({ ...first, recipient, amount: sum.amount, currency: sum.currency });
    }
  }
}

const GAPPED_CLAUSE = /[,;]\s*(?:а|и|and|et|und|while|tandis que|während)\s+(?:(?:на|для|to|for|à|au|aux|an|für)\s+)?([«„]?\p{Lu}[^—–,;«„»“”]{0,40}[»“”]?)\s*[—–]\s*(?:(?:около|более|свыше|почти|about|around|more than|nearly|environ|plus de|près de|rund|etwa|mehr als|über)\s+)?/gu;

// Money that changes hands without funding anyone: pay, prices and migrants' remittances (the guide's exclusions).
const NOT_FUNDING_MONEY = /(?<![\p{L}])(?:salar(?:y|ies)|wages?|prices?|remittances?|migrant workers|зарплат\p{L}*|заработн\p{L}*|цен[аыу]|денежн\p{L}* перевод\p{L}*|мигрант\p{L}*|salaires?|prix|transferts? de fonds|Gehalt\p{L}*|Lohn|Löhne|Preis\p{L}*|Überweisungen|Arbeitsmigrant\p{L}*)(?![\p{L}])/iu;

// Parties described only as "foreign donors" or "abroad" are unnamed: the guide leaves such a funder null.
const UNNAMED_PARTY = /^(?:(?:foreign|international|western|private)\s+donors|(?:(?:reader|private|foreign)\s+)?(?:grants|donations)(?:\s+and\s+(?:reader\s+|private\s+)?(?:grants|donations))?|subventions|dons|Spenden|Zuschüsse|гранты|пожертвования|abroad|зарубежн\p{L}+\s+донор\p{L}*|иностранн\p{L}+\s+донор\p{L}*|донор\p{L}*|рубежа|(?:dem\s+)?Ausland|bailleurs\s+étrangers|l['’]étranger)$/iu;

// Sentence openers and currencies that the name rules take for parties: "Then they paid…", "paid 25 000 Tenge".
const NOT_A_PARTY = /^(?:who|why|how|кто|зачем|почему|как|qui|pourquoi|comment|wer|warum|wie|then|but|and|so|however|also|now|later|yet|still|meanwhile|thus|тогда|потом|затем|но|а|и|alors|puis|mais|ensuite|dann|aber|und|danach|tenge|тенге|som|сом|somoni|сомони|sum|сум|rubles?|roubles?|рубл\p{L}*|dollars?|долларов|euros?|евро|kronor|manat|yuan)$/iu;

const OPENER_THEN_PRONOUN = /^(?:then|but|and|so|however|now|later|yet|still|alors|puis|mais|dann|aber|тогда|потом|но)\s+(?:they|we|he|she|it|i|you|ils|elles|nous|il|elle|sie|wir|er|они|мы|он|она)$/iu;

// "backed by 67 of the 90 lawmakers": a count of people is no named party.
const COUNTED = /^(?:\d+|one|two|three|some|many|most)\s+(?:of|из|de|d['’]entre|von)\s|^(?:(?:rund|etwa|about|around|some|environ|près de|около|более|свыше|über|mehr als)\s+)?\d[\d.,\s]*(?:\p{L}+\s+)?(?:Euro|US-Dollar|Dollar|dollars?|euros?|Rubel|Som|Tenge|тенге|сомов|рублей|долларов)?$/iu;

const BUDGET_RECIPIENT = /^(?:(?:the|le|la|l['’]|der|die|das|den)\s+)?(?:(?:state|federal|national|republican)\s+)?(?:budget|бюджет\p{L}*|Haushalt|Staatshaushalt)(?:\s+(?:de\s+l['’]État|de\s+l['’]etat|des\s+Staates|государства))?$/iu;

function withoutNonNames(claim: FundingClaim): FundingClaim {
  const clean = (name: string | null) => (name && (COUNTED.test(name.trim()) || NOT_A_PARTY.test(name.trim()) || OPENER_THEN_PRONOUN.test(name.trim()) || UNNAMED_PARTY.test(name.trim())) ? null : name);
  // Money put into a budget is spending planned, not given to anyone: a budget is no recipient.
  const recipient = claim.recipient && BUDGET_RECIPIENT.test(claim.recipient.trim()) ? null : claim.recipient;
  return { ...claim, funder: clean(claim.funder), recipient: clean(recipient) };
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


function relationOf(words: string, fallback: FundingRelation): FundingRelation {
  if (GRANT.test(words)) return "grant";
  if (LOAN.test(words)) return "loan";
  if (DONATION.test(words)) return "donation";
  if (BUDGET.test(words)) return "budget";
  return fallback;
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

/** One claim per pair per sentence: "Kazakh Voice" and "the outlet Kazakh Voice" are one recipient. */
const REPORT = /report|отч[её]т|доклад|rapport|Bericht|database|базе? данных|données/iu;

/** The source of a sentence whose words show it is the donor's own record: "according to the NED's annual report". */
function reportingDonor(context: ParagraphContext, sources: StatedSource[], sentence: { start: number; end: number }): string | null {
  const source = sources.find((s) => s.kind === "attribution" && s.start >= sentence.start && s.start < sentence.end && REPORT.test(context.text.slice(Math.max(sentence.start, s.start - 40), Math.min(sentence.end, s.end + 40))));
  return source?.name ?? null;
}

function dedupe(claims: FundingClaim[]): FundingClaim[] {
  const kept: FundingClaim[] = [];
  const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : sameName(a, b));
  for (const c of claims) if (!kept.some((k) => k.start === c.start && same(k.funder, c.funder) && same(k.recipient, c.recipient))) kept.push(c);
  // A reading that lost one party is a poorer copy of one in the same sentence that has both.
  const fuller = (c: FundingClaim) => kept.some((k) => k !== c && k.start === c.start && k.funder !== null && k.recipient !== null && ((c.recipient === null && c.funder !== null && sameName(k.funder, c.funder)) || (c.funder === null && c.recipient !== null && sameName(k.recipient, c.recipient))));
  return kept.filter((c) => !fuller(c));
}
