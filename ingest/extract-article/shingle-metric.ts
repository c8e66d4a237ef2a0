/**
 * The article-extraction benchmark's metric (../shared/benchmarks/README.md): `\w+` tokens
 * (Unicode-aware), sets of 4-token shingles, per-page precision and recall, macro-averaged, then F1.
 * Shared by the benchmark and the regression test so both measure the same thing.
 */

// Python's Unicode `\w`: letters, marks, digits and the connector punctuation (underscore).
const TOKEN = /[\p{L}\p{M}\p{Nd}\p{Pc}]+/gu;
const SHINGLE = 4;

export function shingles(text: string): Set<string> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Set<string>();
  // \u0001 cannot occur inside a token, so joined shingles never collide.
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(tokens.slice(i, i + SHINGLE).join("\u0001"));
  return out;
}

export interface PageScore {
  precision: number;
  recall: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  if (pred.size === 0) return gold.size === 0 ? { precision: 1, recall: 1 } : { precision: 0, recall: 0 };
  if (gold.size === 0) return { precision: 0, recall: 1 };
  let common = 0;
  for (const s of pred) if (gold.has(s)) common++;
  return { precision: common / pred.size, recall: common / gold.size };
}

export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export function summarise(scores: PageScore[]): Summary {
  const n = scores.length || 1;
  const precision = scores.reduce((s, p) => s + p.precision, 0) / n;
  const recall = scores.reduce((s, p) => s + p.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pages: scores.length, precision, recall, f1 };
}
