import { describe, expect, it } from "vitest";
import { coverageAnomalies, findAnomalies } from "./anomalies";
import { seriesKey, type ChartRow } from "./series";

const rows = (counts: number[]): ChartRow[] =>
  counts.map((count, i) => ({ bucket: `2024-01-${String(i + 1).padStart(2, "0")}`, [seriesKey("a")]: count }));
const never = () => false;

describe("findAnomalies", () => {
  it("flags a burst far above the outlet's own recent baseline", () => {
    const found = findAnomalies(rows([4, 5, 4, 6, 5, 4, 5, 5, 20, 5]), ["a"], never);
    expect(found).toEqual([{ outlet: "a", bucket: "2024-01-09", kind: "burst", count: 20, baseline: 4.75, z: 15.25 }]);
  });

  it("needs a baseline before judging, and a few articles for a burst", () => {
    expect(findAnomalies(rows([0, 0, 9, 0]), ["a"], never)).toEqual([]);
    expect(findAnomalies(rows([0, 0, 0, 0, 0, 0, 0, 0, 4]), ["a"], never)).toEqual([]);
  });

  it("flags an empty bucket where the outlet usually publishes, unless it could not be fetched then", () => {
    const counts = [5, 6, 5, 4, 6, 5, 5, 6, 0];
    expect(findAnomalies(rows(counts), ["a"], never)).toMatchObject([{ kind: "silence", bucket: "2024-01-09", count: 0 }]);
    expect(findAnomalies(rows(counts), ["a"], (_o, bucket) => bucket === "2024-01-09")).toEqual([]);
  });
});

describe("coverageAnomalies", () => {
  const days = (counts: number[]) => counts.map((count, i) => ({ outlet: "a", bucket: `2024-03-${String(i + 1).padStart(2, "0")}`, count })).filter((c) => c.count > 0);
  const data = (gaps: { from: string; to: string }[]) => ({
    unit: "day" as const,
    outlets: [{ slug: "a", name: "A" }],
    counts: days([5, 6, 5, 4, 6, 5, 5, 6, 0, 30]),
    gaps: gaps.map((g) => ({ outlet: "a", source: "https://a.example/feed", failures: 3, errorCode: "timeout", errorMessage: null, ...g })),
  });

  it("reads the empty day between the counts as a silence, and the jump after it as a burst", () => {
    expect(coverageAnomalies(data([]), new Date("2024-04-01T00:00:00Z")).map((a) => `${a.kind} ${a.bucket}`)).toEqual(["silence 2024-03-09", "burst 2024-03-10"]);
  });

  it("reads an empty day inside a fetch gap as blindness, not silence", () => {
    const blind = data([{ from: "2024-03-09T01:00:00Z", to: "2024-03-09T20:00:00Z" }]);
    expect(coverageAnomalies(blind, new Date("2024-04-01T00:00:00Z")).map((a) => a.kind)).toEqual(["burst"]);
  });
});
