import type { TextSpan } from "../text/sentences";
import {
  AS_CLAUSE,
  COMPLEMENT,
  DATA_WORD,
  GERMAN_FRONT,
  GERMAN_TOPIC_FIRST,
  IDIOM_OBJECT,
  IMPERSONAL_CONTINUATION,
  type Inside,
  patterns,
  RELATIVE_BEFORE,
  RELAYING,
  RUSSIAN_TOPIC_FIRST,
  SELF_REPORTING,
  source,
} from "./attribution-patterns";
import { describedSource, subjectEnd, subjectPick } from "./attribution-subjects";
import { type ParagraphContext, pickPhrase, resolvePick } from "./context";
import { appositiveName, isOrganisationName, type NamePick, phraseAfter, phraseBefore } from "./names";
import type { StatedSource } from "./types";

/** Attributions by a reporting verb, with the source before it, after it (inverted), or as a pronoun for the one before. */

/** "X said that…", "…, said X.", "сообщает ТАСС", "a précisé M. Lapchine", "fügte sie hinzu". */
export function verbSources(context: ParagraphContext, sentence: TextSpan, previous: TextSpan | null, inside: Inside, here: StatedSource[], earlier: () => StatedSource[]): StatedSource[] {
  const found: StatedSource[] = [];
  const { lexicon, text } = context;
  const verb = patterns(lexicon).verbs;
  for (const match of sentence.text.matchAll(verb)) {
    const at = sentence.start + match.index;
    const word = match[0];
    const verbEnd = at + word.length;
    const known = [...here, ...found];
    if ((inside(at) && !relaysQuotation(context, word, at)) || known.some((s) => at >= s.start && at < s.end) || belongsToEarlierCue(text, known, sentence, at)) continue;
    const after = text.slice(verbEnd, sentence.end);
    const before = text.slice(sentence.start, at);
    // A German sentence opening with its verb is a condition or a question ("Berichtet die F.A.Z. über …, erreichen …").
    if (lexicon.language === "de" && before.trim().length === 0) continue;
    // French "selon" is a preposition: the cue reading has it.
    if (IDIOM_OBJECT.test(after) || isNounOrPassive(word, before) || /^selon$/iu.test(word)) continue;
    const continuation = pronounAfterVerb(context, sentence, previous, word, verbEnd, earlier);
    if (continuation !== undefined) {
      if (continuation) found.push(source(continuation.pick, sentence.text, at, continuation.end));
      continue;
    }
    const complemented = COMPLEMENT.test(after) || /^\s*[,:]/u.test(after) || AS_CLAUSE.test(before) || germanReportedClause(lexicon.language, after);
    const closing = closesSentence(before, after);
    const inverted = /(?:[”»“"’]\s*,?|[—–:])\s*$/u.test(before) || before.trim().length === 0 || closing !== null || RELATIVE_BEFORE.test(before) || (lexicon.language === "ru" && RUSSIAN_TOPIC_FIRST.test(before)) || (lexicon.language === "de" && GERMAN_TOPIC_FIRST.test(before.trim()));
    if (!SELF_REPORTING.test(word) && !complemented && !inverted) continue;
    let subject = inverted ? null : phraseBefore(text, sentence.start, subjectEnd(context, sentence.start, at), lexicon);
    if (subject && lexicon.language === "de" && GERMAN_FRONT.test(subject.text.split(/\s+/)[0]!)) subject = null;
    // "X data show": only data, figures and studies show anything.
    if (/^(?:show|shows|showed|montrent|montre|zeigen|zeigt|свидетельствуют|свидетельствует)$/iu.test(word) && !DATA_WORD.test(before.split(/[,;]/u).at(-1) ?? "")) continue;
    // "man sagt uns", "on dit": nobody in particular.
    if (subject && /^(?:man|on|one)$/iu.test(subject.text)) continue;
    let pick = subject ? subjectPick(context, subject) : null;
    let end = verbEnd;
    if (!pick && !inverted && closing === null && subject === null) continue;
    if (!pick) {
      const object = !inverted ? null
        : RELAYING.test(word) ? leadingName(phraseAfter(text, verbEnd, sentence.end, lexicon))
        : closing !== null ? trailingPhrase(text, verbEnd, verbEnd + closing) : appositiveName(text, phraseAfter(text, verbEnd, sentence.end, lexicon), sentence.end);
      pick = !object || /^\s*(?:that|que|qu['’]|что|dass|about|on|to|à|of|in|at|during|en|dans|в|im|am|on\s+\p{L}+day)\b/iu.test(object.text) ? null : (pickPhrase(context, object) ?? describedSource(context, object));
      if (object && pick) end = object.end;
    }
    // "Valentina Kozhevnikova, denied any political agenda": no name after the verb, so the subject in front speaks.
    if (!pick && closing !== null) {
      subject = phraseBefore(text, sentence.start, subjectEnd(context, sentence.start, at), lexicon);
      pick = subject && /,\s*$/u.test(before) ? subjectPick(context, subject) : null;
      if (pick && (pick.reference || !/^\p{Lu}/u.test(pick.name))) pick = null;
    }
    if (pick) found.push(source(pick, sentence.text, subject && pick ? subject.start : at, end));
  }
  return found;
}

/** "kritisiert in einem Bericht, die Folgen seien …": German reports in the subjunctive after a comma, without "dass". */
export function germanReportedClause(language: string, after: string): boolean {
  return language === "de" && /^\s*(?:[^\s,.;:!?]+\s+){0,5}?[^\s,.;:!?]+\s*,\s*(?:\S+\s+){1,12}?(?:sei|seien|habe|haben|werde|würden|könne|müsse|gebe)\b/u.test(after);
}

/** "quarterly financial reports, …", "the claims", "was claimed by the Islamic State": a noun or a passive, not someone reporting. */
export function isNounOrPassive(word: string, before: string): boolean {
  if (/^(?:reports?|claims?|estimates?|notes?|states|shows?|says?|remarks|highlights|statements?)$/iu.test(word) &&
    /(?:^|\s)(?:the|a|an|these|those|its|their|his|her|our|financial|annual|quarterly|official|media|news|recent|previous|latest|some|many|several|such|initial|earlier)\s+$/iu.test(before)) return true;
  return /^claimed$/iu.test(word) && /\b(?:was|were|been|being|is|are)\s+$/iu.test(before);
}

/** "«…», — цитирует РИА Новости члена комитета …": a relaying verb after the closing mark names who passes the quotation on. */
export function relaysQuotation(context: ParagraphContext, word: string, at: number): boolean {
  if (!RELAYING.test(word)) return false;
  return context.found.some((q) => q.kind === "quote" && q.quote !== null && at >= q.start && at < q.end &&
    at >= context.text.indexOf(q.quote, q.start) + q.quote.length);
}

/** "Wie das Ministerium am Dienstag mitteilte": the verb closes a clause whose source a cue already named. */
export function belongsToEarlierCue(text: string, known: StatedSource[], sentence: TextSpan, at: number): boolean {
  return known.some((s) => s.start >= sentence.start && s.end <= at && /^(?:wie|как|comme|as)\s/iu.test(text.slice(s.start, s.end)) && !/[,;:]/u.test(text.slice(s.end, at)));
}

/**
 * "…, sagt er." / "fügte sie hinzu" / "hieß es weiter" / "a-t-il ajouté": a pronoun or an impersonal "es" after
 * the verb stands for the source of the sentence before. `undefined` when the verb is not followed by one.
 */
export function pronounAfterVerb(context: ParagraphContext, sentence: TextSpan, previous: TextSpan | null, word: string, verbEnd: number, earlier: () => StatedSource[]): { pick: NamePick; end: number } | null | undefined {
  const rest = context.text.slice(verbEnd, sentence.end);
  const pronoun = patterns(context.lexicon).pronounAfter.exec(rest);
  const impersonal = IMPERSONAL_CONTINUATION.test(`${word}${rest.replace(/[.!?…\s]+$/u, "")}`);
  if (!pronoun && !impersonal) return undefined;
  const plural = pronoun ? /^(?:they|ils|elles|они|sie)$/iu.test(pronoun[1]!) && context.lexicon.language !== "de" : false;
  const want = impersonal || plural ? "any" : "person";
  const pick = previousSpeaker(context, earlier(), previous ?? sentence, verbEnd, want);
  const end = verbEnd + rest.replace(/[.!?…\s]+$/u, "").length;
  return pick ? { pick, end } : null;
}

/**
 * The source the sentence before ended with, for a pronoun: a speaker or source found there (anonymous ones too:
 * "Ein Insider … beschreibt: „…“ … sagt er"), else the person the text names last.
 */
export function previousSpeaker(context: ParagraphContext, earlier: StatedSource[], previous: TextSpan, position: number, want: "person" | "any"): NamePick | null {
  const candidates = earlier
    .filter((s) => (s.kind === "quote" || s.kind === "attribution") && s.start >= previous.start && s.start < position)
    .filter((s) => want === "any" || s.anonymous || !isOrganisationName(s.name))
    .sort((a, b) => a.start - b.start);
  const last = candidates.at(-1);
  if (last) return { name: last.name, anonymous: last.anonymous };
  const pronoun = context.lexicon.pronouns.split("|")[want === "any" ? 2 : 0] ?? "he";
  return resolvePick(context, { name: pronoun, anonymous: false, reference: true }, position);
}

/** The comma-separated clause that ends the sentence after an inverted verb ("…, rapporte Radio Ozodi, le service tadjik de RFE/RL."): its length, or null. */
export function closesSentence(before: string, after: string): number | null {
  if (!/,\s*$/u.test(before)) return null;
  // "Two former employees, who spoke on condition of anonymity, said …": the comma closes a relative clause on the subject.
  if (/,\s*(?:who|which|qui|lequel|laquelle|котор\p{L}+|der|die|welche[rs]?)\s[^,]*,\s*$/iu.test(before)) return null;
  const body = after.replace(/[.!?…”»"]+\s*$/u, "");
  if ((body.match(/\S+/g)?.length ?? 0) > 10 && !/,/u.test(body)) return null;
  // "…, told RT that the legislation…": a reported clause follows, so the subject stands before the verb.
  if (/(?<![\p{L}])(?:that|que|qu['’]|что|dass)(?![\p{L}])/iu.test(body.split(",")[0]!)) return null;
  const comma = body.indexOf(",");
  if (comma < 0) return body.trim() ? body.length : null;
  const head = body.slice(0, comma);
  const appositive = body.slice(comma + 1);
  // After the name, only an appositive may follow: "le service tadjik de…", "cité par l'agence TASS", "the agency's chief".
  if ((head.match(/\S+/g)?.length ?? 0) > 8 || /[;:]/u.test(appositive)) return null;
  // A short head holding a name ("l'agence officielle UzA") ends the name whatever the comma brings next.
  if ((head.match(/\S+/g)?.length ?? 0) <= 5 && /(?:^|\s|['’])\p{Lu}/u.test(head)) return head.trim() ? comma : null;
  if (!/^\s*(?:le|la|les|l['’]|un|une|the|a|an|der|die|das|ein|eine|cit[ée]e?s?|quoted|cited|zitiert|который|которая|которое|\p{Ll}+(?:ый|ий|ой|ая))(?![\p{L}])/iu.test(appositive)) return null;
  return head.trim() ? comma : null;
}

/** The capitalised words opening a phrase: who relays ("РИА Новости"), before whom they quote ("члена комитета …"). */
export function leadingName(phrase: TextSpan | null): TextSpan | null {
  const run = phrase && /^(?:\p{Lu}[\p{L}.\-]*|\d+[\p{L}.]+)(?:\s+(?:\p{Lu}[\p{L}.\-]*))*/u.exec(phrase.text);
  return run && phrase ? { text: run[0], start: phrase.start, end: phrase.start + run[0].length } : phrase;
}

/** The rest of the sentence after an inverted verb, without its final punctuation. */
export function trailingPhrase(text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/[.!?…”»"]+$/u, "");
  return body ? { text: body, start: from + lead, end: from + lead + body.length } : null;
}
