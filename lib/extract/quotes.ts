import { compiled } from "./lexicon";
import { sentenceAt, pickPhrase, resolvePick, sentenceSubject, type ParagraphContext } from "./context";
import { appositiveName, phraseAfter, phraseBefore, pickName, type NamePick } from "./names";
import type { StatedSource } from "./types";

/**
 * Quotations with their speakers, whichever side the speaker stands on: "“…,” said X", "X said: “…”",
 * «…», — заявил X, „…“, sagte X. Quoted words with no speaker are scare quotes or titles, not sources.
 */

const PAIRS: Record<string, string[]> = { "“": ["”", "“"], "«": ["»"], "„": ["“", "”"], "‘": ["’"], "»": ["«"], "‹": ["›"], '"': ['"'] };

export interface QuotedSpan {
  quote: string;
  /** From the opening to the closing mark, both included. */
  start: number;
  end: number;
}

export function findQuotedSpans(text: string, from: number, to: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    const closers = PAIRS[ch ?? ""];
    const opensHere = closers && (ch !== "‘" || !/\p{L}/u.test(text[i - 1] ?? "")) && (ch !== '"' || !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ""));
    if (!opensHere) {
      i++;
      continue;
    }
    let j = i + 1;
    let close = -1;
    while (j < to) {
      const c = text[j];
      // An apostrophe inside a word ("don’t") does not close a ‘…’ quotation.
      if (closers.includes(c!) && !(c === "’" && /\p{L}/u.test(text[j + 1] ?? ""))) {
        close = j;
        break;
      }
      j++;
    }
    if (close < 0) {
      i++;
      continue;
    }
    const quote = text.slice(i + 1, close).trim();
    if (/\p{L}/u.test(quote)) spans.push({ quote, start: i, end: close + 1 });
    i = close + 1;
  }
  return spans;
}

