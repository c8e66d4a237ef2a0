import type { ParagraphContext } from "./context";
import type { FrameReading } from "./funding-frames";
import { party } from "./funding-parties";
import type { Money } from "./money";
import type { TextSpan } from "../text/sentences";
import type { FundingRelation } from "./types";

/**
 * German clauses of funding read by their case marking rather than their word order, which German keeps
 * free: the verb stands second ("Seit 2019 fördert die Soros-Stiftung das Portal Kloop") or last ("Wie
 * Tadschikistan den Rogun-Staudamm finanziert", "2021 hat die EU das Projekt … gefördert"). Each noun
 * phrase is read with its article or preposition: "den"/"einen" mark an object, "dem" a recipient, "von",
 * "durch" and "aus" the payer of a passive, "für" what the money is for. The subject is the nominative
 * phrase opening the clause, or the first after the verb when an adverbial opens it.
 */

const VERBS: [RegExp, FundingRelation][] = [
  [/^(?:finanziert|finanzierte|finanzierten|finanzieren|bezahlt|bezahlte|bezahlten|gezahlt|zahlt|zahlte|zahlten|überwies|überwiesen|überweist|investiert|investierte|investierten)$/u, "funding"],
  [/^(?:fördert|förderte|förderten|fördern|gefördert|bewilligt|bewilligte|bewilligten|genehmigt|genehmigte|genehmigten|gewährt|gewährte|gewährten|bereitgestellt|vergab|vergeben|zugesagt|gespendet|spendete|spendeten)$/u, "funding"],
  [/^(?:unterstützt|unterstützte|unterstützten|unterstützen)$/u, "supported_by"],
  [/^(?:gegründet|gründete|gründeten)$/u, "founded_by"],
];

// Receiving turns the roles round: the subject gets, the "von" phrase (or the giver of "einen Zuschuss der NED") gives.
const RECEIVING = /^(?:erhielt|erhielten|erhält|erhalten|bekam|bekamen|bekommt|bekommen)$/u;

const PASSIVE_AUX = /(?<![\p{L}])(?:wird|wurde|werden|wurden|worden|ist|sind|war|waren)(?![\p{L}])/u;
const ACTIVE_AUX = /(?<![\p{L}])(?:hat|haben|hatte|hatten|habe|hätte|hätten|soll|sollen|sollte|will|wollen)(?![\p{L}])/u;
const RELATIVE_PRONOUN = /^(?:der|die|das|den|dem|welche|welcher|welches)$/u;
const SUBORDINATOR = /^(?:wie|dass|weil|ob|da|nachdem|als|wenn|womit|wodurch)$/iu;
// Verbs of giving that take the recipient in the dative: "hat dem Medienzentrum … gezahlt".
const DATIVE_VERBS = /^(?:bezahlt|gezahlt|zahlt|zahlte|zahlten|überwies|überwiesen|überweist|bewilligt|bewilligte|gewährt|gewährte|bereitgestellt|vergab|vergeben|zugesagt|gespendet|spendete)$/u;
const MONEY_NOUN = /^(?:Zuschüss\p{L}*|Zuschuss\p{L}*|Spenden|Spende|Mitteln?|Geldern?|Geld|Krediten?|Kredit|Fördermitteln?|Förderung|Finanzierung|Darlehen|Beiträgen?|Zahlungen)$/u;

type Marker = "nom" | "acc" | "dat" | "gen" | "nomacc" | "bare" | "von" | "durch" | "aus" | "für" | "an" | "in" | "other";

interface Phrase {
  marker: Marker;
  /** The name or noun the phrase is about. */
  core: TextSpan;
  start: number;
  end: number;
  /** The giver of money named in a genitive: "einen Zuschuss der NED". */
  merged?: boolean;
}

const ARTICLE: Record<string, Marker> = {
  der: "nom", die: "nomacc", das: "nomacc", den: "acc", dem: "dat", des: "gen",
  ein: "nom", eine: "nomacc", einen: "acc", einem: "dat", einer: "dat", eines: "gen",
};
const PREPOSITION: Record<string, Marker> = {
  von: "von", vom: "von", durch: "durch", aus: "aus", für: "für", an: "an", am: "an", ans: "an", in: "in", ins: "in",
};

