import { describe, expect, it } from "vitest";
import type { FetchGap } from "../queries/fetch-gaps";
import { gapSpans } from "./gaps";

const gap = (outlet: string, from: string, to: string | null, failures = 1): FetchGap => ({
  outlet, source: `https://${outlet}.example/feed`, from, to, failures, errorCode: "dns", errorMessage: null,
});
const NOW = new Date("2026-12-05T12:00:00Z");

describe("gapSpans", () => {
  it("maps a gap to the buckets it touches, not the bucket where it ended exactly at midnight", () => {
    const spans = gapSpans([gap("a", "2026-11-02T06:00:00Z", "2026-11-04T00:00:00Z")], "day", NOW);
    expect(spans).toEqual([{ outlet: "a", first: "2026-11-02", last: "2026-11-03", failures: 1 }]);
  });

  it("runs an open gap to now", () => {
    expect(gapSpans([gap("a", "2026-11-28T10:00:00Z", null)], "week", NOW)).toEqual([
      { outlet: "a", first: "2026-11-23", last: "2026-11-30", failures: 1 },
    ]);
  });

  it("merges one outlet's gaps that share a bucket, and keeps other outlets apart", () => {
    const spans = gapSpans(
      [
        gap("a", "2026-11-02T06:00:00Z", "2026-11-02T07:00:00Z", 2),
        gap("b", "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"),
        gap("a", "2026-11-02T20:00:00Z", "2026-11-05T01:00:00Z", 3),
        gap("a", "2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z"),
      ],
      "day",
      NOW,
    );
    expect(spans).toEqual([
      { outlet: "a", first: "2026-11-02", last: "2026-11-05", failures: 5 },
      { outlet: "b", first: "2026-11-02", last: "2026-11-02", failures: 1 },
      { outlet: "a", first: "2026-11-20", last: "2026-11-20", failures: 1 },
    ]);
  });

  it("puts a short gap into its month", () => {
    expect(gapSpans([gap("a", "2026-10-31T23:00:00Z", "2026-11-01T00:30:00Z")], "month", NOW)).toEqual([
      { outlet: "a", first: "2026-10-01", last: "2026-11-01", failures: 1 },
    ]);
  });
});
