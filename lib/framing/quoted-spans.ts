/**
 * Where a text stands in quotation marks, in the conventions of English (“…”, ‘…’, "…"), Russian and
 * French («…», „…“), German („…“, »…«) and Swiss/French single guillemets (‹…›). A term inside them is
 * someone else's word: quoted from a speaker, or held at a distance (scare quotes), not adopted.
 */

export interface QuotedSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** Up to SCARE_QUOTE_WORDS words: a term held at a distance rather than someone's sentence. */
  scare: boolean;
}

/** A quotation of this many words or fewer is a quoted term ("special military operation", «СВО»). */
export const SCARE_QUOTE_WORDS = 4;

/** Which marks a mark can close; an opener may close differently by convention (German „…“, »…«). */
const CLOSERS: Record<string, string[]> = {
  "“": ["”"],
  "„": ["“", "”"],
  "«": ["»"],
  "»": ["«"],
  "‹": ["›"],
  "‘": ["’"],
  '"': ['"'],
};

const LETTER = /[\p{L}\p{N}]/u;

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const open: { mark: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" && text[i + 1] === "\n") {
      // A quotation does not run past its paragraph; an unclosed mark there was a stray one.
      open.length = 0;
      continue;
    }
    const top = open.at(-1);
    if (top && CLOSERS[top.mark]!.includes(ch) && closes(text, i, ch)) {
      open.pop();
      spans.push(span(text, top.at + 1, i));
      continue;
    }
    if (ch in CLOSERS && opens(text, i, ch)) open.push({ mark: ch, at: i });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** ‘ and " open only at a word's start; ’ closes only at a word's end, so "Kiev’s" is an apostrophe. */
function opens(text: string, i: number, ch: string): boolean {
  if (ch !== "‘" && ch !== '"') return true;
  return !LETTER.test(text[i - 1] ?? "") && LETTER.test(text[i + 1] ?? "");
}

function closes(text: string, i: number, ch: string): boolean {
  if (ch !== "’" && ch !== '"') return true;
  return !LETTER.test(text[i + 1] ?? "");
}

function span(text: string, start: number, end: number): QuotedSpan {
  const words = text.slice(start, end).split(/\s+/u).filter((w) => LETTER.test(w)).length;
  return { start, end, scare: words <= SCARE_QUOTE_WORDS };
}

/** The innermost quoted span holding [start, end), if any. */
export function quotedSpanAt(spans: QuotedSpan[], start: number, end: number): QuotedSpan | null {
  let found: QuotedSpan | null = null;
  for (const s of spans) {
    if (s.start > start) break;
    if (s.start <= start && s.end >= end && (!found || s.start >= found.start)) found = s;
  }
  return found;
}