function verbPattern(context: ParagraphContext, flags = "iu"): RegExp {
  return compiled(`(?<![\\p{L}-])(?:${context.lexicon.reportingVerbs})(?![\\p{L}])`, flags);
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** The speaker named after the closing mark: "…,” says a prison guard", «…», — заявил он. */
function speakerAfter(context: ParagraphContext, end: number, sentenceEnd: number): { pick: NamePick; cueEnd: number; byVerb: boolean } | null {
  const rest = context.text.slice(end, sentenceEnd);
  const lead = /^[\s,.:;!?…]*(?:[—–-]\s*)?/u.exec(rest)![0];
  const body = rest.slice(lead.length);
  const base = end + lead.length;
  // French inversion: "a-t-il déclaré", "explique-t-il", "dit-elle".
  const french = /^(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+\p{L}+|\p{L}+-t-(?:il|elle|ils|elles)|\p{L}+-(?:il|elle|ils|elles))(?![\p{L}])/u.exec(body);
  if (french) return withPick(resolvePick(context, { name: "il", anonymous: false, reference: true }, base), base + french[0].length);
  const according = compiled(`^(?:${context.lexicon.cuesBeforeSource})\\s+`, "iu").exec(body);
  if (according) {
    const phrase = phraseAfter(context.text, base + according[0].length, sentenceEnd, context.lexicon);
    const pick = pickPhrase(context, phrase);
    return pick ? { pick, cueEnd: phrase?.end ?? base, byVerb: false } : null;
  }
  const verb = verbPattern(context).exec(body);
  if (!verb) return null;
  const between = body.slice(0, verb.index);
  if (verb.index === 0) {
    const phrase = appositiveName(context.text, phraseAfter(context.text, base + verb[0].length, sentenceEnd, context.lexicon), sentenceEnd);
    return withPick(pickPhrase(context, phrase), phrase?.end ?? base + verb[0].length);
  }
  // "…,” he remembers" / "…”, Lapenko added": a short subject right before the verb.
  if ((between.match(WORDS)?.length ?? 0) > 6 || /[.!?;]/u.test(between)) return null;
  const pick = pickName(between.trim(), context.lexicon);
  return withPick(resolvePick(context, pick, base), base + verb.index + verb[0].length);
}

function withPick(pick: NamePick | null, cueEnd: number) {
  return pick ? { pick, cueEnd, byVerb: true } : null;
}

const PARTICIPLES = /(?:saying|adding|noting|stressing|explaining|claiming|arguing|writing|insisting|warning|declaring|affirmant|ajoutant|soulignant|expliquant|estimant|заявив|отметив|добавив|подчеркнув|сказав)\b/iu;

/** The speaker named before the opening mark: "He explained: “…”", "Saadanbekov outlined …, saying that, “…”". */
function speakerBefore(context: ParagraphContext, start: number, sentenceStart: number): NamePick | null {
  const before = context.text.slice(sentenceStart, start);
  // "Pour la politologue Aïgerim Joussoupova, « … »", "Для эксперта X, «…»".
  const forSpeaker = /^(?:Pour|Für|Для)\s+(.{3,80}?),\s*$/u.exec(before);
  if (forSpeaker) return pickPhrase(context, { text: forSpeaker[1]!, start: sentenceStart + before.indexOf(forSpeaker[1]!), end: start });
  if (PARTICIPLES.test(before) && /[,:]?\s*(?:that|que|что|dass)?[,:]?\s*$/iu.test(before)) {
    const subject = phraseAfter(context.text, sentenceStart, start, context.lexicon);
    return pickPhrase(context, subject);
  }
  const verbs = [...before.matchAll(verbPattern(context, "giu"))];
  const verb = verbs.at(-1);
  if (verb) {
    const tail = before.slice(verb.index + verb[0].length);
    const subject = () => pickPhrase(context, phraseBefore(context.text, sentenceStart, sentenceStart + verb.index, context.lexicon));
    if (/^\s*(?:that|que|qu['’]|что|dass)?\s*[,:]?\s*$/iu.test(tail)) {
      const pick = subject();
      if (pick) return pick;
    }
    // "She stressed that Russia is not fighting Ukraine, but the regime there: “…”" — the subject speaks.
    if (/:\s*$/u.test(tail) && /^\s*(?:that|que|qu['’]|что|dass)\b/iu.test(tail)) return subject();
    // "said X:" / "заявил глава МИД:" — the speaker follows the verb.
    if (/:\s*$/u.test(tail)) {
      const phrase = phraseAfter(context.text, sentenceStart + verb.index + verb[0].length, start, context.lexicon);
      return pickPhrase(context, phrase);
    }
  }
  // "Тилек Усупов: «…»" — a name and a colon.
  const colon = /((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s*:\s*$/u.exec(before);
  if (colon) {
    const phrase = phraseBefore(context.text, sentenceStart, sentenceStart + colon.index + colon[0].trimEnd().length - 1, context.lexicon);
    return pickPhrase(context, phrase);
  }
  return null;
}

export function findQuotes(context: ParagraphContext): StatedSource[] {
  const { text, paragraph } = context;
  const sources: StatedSource[] = [];
  let previousSpeaker: { name: string; anonymous: boolean; end: number } | null = null;
  for (const span of findQuotedSpans(text, paragraph.start, paragraph.end)) {
    const words = span.quote.match(WORDS)?.length ?? 0;
    const first = sentenceAt(context, span.start)!;
    const last = sentenceAt(context, Math.max(span.start, span.end - 1))!;
    const after = speakerAfter(context, span.end, last.end);
    // "in the “special military operation”, according to …": a term in quotation marks, then a source.
    if (after && !after.byVerb && words <= 4) continue;
    let pick: NamePick | null = after?.pick ?? null;
    let cueEnd = after?.cueEnd ?? span.end;
    if (!pick) {
      pick = speakerBefore(context, span.start, first.start);
      cueEnd = span.end;
    }
    // The person the sentence is about, when the quotation is theirs to say (three words or more).
    if (!pick && words >= 3 && first.start < span.start) pick = sentenceSubject(context, first);
    // A quotation that goes on right after the speaker's previous one ("“…,” he said. “…”").
    if (!pick && previousSpeaker && words >= 4) {
      const index = context.sentences.indexOf(first);
      const previous = context.sentences[index - 1];
      if (previous && previousSpeaker.end > previous.start && previousSpeaker.end <= previous.end + 1)
        pick = { name: previousSpeaker.name, anonymous: previousSpeaker.anonymous };
    }
    if (!pick || words < 2) continue;
    // Two or three quoted words need a speaker right beside them, or they are a scare quote.
    if (words <= 2 && !after?.byVerb) continue;
    const sentence = text.slice(first.start, Math.max(last.end, cueEnd));
    sources.push({ kind: "quote", name: pick.name, url: null, domain: null, quote: span.quote, anonymous: pick.anonymous, sentence, start: span.start, end: Math.max(span.end, cueEnd) });
    previousSpeaker = { name: pick.name, anonymous: pick.anonymous, end: Math.max(span.end, cueEnd) };
  }
  return sources;
}
