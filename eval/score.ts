/**
 * Scoring of extraction against the annotated set, as the annotation guide describes: kinds equal, the
 * predicted sentence holds the evidence, names agree after folding (inflected forms agree: "Всемирного
 * банка" and "Всемирный банк"). Each annotated entry matches at most one prediction.
 */
import type { FundingClaim, StatedSource } from "../lib/extract";

export interface GoldSource {
  kind: StatedSource["kind"];
  name: string;
  aliases?: string[];
  anonymous: boolean;
  evidence: string;
  url?: string;
}

export interface GoldFundingClaim {
  funder: string | null;
  funderAliases?: string[];
  recipient: string | null;
  recipientAliases?: string[];
  amount: number | null;
  currency: string | null;
  year: number | null;
  relation: FundingClaim["relation"];
  hedged: boolean;
  attributedTo: string | null;
  selfDisclosed: boolean;
  evidence: string;
}

function fold(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/gu, "")
    .replace(/^(?:the|a|an|le|la|les|l|der|die|das)\s+/u, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function tokensAgree(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 3 && common >= Math.min(a.length, b.length) - 2;
}

function contains(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((t, j) => tokensAgree(outer[i + j]!, t))) return true;
  return false;
}

export function namesAgree(predicted: string | null, gold: string | null, aliases: string[] = []): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = fold(predicted);
  return [gold, ...aliases].some((name) => {
    const g = fold(name);
    return contains(p, g) || contains(g, p);
  });
}

export interface Located {
  sentenceStart: number;
  sentenceEnd: number;
}

/** Where a prediction's sentence lies in the text: found from the sentence string, near its span. */
export function locate(text: string, sentence: string, start: number): Located {
  const from = Math.max(0, start - sentence.length);
  const at = text.indexOf(sentence, from);
  const sentenceStart = at >= 0 && at <= start ? at : start;
  return { sentenceStart, sentenceEnd: Math.max(sentenceStart + sentence.length, start + 1) };
}

export function holdsEvidence(text: string, located: Located, span: { start: number; end: number }, evidence: string): boolean {
  const at = text.indexOf(evidence);
  if (at < 0) return false;
  const end = at + evidence.length;
  const from = Math.min(located.sentenceStart, span.start);
  const to = Math.max(located.sentenceEnd, span.end);
  return at < to && end > from;
}

export interface MatchResult<P, G> {
  matched: [P, G][];
  falsePositives: P[];
  falseNegatives: G[];
}

export function matchGreedy<P, G>(predicted: P[], gold: G[], agree: (p: P, g: G) => boolean): MatchResult<P, G> {
  const used = new Set<number>();
  const matched: [P, G][] = [];
  const falsePositives: P[] = [];
  for (const p of predicted) {
    const index = gold.findIndex((g, i) => !used.has(i) && agree(p, g));
    if (index < 0) falsePositives.push(p);
    else {
      used.add(index);
      matched.push([p, gold[index]!]);
    }
  }
  return { matched, falsePositives, falseNegatives: gold.filter((_, i) => !used.has(i)) };
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function prf(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
