import type { Lexicon } from "./lexicon";
import { pickPhrase, resolvePick, sameName, type ParagraphContext } from "./context";
import { appositiveName, fullNames, isOrganisationName, phraseAfter, phraseBefore, pickName, type NamePick } from "./names";
import type { TextSpan } from "../text/sentences";
import type { StatedSource } from "./types";

/**
 * Attributions: "according to X", "X reported that", "said X", "по данным X", "selon X", "laut X", and the
 * pronouns that stand for the previous sentence's source ("по его словам", "fügte sie hinzu"). A cue inside a
 * quotation, or one that already named a quote's speaker, is not counted twice.
 */

/** Verbs that report by themselves; the others ("announced", "confirmed") need "that", a colon or inversion. */
const SELF_REPORTING =
  /^(?:said|says|say|told|tells|tell|reported|reports|wrote|writes|estimated|estimates|explained|explains|stated|stressed|claimed|claims|noted|added|denied|denies|confirmed|confirms|bestätigte|bestätigt|a confirmé|confirme|подтвердил[аио]?|show|shows|showed|montrent|montre|zeigen|zeigt|сообщил[аио]?|сообщает|сообщают|сообщал[аио]?|заявил[аио]?|заявляет|сказал[аио]?|пишет|пишут|писал[аио]?|передает|передаёт|рассказал[аио]?|считает|напомнил[аио]?|приводит|привод[ия]т|цитирует|назвал[аио]?|отрицает|отрицают|a déclaré|ont déclaré|a dit|a affirmé|a indiqué|rapporte|a rapporté|estime|affirme|explique|indique|raconte|rappelle|cite|fait état|a fait état|démentent|dément|sagte|sagten|sagt|erklärte|teilte|berichtete|berichtet|schrieb|betonte|zitiert|zitierte|fügte|ergänzte|bestritt|bestreitet)$/iu;

/** Verbs whose subject passes on someone else's words ("Kloop zitiert einen Zollbeamten"): the quotation they carry is not theirs. */
const RELAYING = /^(?:zitiert|zitierte|цитирует|цитируют|cite|citent|quotes|quoted|cites|cited)$/iu;

const GERMAN_FRONT = /^(?:Am|Im|In|Nach|Vor|Bei|Zuletzt|Dazu|Dort|Damals|Zudem|Auch|Zuvor|Jetzt|Nun|Gestern|Heute|So|Dabei)$/u;

