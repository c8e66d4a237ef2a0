import { describe, expect, it } from "vitest";
import { DEFAULT_MARKER_GROUPS } from "./lexicon";
import { formatVariantLines, lexiconSchema, parseVariantLines } from "./lexicon-input";

describe("the lexicon as editors write it", () => {
  it("reads and writes one 'Name = term, term' line per variant, the same both ways", () => {
    for (const group of DEFAULT_MARKER_GROUPS) expect(parseVariantLines(formatVariantLines(group))).toEqual(group.variants);
    expect(parseVariantLines("Kiev = Kiev,  Kiew ,\n\n  Kyiv  ")).toEqual([{ label: "Kiev", terms: ["Kiev", "Kiew"] }, { label: "Kyiv", terms: ["Kyiv"] }]);
  });

  it("accepts the default lexicon and refuses what would count nothing or twice", () => {
    expect(lexiconSchema.safeParse(DEFAULT_MARKER_GROUPS).success).toBe(true);
    const group = (overrides: object) => [{ key: "k", label: "K", variants: [{ label: "a", terms: ["a"] }, { label: "b", terms: ["b"] }], ...overrides }];
    const problem = (value: unknown) => { const r = lexiconSchema.safeParse(value); return r.success ? null : r.error.issues[0]!.message; };
    expect(problem([])).toMatch(/at least one group/);
    expect(problem(group({ key: "Bad Key" }))).toMatch(/lower-case/);
    expect(problem(group({ variants: [{ label: "a", terms: ["a"] }] }))).toMatch(/at least two/);
    expect(problem(group({ variants: [{ label: "a", terms: ["a*b"] }, { label: "b", terms: ["b"] }] }))).toMatch(/may only end/);
    expect(problem(group({ variants: [{ label: "a", terms: ["a"] }, { label: "A", terms: ["b"] }] }))).toMatch(/repeat/);
    expect(problem([...group({}), ...group({})])).toMatch(/keys repeat/);
  });
});
