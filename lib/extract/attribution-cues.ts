import type { TextSpan } from "../text/sentences";
import { DATA_WORD, IMPERSONAL_PLURAL, type Inside, patterns, source } from "./attribution-patterns";
import { describedSource, roleWithName } from "./attribution-subjects";
import { isNounOrPassive, previousSpeaker } from "./attribution-verbs";
import { type ParagraphContext, pickPhrase } from "./context";
import { type NamePick, phraseAfter } from "./names";
import type { StatedSource } from "./types";

/** Attributions by a cue before the source: "according to X", "по его словам", "В Минфине заявили". */

/** "according to X", "selon X", "по данным X", "laut X". */
export function cueSources(context: ParagraphContext, sentence: TextSpan, inside: Inside): StatedSource[] {
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
    // "Dem Bericht zufolge": German "zufolge" follows its source.
    const postposed = context.lexicon.language === "de" && /^zufolge$/iu.test(match[0]);
    let phrase = postposed ? sourceBeforePostposition(context, sentence, at) : phraseAfter(context.text, at + match[0].length, sentence.end, context.lexicon);
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

/** "Dem Bericht zufolge", "Angaben des Ministeriums zufolge": the phrase between the clause's start and the postposition. */
function sourceBeforePostposition(context: ParagraphContext, sentence: TextSpan, at: number): TextSpan | null {
  const clauseStart = Math.max(sentence.start, context.text.lastIndexOf(",", at) + 1);
  const raw = context.text.slice(clauseStart, at);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim().replace(/^(?:(?:Dem|Den|Der|Des|Einem|Einer)\s+)/u, "").replace(/^(?:Angaben|Informationen|Berichten|Darstellung)\s+(?:de[rsmn]|von)\s+/u, "");
  if (!text || text.split(/\s+/u).length > 6) return null;
  const start = clauseStart + lead + raw.trim().indexOf(text);
  return { text, start, end: start + text.length };
}

/** "со ссылкой на Минэнерго сообщало": the phrase after a cue ends before the next reporting verb. */
export function withoutVerb(context: ParagraphContext, phrase: TextSpan): TextSpan | null {
  const verb = [...phrase.text.matchAll(patterns(context.lexicon).verbs)].find((v) => v.index > 0 && !isNounOrPassive(v[0], phrase.text.slice(0, v.index)));
  if (!verb) return phrase;
  const text = phrase.text.slice(0, verb.index).trimEnd();
  return text ? { text, start: phrase.start, end: phrase.start + text.length } : null;
}

/** "nach Branchenschätzungen", "selon des estimations": the cue's own noun is the (unnamed) source. */
export function cueNamesItself(context: ParagraphContext, cue: string, at: number): NamePick | null {
  const noun = /(\p{L}+(?:schätzungen|berechnungen|angaben|informationen))$/iu.exec(cue);
  if (!noun || /^(?:Angaben|Informationen)$/u.test(noun[1]!)) return null;
  const next = context.text.slice(at + cue.length).match(/^\s+(\S+)/u)?.[1] ?? "";
  if (/^(?:de[rsmn]|von|aus|zufolge)$/u.test(next)) return null;
  return { name: noun[1]!, anonymous: true };
}

/** "les documents publiés le 3 mars par X", "data released on Monday by X": the publisher is the source. */
export function publishedBy(context: ParagraphContext, phrase: TextSpan, until: number): TextSpan | null {
  if (!DATA_WORD.test(phrase.text)) return null;
  const by = /^\s+(?:publiée?s?|diffusée?s?|rendue?s? publi\p{L}+|published|released|obtained|veröffentlicht\p{L}*)\s+(?:[^,.;:]{0,40}?\s)?(?:par|by|von)\s+/iu.exec(context.text.slice(phrase.end, until));
  return by ? phraseAfter(context.text, phrase.end + by[0].length, until, context.lexicon) : null;
}

export function pronounCueAt(context: ParagraphContext, at: number): boolean {
  return patterns(context.lexicon).pronounCueHere.test(context.text.slice(at, at + 40));
}

/** "по его словам", "selon lui", "d'après elle", "according to him", "ihm zufolge": the speaker of the sentence before. */
export function pronounCueSources(context: ParagraphContext, sentence: TextSpan, previous: TextSpan | null, earlier: () => StatedSource[]): StatedSource[] {
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
export function locativeSources(context: ParagraphContext, sentence: TextSpan, inside: Inside, here: StatedSource[]): StatedSource[] {
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