const OPENERS = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Von|Vom|Durch|Aus|Für|An|Am|In|Im|Ins|Mit|Bei|Beim|Nach|Laut|Seit|Zu|Zum|Zur|Über|Unter|Auf|Gegen|Um|Bis|Ohne|Wie|Dass|Weil|Ob|Da|Nachdem|Als|Wenn|Auch|Zudem|Außerdem|Zusätzlich|Damit|Dafür|So|Jährlich|Insgesamt|Bereits|Schon|Dann|Danach|Finanziert|Gefördert|Unterstützt|Bezahlt|Gegründet)$/u;

const WORD = /[«„"]?[\p{L}\d][\p{L}\d.’'\-]*[»“"]?|\([^)]{1,20}\)|[,;:–—]/gu;

/** The noun phrases of a clause, each with the article or preposition that marks its role. */
function phrasesOf(text: string, from: number, to: number, money: Money[]): Phrase[] {
  const words = [...text.slice(from, to).matchAll(WORD)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
  const phrases: Phrase[] = [];
  // A clause opened by "Seit", "Im", "Wie" or "Laut" capitalises a word that is no name.
  for (const w of words) if (OPENERS.test(w.text)) w.text = w.text.toLowerCase();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^[«„"]?\p{Lu}/u.test(w.text) || money.some((m) => w.start >= m.start && w.start < m.end)) continue;
    let j = i;
    // A name runs over capitalised words, "für"/"von" inside it and an abbreviation after it.
    while (j + 1 < words.length && (/^[«„"]?\p{Lu}/u.test(words[j + 1]!.text) || /^\(/u.test(words[j + 1]!.text) || (/^(?:für|von|der)$/u.test(words[j + 1]!.text) && j + 2 < words.length && /^\p{Lu}/u.test(words[j + 2]!.text) && /^\p{Lu}/u.test(w.text) && /(?:Gesellschaft|Stiftung|Agentur|Bank|Fonds|Institut|Zentrum|Ministerium)$/u.test(words[j]!.text))) && !money.some((m) => words[j + 1]!.start >= m.start && words[j + 1]!.start < m.end)) j++;
    let k = i - 1;
    while (k >= 0 && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(words[k]!.text) && !ARTICLE[words[k]!.text] && !PREPOSITION[words[k]!.text]) k--;
    const article = k >= 0 ? ARTICLE[words[k]!.text.toLowerCase()] : undefined;
    const prepBefore = k >= 0 ? PREPOSITION[words[k]!.text.toLowerCase()] : undefined;
    const prepOfArticle = article && k >= 1 ? PREPOSITION[words[k - 1]!.text.toLowerCase()] ?? (/^\p{Ll}+$/u.test(words[k - 1]!.text) && /^(?:mit|bei|beim|nach|laut|seit|zu|zum|zur|über|unter|im|auf|gegen|um|bis|ohne)$/u.test(words[k - 1]!.text) ? "other" : undefined) : undefined;
    const preposition = prepBefore ?? prepOfArticle ?? (k >= 0 && /^(?:mit|bei|beim|nach|laut|seit|zu|zum|zur|über|unter|im|auf|gegen|um|bis|ohne)$/iu.test(words[k]!.text) ? "other" : undefined);
    const marker: Marker = preposition ?? article ?? "bare";
    const start = words[Math.max(0, k)]!.start;
    phrases.push({ marker, core: { text: text.slice(w.start, words[j]!.end), start: w.start, end: words[j]!.end }, start: k >= 0 && (article || preposition) ? start : w.start, end: words[j]!.end });
    i = j;
  }
  // "Zuschüsse der NED": a genitive right after a noun belongs to it, and names who gives the money.
  const merged: Phrase[] = [];
  for (const p of phrases) {
    const last = merged.at(-1);
    if (last && (p.marker === "gen" || p.marker === "nom") && text.slice(last.end, p.start).trim() === "" && (p.marker === "gen" || /^(?:der)\s/u.test(text.slice(p.start, p.end)))) {
      if (MONEY_NOUN.test(last.core.text)) merged[merged.length - 1] = { ...last, core: p.core, end: p.end, merged: true };
      else merged[merged.length - 1] = { ...last, end: p.end };
      continue;
    }
    merged.push(p);
  }
  return merged.filter((p) => !MONEY_NOUN.test(p.core.text) || p.marker === "von");
}

const nominative = (p: Phrase) => p.marker === "nom" || p.marker === "nomacc" || p.marker === "bare";
const objective = (p: Phrase) => p.marker === "acc" || p.marker === "nomacc" || p.marker === "bare" || p.marker === "dat";

export function readGermanClauses(context: ParagraphContext, sentence: TextSpan, money: Money[]): FrameReading[] {
  const readings: FrameReading[] = [];
  const clauses = [...sentence.text.matchAll(/(?:[^,;:–—]|(?<=\d),(?=\d))+/gu)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
  for (const [clauseIndex, clause] of clauses.entries()) {
    const text = context.text.slice(clause.start, clause.end);
    const words = [...text.matchAll(/[\p{L}]+/gu)];
    // "finanziert sich über Spenden": a reflexive clause is the frames' to read.
    if (/(?<![\p{L}])sich(?![\p{L}])/u.test(text)) continue;
    const verb = words.map((w) => ({ w, relation: RECEIVING.test(w[0]) ? ("receiving" as const) : VERBS.find(([re]) => re.test(w[0].toLowerCase()))?.[1] })).find((v) => v.relation);
    if (!verb?.relation) continue;
    const verbAt = clause.start + verb.w.index!;
    const phrases = phrasesOf(context.text, clause.start, clause.end, money).filter((p) => p.end <= verbAt || p.start >= verbAt + verb.w[0].length || true);
    if (phrases.length < 2 && !PASSIVE_AUX.test(text)) continue;
    // The first word decides where the subject stands: a subordinator or an adverbial opens the clause
    // before it, a noun phrase opening the clause is the subject itself.
    const first = words[0]?.[0] ?? "";
    const finite = [...text.matchAll(new RegExp(`${ACTIVE_AUX.source}|${PASSIVE_AUX.source}|(?<![\\p{L}])${verb.w[0]}(?![\\p{L}])`, "gu"))][0];
    const finiteAt = finite ? clause.start + finite.index : verbAt;
    const passive = PASSIVE_AUX.test(text) && !ACTIVE_AUX.test(text) && !/(?<![\p{L}])sich(?![\p{L}])/u.test(text);
    const opening = phrases[0];
    const opensWithPhrase = opening && opening.start < finiteAt && nominative(opening) && context.text.slice(clause.start, opening.start).trim() === "";
    // "der Sender, der … finanziert wird": a relative pronoun's subject is the phrase the clause follows.
    const antecedent = RELATIVE_PRONOUN.test(first) && clauseIndex > 0 ? phrasesOf(context.text, clauses[clauseIndex - 1]!.start, clauses[clauseIndex - 1]!.end, money).at(-1) : undefined;
    const subject = antecedent
      ?? (SUBORDINATOR.test(first)
        ? phrases.find((p) => nominative(p))
        : opensWithPhrase ? opening : phrases.find((p) => p.start > finiteAt && nominative(p)));
    if (!subject) continue;
    // What stands before the finite verb of a verb-second clause ("Nach Recherchen von Kloop erhielt …") is an
    // adverbial, not a party.
    const rest = phrases.filter((p) => p !== subject && (antecedent || SUBORDINATOR.test(first) || opensWithPhrase || p.start > finiteAt));
    let funder: Phrase | undefined;
    let recipient: Phrase | undefined;
    if (verb.relation === "receiving") {
      recipient = subject;
      funder = rest.find((p) => p.marker === "von" || p.marker === "durch") ?? rest.find((p) => p.merged && p.start > finiteAt) ?? rest.find((p) => p.marker === "aus");
    } else if (passive) {
      recipient = subject;
      funder = rest.find((p) => p.marker === "von" || p.marker === "durch") ?? rest.find((p) => p.marker === "aus");
    } else {
      funder = subject;
      const dativeFirst = DATIVE_VERBS.test(verb.w[0]);
      recipient = (dativeFirst ? rest.find((p) => p.marker === "dat") : undefined)
        ?? rest.find((p) => p.marker !== "dat" && objective(p) && p.start > subject.end)
        ?? rest.find((p) => p.marker === "für" || p.marker === "an" || (p.marker === "in" && /^in\s+den\s/u.test(context.text.slice(p.start, p.end))));
    }
    if (!funder || !recipient) continue;
    const funderName = party(context, funder.core);
    const recipientName = party(context, recipient.core);
    if (!funderName || !recipientName) continue;
    const relation = verb.relation === "receiving" ? "funding" : verb.relation === "funding" && funder.marker === "aus" ? "budget" : verb.relation;
    readings.push({ funder: funderName, recipient: recipientName, relation, at: verbAt, cueEnd: verbAt + verb.w[0].length });
  }
  return readings;
}
