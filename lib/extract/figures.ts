import type { TextSpan } from "../text/sentences";
import type { StatedSource } from "./types";

/**
 * Sentences that state a figure (a percentage, a sum, a count in the thousands, a number with a scale
 * word) and whether each names a source: the outlet profile's share of unattributed figures. Bare
 * years and dates are not figures.
 */

const FIGURE = new RegExp(
  [
    String.raw`\d(?:[.,]\d+)?\s?(?:%|‰)`,
    String.raw`\d+(?:[.,]\d+)?\s?(?:percent|per cent|процент\p{L}*|pour cent|Prozent)`,
    String.raw`(?<![\d.,])\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?![\d])`,
    String.raw`\d+(?:[.,]\d+)?\s?(?:thousand|million|billion|trillion|тыс\.?|тысяч\p{L}*|млн|млрд|миллион\p{L}*|миллиард\p{L}*|mille|millions?|milliards?|Tausend|Millionen|Million|Milliarden|Milliarde)(?!\p{L})`,
    String.raw`[$€£₽¥₸]\s?\d|\d\s?[$€£₽¥₸]`,
  ].join("|"),
  "iu",
);

export interface FigureCount {
  sentences: number;
  attributed: number;
}

export function countFigures(sentences: TextSpan[], sources: StatedSource[]): FigureCount {
  const cited = sources.filter((s) => s.kind !== "credit");
  let total = 0;
  let attributed = 0;
  for (const sentence of sentences) {
    if (!FIGURE.test(sentence.text)) continue;
    total++;
    if (cited.some((s) => s.start < sentence.end && s.end > sentence.start)) attributed++;
  }
  return { sentences: total, attributed };
}
