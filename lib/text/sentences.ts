/**
 * Paragraphs and sentences of plain text with their offsets. ICU's sentence rules (Intl.Segmenter) do
 * the bulk; we repair what they get wrong in news text: abbreviations and initials ("Mr.", "U.S.",
 * "т.е.", "z. B.", "M. Macron") and quotations closed by "?" or "!" and continued by the speaker
 * ("“Is it true?” he asked").
 */

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** Titles and abbreviations after which a sentence never ends. */
const ALWAYS_JOIN = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "rev", "hon",
    "jr", "sr", "no", "vs", "e.g", "i.e", "approx", "fig", "vol", "pp", "ca", "cf",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m",
    "m", "mm", "mme", "mlle", "me", "av", "apr", "env", "dir",
    "z", "b", "z.b", "u", "a", "u.a", "d", "h", "d.h", "bzw", "vgl", "nr", "hr", "fr", "dipl", "inkl", "evtl", "ggf", "sog", "s", "mio", "mrd", "tsd", "mds",
    "т", "е", "т.е", "т.н", "т.ч", "в т.ч", "им", "ул", "пр", "проф", "акад", "ген", "см", "напр", "тыс", "млн", "млрд", "руб", "долл", "трлн",
  ],
);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string | null | undefined): Intl.Segmenter {
  const key = language ?? "en";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(key, { granularity: "sentence" });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** Paragraphs are separated by blank lines; offsets are into `text`. */
export function splitParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /\n[ \t]*\n/g;
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    pushTrimmed(spans, text, from, match.index);
    from = match.index + match[0].length;
  }
  pushTrimmed(spans, text, from, text.length);
  return spans;
}

function pushTrimmed(spans: TextSpan[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}

/** The word (with inner dots) that ends a piece of text just before its final full stop. */
function finalAbbreviation(piece: string): string | null {
  const match = /(?:^|[\s(«“"„‘'—–-])((?:\p{L}{1,5}\.)*\p{L}{1,8})\.$/u.exec(piece.trimEnd());
  return match ? match[1]!.toLowerCase() : null;
}

function isJoinPoint(previous: string, next: string): boolean {
  const head = next.replace(/^[\s"'”’»“«„)\]]+/u, "");
  if (/^[,;:)\]—–-]/u.test(head) || /^[\s”’»"]*[,;:—–]/u.test(next)) return true;
  const startsLower = /^\p{Ll}/u.test(head);
  const trimmed = previous.trimEnd();
  if (!trimmed.endsWith(".")) return startsLower && /[?!…][”’»"]?$/u.test(trimmed);
  const abbreviation = finalAbbreviation(trimmed);
  if (abbreviation === null) return startsLower;
  if (ALWAYS_JOIN.has(abbreviation)) return true;
  // A single capital letter is an initial ("J. Smith", "В. Путин").
  if (/(?:^|\s)\p{Lu}\.$/u.test(trimmed)) return true;
  return startsLower;
}

const MONTH_ABBREVIATIONS = /^(?:jan|feb|febr|mar|apr|aug|sept|oct|nov|dec|janv|févr|avr|juil|déc|янв|февр|сент|окт|нояб|дек)$/iu;

/**
 * ICU joins a sentence to the next when a number opens the next one and a lower-case word follows it
 * ("…в Бишкеке. 100% долей этой компании…"): a full stop after a whole word (not an abbreviation) ends it.
 */
function splitBeforeNumbers(segment: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of segment.matchAll(/(?<=(?:^|[\s(«“"„])(\p{L}{4,})[.!?][»”"’)]*)\s+(?=\d)/gu)) {
    const word = m[1]!.toLowerCase();
    if (ALWAYS_JOIN.has(word) || MONTH_ABBREVIATIONS.test(word)) continue;
    const end = m.index + m[0].length;
    pieces.push(segment.slice(from, end));
    from = end;
  }
  pieces.push(segment.slice(from));
  return pieces.filter((p) => p.length > 0);
}

interface Piece extends TextSpan {
  startsLine: boolean;
}

/** Sentences of one paragraph, offsets into the whole text. */
function sentencesOfParagraph(paragraph: TextSpan, language: string | null | undefined): TextSpan[] {
  const pieces: Piece[] = [];
  // A line break inside a paragraph (a caption, a credit line) ends a sentence too.
  for (const line of paragraph.text.matchAll(/[^\n]+/g)) {
    for (const segment of segmenterFor(language).segment(line[0])) {
      let start = paragraph.start + line.index + segment.index;
      let first = segment.index === 0;
      for (const piece of splitBeforeNumbers(segment.segment)) {
        pieces.push({ text: piece, start, end: start + piece.length, startsLine: first });
        start += piece.length;
        first = false;
      }
    }
  }
  const merged: TextSpan[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && !piece.startsLine && isJoinPoint(last.text, piece.text)) {
      last.text += piece.text;
      last.end = piece.end;
    } else {
      merged.push({ text: piece.text, start: piece.start, end: piece.end });
    }
  }
  return merged.map((s) => trimSpan(s)).filter((s) => s.text.length > 0);
}

function trimSpan(span: TextSpan): TextSpan {
  const leading = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { text, start: span.start + leading, end: span.start + leading + text.length };
}

export function segmentSentences(text: string, language?: string | null): TextSpan[] {
  return splitParagraphs(text).flatMap((paragraph) => sentencesOfParagraph(paragraph, language));
}

export { sentencesOfParagraph };
