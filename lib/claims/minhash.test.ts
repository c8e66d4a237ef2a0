import { describe, expect, it } from "vitest";
import { bandKeys, estimatedJaccard, hashString, minhash } from "./minhash";

const set = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => hashString(`w${from + i}`));

describe("minhash", () => {
  it("estimates the Jaccard similarity of two sets", () => {
    // 0..150 and 50..200 share 100 of 200: J = 0.5.
    const a = minhash(set(0, 150), 256);
    const b = minhash(set(50, 200), 256);
    expect(estimatedJaccard(a, b)).toBeGreaterThan(0.4);
    expect(estimatedJaccard(a, b)).toBeLessThan(0.6);
    expect(estimatedJaccard(a, minhash(set(1000, 1150), 256))).toBeLessThan(0.05);
  });

  it("gives equal sets equal band keys, band by band, and disjoint sets none in common", () => {
    const scheme = { bands: 16, rows: 2 };
    const keys = bandKeys(minhash(set(0, 40), 32), scheme);
    expect(keys).toHaveLength(16);
    expect(new Set(keys).size).toBe(16);
    expect(bandKeys(minhash(set(0, 40).reverse(), 32), scheme)).toEqual(keys);
    const other = new Set(bandKeys(minhash(set(500, 540), 32), scheme));
    expect(keys.filter((k) => other.has(k))).toEqual([]);
  });

  it("has no signature and no keys for an empty set", () => {
    expect(minhash([], 32)).toHaveLength(0);
    expect(bandKeys(minhash([], 32), { bands: 16, rows: 2 })).toEqual([]);
  });
});
