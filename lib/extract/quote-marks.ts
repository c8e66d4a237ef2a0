import type { ParagraphContext } from "./context";

/** Quotation marks: which mark closes which, apostrophes that are none, and quoted words that are names. */

export const PAIRS: Record<string, string[]> = { "“": ["”", "“"], "«": ["»"], "„": ["“", "”"], "‘": ["’"], "»": ["«"], "‹": ["›"], '"': ['"'], "'": ["'"] };

export interface QuotedSpan {
  quote: string;
  /** From the opening to the closing mark, both included. */
  start: number;
  end: number;
}

/** An apostrophe ("don’t", "Moscow's", "l'AFP") neither opens nor closes a quotation. */
export function opensQuote(text: string, i: number): boolean {
  const ch = text[i]!;
  if (!PAIRS[ch]) return false;
  const previous = text[i - 1] ?? "";
  if ((ch === "‘" || ch === "'") && /\p{L}/u.test(previous)) return false;
  if (ch === "'" && !/\p{L}/u.test(text[i + 1] ?? "")) return false;
  return ch !== '"' || !/[\p{L}\p{N}]/u.test(previous);
}

export function closesQuote(text: string, j: number, closers: string[]): boolean {
  const c = text[j]!;
  if (!closers.includes(c)) return false;
  return !((c === "’" || c === "'") && /\p{L}/u.test(text[j + 1] ?? ""));
}

export function findQuotedSpans(text: string, from: number, to: number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const marks = /[“«„‘»‹"']/gu;
  let i = from;
  while (i < to) {
    marks.lastIndex = i;
    const mark = marks.exec(text);
    if (!mark || mark.index >= to) break;
    i = mark.index;
    if (!opensQuote(text, i)) {
      i++;
      continue;
    }
    const closers = PAIRS[text[i]!]!;
    let close = -1;
    for (let j = i + 1; j < to; j++) {
      if (closesQuote(text, j, closers)) {
        close = j;
        break;
      }
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

export const WORDS = /[\p{L}\p{N}]+/gu;

/** «Сарыарка Медиа Групп», ‘Day of Remembrance and Honour’: a name in quotation marks, not words said. */
export function isQuotedName(quote: string, language: string): boolean {
  const words = quote.replace(/[,.;:!?]+$/u, "").split(/\s+/u);
  if (words.length > 6) return false;
  const content = words.filter((w) => /\p{L}{4,}/u.test(w));
  // German capitalises every noun: „Desinformation“ may be a word someone used.
  return content.length > (language === "de" ? 1 : 0) && content.every((w) => /^[«“"(]?\p{Lu}/u.test(w));
}

/**
 * "»…«, erzählt Malika, eine Lehrerin aus Kulob, »und…«", "“…,” he said, “is not…”": the second half of a
 * quotation broken by its speaker goes on in lower case, a few words after the first.
 */
export function continuesPrevious(text: string, previousEnd: number, quoted: QuotedSpan): boolean {
  const between = text.slice(previousEnd, quoted.start);
  if (/[.!?“”«»„"]/u.test(between) || (between.match(WORDS)?.length ?? 0) > 6) return false;
  return /^\p{Ll}/u.test(quoted.quote);
}

/** Blanks out quoted words, so verbs and names inside an earlier quotation are not read as the frame. */
export function unquoted(context: ParagraphContext, from: number, to: number): string {
  return context.text.slice(from, to).replace(/[“«„"‘][^”»“"’]*[”»“"’]/gu, (q) => " ".repeat(q.length));
}
