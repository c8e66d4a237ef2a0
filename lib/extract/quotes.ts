import type { TextSpan } from "../text/sentences";
import { type ParagraphContext, sentenceAt } from "./context";
import type { NamePick } from "./names";
import type { Speaker } from "./quote-frames";
import { continuesPrevious, findQuotedSpans, isQuotedName, type QuotedSpan, WORDS } from "./quote-marks";
import { openingPerson } from "./quote-pronouns";
import { speakerAfter, speakerInside } from "./quote-speaker-after";
import { speakerBefore, speakerOfFinalVerb } from "./quote-speaker-before";
import { quoteSubject } from "./quote-subjects";
import type { StatedSource } from "./types";
export { findQuotedSpans, type QuotedSpan } from "./quote-marks";

/**
 * Quotations with their speakers, whichever side the speaker stands on: "“…,” said X", "X said: “…”",
 * «…», — заявил X, „…“, sagte X, and quoted words inside reported speech ("X said the law would “…”").
 * Quoted words with no speaker are scare quotes, titles or names, not sources.
 */

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