/** "that"-clauses may stand a few words after the verb: "warned the Central Asian republics that", "rappelle enfin que". */
const COMPLEMENT = /^\s*(?:[^\s,.;:!?«»“”„"]+\s+){0,8}?(?:that|que|qu['’]|что|dass)(?![\p{L}])/iu;

/** "said goodbye to", "say yes": idioms, not reporting. */
const IDIOM_OBJECT = /^\s*(?:goodbye|farewell|hello|yes|no|thanks)\b/iu;

/** "as Nagina highlights", "comme le souligne X", "wie X betonte", "как отметил X": the clause reports by itself. */
const AS_CLAUSE = /(?:^|[\s,])(?:as|comme|wie|как)\s+(?:\S+\s+){0,5}$/iu;

/** A relative clause ahead of the verb ("данных МВД, которые приводит ТАСС") leaves the source after it. */
const RELATIVE_BEFORE = /(?:котор\p{L}+|que|qu['’])\s*$/iu;

/** "Об этом на заседании сообщил X", "Это подтвердил X": Russian puts the speaker after the verb when the clause opens on what is reported. */
const RUSSIAN_TOPIC_FIRST = /^(?:Об этом|Это|Так|О том же)(?![\p{L}])/u;

/** Impersonal third-person plural ("в пресс-службе сообщили"): the place named with «в» speaks. */
const IMPERSONAL_PLURAL = /(?<![\p{L}])(?:заявили|сообщили|подтвердили|пояснили|отметили|рассказали|уточнили|добавили|признали|сообщают|заявляют|считают|подчеркнули)(?![\p{L}])/giu;

/** "hieß es weiter", "heißt es": the source of the previous sentence goes on speaking. */
const IMPERSONAL_CONTINUATION = /^(?:hieß|heißt)\s+es(?:\s+(?:weiter|ergänzend|zudem|außerdem))?$/iu;

/** What data, documents and studies say: "International Monetary Fund data show", "Documents obtained by Kloop show". */
const DATA_WORD = /(?<![\p{L}])(?:data|figures|statistics|study|studies|survey|poll|results|documents?|records|reports?|census|données|chiffres|études?|Daten|Zahlen|Dokumente|Unterlagen)(?![\p{L}])/iu;

type Inside = (offset: number) => boolean;

/** One language's patterns, compiled once: lexicon alternations are long, and hashing them on every lookup is not free. */
const PATTERNS = new WeakMap<Lexicon, ReturnType<typeof compilePatterns>>();

function patterns(lexicon: Lexicon) {
  let p = PATTERNS.get(lexicon);
  if (!p) PATTERNS.set(lexicon, (p = compilePatterns(lexicon)));
  return p;
}

function compilePatterns(l: Lexicon) {
  return {
    cues: new RegExp(`(?<![\\p{L}])(?:${l.cuesBeforeSource})(?![\\p{L}])`, "giu"),
    pronounCues: new RegExp(`(?<![\\p{L}])(?:${l.pronounCues})(?![\\p{L}])`, "giu"),
    pronounCueHere: new RegExp(`^(?:${l.pronounCues})(?![\\p{L}])`, "iu"),
    verbs: new RegExp(`(?<![\\p{L}-])(?:${l.reportingVerbs})(?![\\p{L}])`, "giu"),
    verb: new RegExp(`(?<![\\p{L}-])(?:${l.reportingVerbs})(?![\\p{L}])`, "iu"),
    pronounAfter: new RegExp(`^\\s+(${l.pronouns})(?:\\s+(?:${l.verbFillers}))*(?:\\s+(?:hinzu|weiter|fort))?\\s*[.!?…]*\\s*$`, "iu"),
    citingAside: new RegExp(`\\s(?:${l.citingAsides})\\s[^,]*$`, "iu"),
    trailingFillers: new RegExp(`(?:\\s+(?:${l.verbFillers}))+\\s*$`, "iu"),
    pronoun: new RegExp(`^(?:${l.pronouns})$`, "iu"),
    leadingDeterminers: new RegExp(`^(?:(?:${l.determiners}|${l.indefinites}|all|most|tous|toutes|alle)\\s+)+`, "iu"),
    describedSource: new RegExp(`(?<![\\p{L}])(?:${l.describedSources})`, "iu"),
    roleNoun: new RegExp(`(?:${l.roleNouns})`, "iu"),
  };
}

export function findAttributions(context: ParagraphContext, taken: { start: number; end: number }[]): StatedSource[] {
  const sources: StatedSource[] = [];
  const inside: Inside = (offset) => taken.some((t) => offset >= t.start && offset < t.end);
  context.sentences.forEach((sentence, index) => {
    const previous = context.sentences[index - 1] ?? null;
    const here: StatedSource[] = [];
    const earlier = () => [...context.found, ...sources, ...here];
    here.push(...cueSources(context, sentence, inside));
    here.push(...pronounCueSources(context, sentence, previous, earlier));
    here.push(...locativeSources(context, sentence, inside, here));
    here.push(...verbSources(context, sentence, previous, inside, here, earlier));
    for (const found of here) if (!repeatsQuote(context, sentence, found)) sources.push(found);
  });
  return sources;
}

/** "according to X", "selon X", "по данным X", "laut X". */
function cueSources(context: ParagraphContext, sentence: TextSpan, inside: Inside): StatedSource[] {
  const found: StatedSource[] = [];
  const cue = patterns(context.lexicon).cues;
  for (const match of sentence.text.matchAll(cue)) {
    const at = sentence.start + match.index;
    if (inside(at) || pronounCueAt(context, at)) continue;
    if (context.lexicon.language === "de" && at === sentence.start && /^(?:Berichtet|Berichtete|Meldet|Meldete|Schreibt|Zitiert)$/u.test(match[0])) continue;
    const selfNamed = cueNamesItself(context, match[0], at);
    if (selfNamed) {
      found.push(source(selfNamed, sentence.text, at, at + match[0].length));
      continue;
    }
    let phrase = phraseAfter(context.text, at + match[0].length, sentence.end, context.lexicon);
    if (!phrase) continue;
    phrase = withoutVerb(context, publishedBy(context, phrase, sentence.end) ?? phrase);
    if (!phrase) continue;
    let direct = pickPhrase(context, phrase);
    // "министр труда, миграции …": a role in lower case with the person's name further on.
    const named = direct && /\p{Lu}/u.test(direct.name) ? null : roleWithName(context, phrase, sentence.end);
    if (named) direct = null;
    const pick = direct ?? named?.pick ?? describedSource(context, phrase);
    if (pick) found.push(source(pick, sentence.text, at, named?.end ?? phrase.end));
  }
  return found;
}

/** "со ссылкой на Минэнерго сообщало": the phrase after a cue ends before the next reporting verb. */
function withoutVerb(context: ParagraphContext, phrase: TextSpan): TextSpan | null {
  const verb = [...phrase.text.matchAll(patterns(context.lexicon).verbs)].find((v) => v.index > 0 && !isNounOrPassive(v[0], phrase.text.slice(0, v.index)));
  if (!verb) return phrase;
  const text = phrase.text.slice(0, verb.index).trimEnd();
  return text ? { text, start: phrase.start, end: phrase.start + text.length } : null;
}

/** "nach Branchenschätzungen", "selon des estimations": the cue's own noun is the (unnamed) source. */
function cueNamesItself(context: ParagraphContext, cue: string, at: number): NamePick | null {
  const noun = /(\p{L}+(?:schätzungen|berechnungen|angaben|informationen))$/iu.exec(cue);
  if (!noun || /^(?:Angaben|Informationen)$/u.test(noun[1]!)) return null;
  const next = context.text.slice(at + cue.length).match(/^\s+(\S+)/u)?.[1] ?? "";
  if (/^(?:de[rsmn]|von|aus|zufolge)$/u.test(next)) return null;
  return { name: noun[1]!, anonymous: true };
}

/** "les documents publiés le 3 mars par X", "data released on Monday by X": the publisher is the source. */
function publishedBy(context: ParagraphContext, phrase: TextSpan, until: number): TextSpan | null {
  if (!DATA_WORD.test(phrase.text)) return null;
  const by = /^\s+(?:publiée?s?|diffusée?s?|rendue?s? publi\p{L}+|published|released|obtained|veröffentlicht\p{L}*)\s+(?:[^,.;:]{0,40}?\s)?(?:par|by|von)\s+/iu.exec(context.text.slice(phrase.end, until));
  return by ? phraseAfter(context.text, phrase.end + by[0].length, until, context.lexicon) : null;
}

function pronounCueAt(context: ParagraphContext, at: number): boolean {
  return patterns(context.lexicon).pronounCueHere.test(context.text.slice(at, at + 40));
}

/** "по его словам", "selon lui", "d'après elle", "according to him", "ihm zufolge": the speaker of the sentence before. */
function pronounCueSources(context: ParagraphContext, sentence: TextSpan, previous: TextSpan | null, earlier: () => StatedSource[]): StatedSource[] {
  const found: StatedSource[] = [];
  const cue = patterns(context.lexicon).pronounCues;
  for (const match of sentence.text.matchAll(cue)) {
    const at = sentence.start + match.index;
    const plural = /(?:их|eux|elles|them|ihnen|ihren)/iu.test(match[0]);
    const pick = previousSpeaker(context, earlier(), previous ?? sentence, at, plural ? "any" : "person");
    if (pick) found.push(source(pick, sentence.text, at, at + match[0].length));
  }
  return found;
}

/** "В Минфине заявили, что…", "сообщили в пресс-службе фонда": Russian impersonal plurals speak through the place. */
function locativeSources(context: ParagraphContext, sentence: TextSpan, inside: Inside, here: StatedSource[]): StatedSource[] {
  if (context.lexicon.language !== "ru") return [];
  const found: StatedSource[] = [];
  const verb = IMPERSONAL_PLURAL;
  for (const match of sentence.text.matchAll(verb)) {
    const at = sentence.start + match.index;
    if (inside(at) || here.some((s) => at >= s.start && at < s.end)) continue;
    const before = context.text.slice(sentence.start, at);
    const after = context.text.slice(at + match[0].length, sentence.end);
    // "не подтвердили": what someone did not say is no source.
    if (/(?:^|\s)не\s+$/u.test(before)) continue;
    const opening = /^(?:[^,]*?\s)?[Вв]о?\s+(?=\S)/u.exec(before);
    const trailing = /^\s+во?\s+(?=\S)/u.exec(after);
    let phrase: TextSpan | null = null;
    if (opening) {
      phrase = phraseAfter(context.text, sentence.start + opening[0].length, at, context.lexicon);
      // Only a recipient ("Интерфаксу", "на запрос Kloop") may stand between the place and the verb.
      let gap = phrase ? context.text.slice(phrase.end, at) : "";
      // "В Министерстве культуры, информации, спорта и молодежной политики заявили": the name runs on to the verb.
      const continued = phrase && /^(?:,\s*|\s+и\s+|\s+)(?:\p{Ll}+(?:,\s*|\s+и\s+|\s+))*\p{Ll}+\s*$/u.exec(gap);
      if (phrase && continued && (gap.match(/\S+/g)?.length ?? 0) <= 8) {
        phrase = { text: context.text.slice(phrase.start, at).trimEnd(), start: phrase.start, end: phrase.start + context.text.slice(phrase.start, at).trimEnd().length };
        gap = "";
      }
      if (phrase && !/^[\s,]*(?:(?:на\s+запрос\s+)?["«]?\p{Lu}[\p{L}.-]*["»]?\s*)?$/u.test(gap)) phrase = null;
    } else if (trailing) {
      phrase = phraseAfter(context.text, at + match[0].length + trailing[0].length, sentence.end, context.lexicon);
    }
    if (!phrase || /^\d/u.test(phrase.text)) continue;
    const pick = pickPhrase(context, phrase) ?? describedSource(context, phrase);
    if (pick) found.push(source(pick, sentence.text, Math.min(phrase.start, at), Math.max(phrase.end, at + match[0].length)));
  }
  return found;
}

/** "X said that…", "…, said X.", "сообщает ТАСС", "a précisé M. Lapchine", "fügte sie hinzu". */
function verbSources(context: ParagraphContext, sentence: TextSpan, previous: TextSpan | null, inside: Inside, here: StatedSource[], earlier: () => StatedSource[]): StatedSource[] {
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
    const inverted = /(?:[”»“"’]\s*,?|[—–:])\s*$/u.test(before) || before.trim().length === 0 || closing !== null || RELATIVE_BEFORE.test(before) || (lexicon.language === "ru" && RUSSIAN_TOPIC_FIRST.test(before));
    if (!SELF_REPORTING.test(word) && !complemented && !inverted) continue;
    let subject = inverted ? null : phraseBefore(text, sentence.start, subjectEnd(context, sentence.start, at), lexicon);
    if (subject && lexicon.language === "de" && GERMAN_FRONT.test(subject.text.split(/\s+/)[0]!)) subject = null;
    // "X data show": only data, figures and studies show anything.
    if (/^(?:show|shows|showed|montrent|montre|zeigen|zeigt)$/iu.test(word) && !DATA_WORD.test(before.split(/[,;]/u).at(-1) ?? "")) continue;
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
function germanReportedClause(language: string, after: string): boolean {
  return language === "de" && /^\s*(?:[^\s,.;:!?]+\s+){0,5}?[^\s,.;:!?]+\s*,\s*(?:\S+\s+){1,12}?(?:sei|seien|habe|haben|werde|würden|könne|müsse|gebe)\b/u.test(after);
}

/** "quarterly financial reports, …", "the claims", "was claimed by the Islamic State": a noun or a passive, not someone reporting. */
function isNounOrPassive(word: string, before: string): boolean {
  if (/^(?:reports?|claims?|estimates?|notes?|states|shows?|says?|remarks|highlights|statements?)$/iu.test(word) &&
    /(?:^|\s)(?:the|a|an|these|those|its|their|his|her|our|financial|annual|quarterly|official|media|news|recent|previous|latest|some|many|several|such|initial|earlier)\s+$/iu.test(before)) return true;
  return /^claimed$/iu.test(word) && /\b(?:was|were|been|being|is|are)\s+$/iu.test(before);
}

/** "«…», — цитирует РИА Новости члена комитета …": a relaying verb after the closing mark names who passes the quotation on. */
function relaysQuotation(context: ParagraphContext, word: string, at: number): boolean {
  if (!RELAYING.test(word)) return false;
  return context.found.some((q) => q.kind === "quote" && q.quote !== null && at >= q.start && at < q.end &&
    at >= context.text.indexOf(q.quote, q.start) + q.quote.length);
}

/** "Wie das Ministerium am Dienstag mitteilte": the verb closes a clause whose source a cue already named. */
function belongsToEarlierCue(text: string, known: StatedSource[], sentence: TextSpan, at: number): boolean {
  return known.some((s) => s.start >= sentence.start && s.end <= at && /^(?:wie|как|comme|as)\s/iu.test(text.slice(s.start, s.end)) && !/[,;:]/u.test(text.slice(s.end, at)));
}

/**
 * "…, sagt er." / "fügte sie hinzu" / "hieß es weiter" / "a-t-il ajouté": a pronoun or an impersonal "es" after
 * the verb stands for the source of the sentence before. `undefined` when the verb is not followed by one.
 */
function pronounAfterVerb(context: ParagraphContext, sentence: TextSpan, previous: TextSpan | null, word: string, verbEnd: number, earlier: () => StatedSource[]): { pick: NamePick; end: number } | null | undefined {
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
function previousSpeaker(context: ParagraphContext, earlier: StatedSource[], previous: TextSpan, position: number, want: "person" | "any"): NamePick | null {
  const candidates = earlier
    .filter((s) => (s.kind === "quote" || s.kind === "attribution") && s.start >= previous.start && s.start < position)
    .filter((s) => want === "any" || s.anonymous || !isOrganisationName(s.name))
    .sort((a, b) => a.start - b.start);
  const last = candidates.at(-1);
  if (last) return { name: last.name, anonymous: last.anonymous };
  const pronoun = context.lexicon.pronouns.split("|")[want === "any" ? 2 : 0] ?? "he";
  return resolvePick(context, { name: pronoun, anonymous: false, reference: true }, position);
}

/**
 * Where the subject before a verb ends: fillers and auxiliaries ("a de son côté", "has also") and a "citing"
 * aside ("издание «Азия-Плюс» со ссылкой на Минэнерго сообщало") are not part of it.
 */
function subjectEnd(context: ParagraphContext, from: number, at: number): number {
  let region = context.text.slice(from, at);
  const aside = patterns(context.lexicon).citingAside.exec(region);
  if (aside && aside.index > 0) region = region.slice(0, aside.index);
  const filler = patterns(context.lexicon).trailingFillers;
  region = region.replace(filler, "");
  return from + region.length;
}

/** A subject's pick; the outlet's own documents or interviewees ("Documents obtained by Kloop") stay descriptions. */
function subjectPick(context: ParagraphContext, subject: TextSpan): NamePick | null {
  const raw = pickName(subject.text, context.lexicon);
  const described = raw?.reference ? describedEarlier(context, raw.name, subject.start) : null;
  if (described) return described;
  const pick = pickPhrase(context, subject);
  if (pick) return pick;
  if (raw && !raw.reference && context.outletName && sameName(raw.name, context.outletName) && /\s(?:by|from|par|von)\s/iu.test(subject.text)) {
    return { name: withoutDeterminer(context, subject.text), anonymous: true };
  }
  if (DATA_WORD.test(subject.text) && raw?.reference) return { name: withoutDeterminer(context, subject.text), anonymous: true };
  return null;
}

/** "the teacher said" after "a teacher at one of the clubs … said": the source found before with that head noun, anonymous or not. */
function describedEarlier(context: ParagraphContext, description: string, position: number): NamePick | null {
  const head = description.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (head.length < 4 || patterns(context.lexicon).pronoun.test(head)) return null;
  const earlier = context.found
    .filter((s) => (s.kind === "quote" || s.kind === "attribution") && s.start >= context.lookbackStart && s.start < position)
    .filter((s) => s.name.toLowerCase().split(/\s+/).includes(head));
  const last = earlier.at(-1);
  return last ? { name: last.name, anonymous: last.anonymous } : null;
}

function withoutDeterminer(context: ParagraphContext, text: string): string {
  const leading = patterns(context.lexicon).leadingDeterminers;
  return text.replace(leading, "").trim();
}

/**
 * A description that names no one after a cue ("according to the 2021 census", "selon l'acte d'accusation",
 * "пишет издание", "по словам депутата"): the description is the source when nothing earlier resolves it.
 */
function describedSource(context: ParagraphContext, phrase: TextSpan): NamePick | null {
  const raw = pickName(phrase.text, context.lexicon);
  if (!raw || !raw.reference) return null;
  if (patterns(context.lexicon).pronoun.test(raw.name)) return null;
  const name = raw.name.replace(/[’']s$/u, "").replace(/^(?:l|d)['’]/iu, "");
  if (name.split(/\s+/).length > 5 || !/\p{L}{3}/u.test(name)) return null;
  if (!patterns(context.lexicon).describedSource.test(name)) return null;
  return { name, anonymous: false };
}

/** "как заявил министр труда, миграции … Таджикистана Азиз Хасанзода": a role, then the person's name further on. */
function roleWithName(context: ParagraphContext, phrase: TextSpan, until: number): { pick: NamePick; end: number } | null {
  const raw = pickName(phrase.text, context.lexicon);
  if (!raw?.reference || !patterns(context.lexicon).roleNoun.test(phrase.text)) return null;
  const rest = context.text.slice(phrase.end, Math.min(until, phrase.end + 120));
  const clause = rest.split(/[.;:«»“”„"!?]/u)[0] ?? "";
  const name = fullNames(clause)[0];
  // Within the role's own phrase: a few genitives and commas, no second clause.
  if (!name || (clause.slice(0, name.index).match(/\S+/g)?.length ?? 0) > 8) return null;
  const parts = name.name.split(/\s+/);
  const person = parts.slice(-2).join(" ");
  return { pick: { name: person, anonymous: false }, end: phrase.end + name.index + name.name.length };
}

/** The comma-separated clause that ends the sentence after an inverted verb ("…, rapporte Radio Ozodi, le service tadjik de RFE/RL."): its length, or null. */
function closesSentence(before: string, after: string): number | null {
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
function leadingName(phrase: TextSpan | null): TextSpan | null {
  const run = phrase && /^(?:\p{Lu}[\p{L}.\-]*|\d+[\p{L}.]+)(?:\s+(?:\p{Lu}[\p{L}.\-]*))*/u.exec(phrase.text);
  return run && phrase ? { text: run[0], start: phrase.start, end: phrase.start + run[0].length } : phrase;
}

/** The rest of the sentence after an inverted verb, without its final punctuation. */
function trailingPhrase(text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/[.!?…”»"]+$/u, "");
  return body ? { text: body, start: from + lead, end: from + lead + body.length } : null;
}

/**
 * A sentence that quotes someone names its speaker once, as a quote: an attribution to the same speaker, or
 * one made by the verb that carries the quotation ("told Kloop that he had “nothing to do” with…"), repeats it.
 */
function repeatsQuote(context: ParagraphContext, sentence: TextSpan, attribution: StatedSource): boolean {
  const quotes = context.found.filter((q) => q.kind === "quote" && q.start < sentence.end && q.end > sentence.start);
  if (quotes.length === 0) return false;
  if (quotes.some((q) => speakersAgree(q.name, attribution.name))) return true;
  const cue = context.text.slice(attribution.start, attribution.end);
  const verb = patterns(context.lexicon).verbs;
  const verbs = [...cue.matchAll(verb)];
  if (verbs.length === 0 || verbs.some((v) => RELAYING.test(v[0]))) return false;
  // A quotation after the verb is what the verb reports; a verb after someone else's quotation relays it ("…», raconte Vlast.kz").
  return quotes.some((q) => q.start >= attribution.start && sameClause(context, attribution, q));
}

function speakersAgree(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  // "M. Rakhimjonov" and "Otabek Rakhimjonov", "Mamytov" and "Kanybek Mamytov": the same surname.
  const surname = (n: string) => n.split(/\s+/).at(-1)!.toLowerCase();
  return /^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && surname(a).length > 3 && surname(a) === surname(b);
}

/** No other reporting verb and no sentence-internal break between the attribution's cue and the quotation. */
function sameClause(context: ParagraphContext, attribution: StatedSource, quote: StatedSource): boolean {
  const from = Math.min(attribution.end, quote.end);
  const to = Math.max(attribution.start, quote.start);
  const between = context.text.slice(from, to);
  if (/[;]/u.test(between)) return false;
  const verb = patterns(context.lexicon).verb;
  return !verb.test(between);
}

function source(pick: { name: string; anonymous: boolean }, sentence: string, start: number, end: number): StatedSource {
  return { kind: "attribution", name: pick.name, url: null, domain: null, quote: null, anonymous: pick.anonymous, sentence, start, end };
}
