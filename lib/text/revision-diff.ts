import { diffWords } from "diff";

/**
 * What changed between two texts of one article, word by word, for the article page. Unchanged
 * stretches far from any change are folded into a "skip" so a one-figure edit in a long article
 * reads as that edit, not as the whole article again.
 */

export type DiffSegment =
  | { kind: "same" | "added" | "removed"; text: string }
  | { kind: "skip"; words: number };

export interface TextDiff {
  segments: DiffSegment[];
  wordsAdded: number;
  wordsRemoved: number;
}

const WORD = /\S+/g;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The first or last `n` words of `text`, keeping its own spacing and line breaks. */
function edgeWords(text: string, n: number, from: "start" | "end"): string {
  const words = [...text.matchAll(WORD)];
  if (words.length <= n) return text;
  if (from === "start") {
    const last = words[n - 1]!;
    return text.slice(0, last.index + last[0].length);
  }
  return text.slice(words[words.length - n]!.index);
}

export function diffTexts(before: string, after: string, { context = 25 } = {}): TextDiff {
  const parts = diffWords(before, after);
  const segments: DiffSegment[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  parts.forEach((part, i) => {
    if (part.added) {
      wordsAdded += countWords(part.value);
      segments.push({ kind: "added", text: part.value });
    } else if (part.removed) {
      wordsRemoved += countWords(part.value);
      segments.push({ kind: "removed", text: part.value });
    } else {
      const words = countWords(part.value);
      const isFirst = i === 0;
      const isLast = i === parts.length - 1;
      const keep = (isFirst ? 0 : context) + (isLast ? 0 : context);
      if (words <= keep + context) {
        segments.push({ kind: "same", text: part.value });
        return;
      }
      if (!isFirst) segments.push({ kind: "same", text: edgeWords(part.value, context, "start") });
      segments.push({ kind: "skip", words: words - keep });
      if (!isLast) segments.push({ kind: "same", text: edgeWords(part.value, context, "end") });
    }
  });
  return { segments, wordsAdded, wordsRemoved };
}
