import { describe, expect, it } from "vitest";
import { highlightRuns, type HighlightSpan } from "./highlight";

const span = (id: string, layer: HighlightSpan["layer"], start: number, end: number): HighlightSpan => ({ id, layer, start, end });

describe("highlight runs", () => {
  const text = "NED gave vlast.kz $230,000, according to Kursiv.\n\nSecond paragraph, said Dubnov.";

  it("nests sources inside a claim and keeps paragraphs apart", () => {
    const claim = span("fc-1", "claim", 0, 48);
    const cue = span("s-1", "source", 28, 47);
    const said = span("s-2", "source", 68, 79);
    const paragraphs = highlightRuns(text, [claim, cue, said]);
    expect(paragraphs).toHaveLength(2);
    const [first, second] = paragraphs;
    expect(first!.map((r) => [r.text, r.claim?.id ?? null, r.source?.id ?? null])).toEqual([
      ["NED gave vlast.kz $230,000, ", "fc-1", null],
      ["according to Kursiv", "fc-1", "s-1"],
      [".", "fc-1", null],
    ]);
    expect(first!.map((r) => [r.claimStarts, r.sourceStarts])).toEqual([[true, false], [false, true], [false, false]]);
    expect(second!.map((r) => r.text).join("")).toBe("Second paragraph, said Dubnov.");
    expect(second!.find((r) => r.source)?.text).toBe("said Dubnov");
  });

  it("shows the narrowest of overlapping sources and keeps the wider one reachable by an anchor", () => {
    const wide = span("s-wide", "source", 28, 47);
    const link = span("s-link", "source", 41, 47);
    const runs = highlightRuns(text, [wide, link])[0]!;
    expect(runs.find((r) => r.text === "Kursiv")?.source?.id).toBe("s-link");
    expect(runs.find((r) => r.text === "according to ")?.source?.id).toBe("s-wide");
    const contained = span("s-in", "source", 41, 47);
    const outer = span("s-out", "source", 41, 47);
    const same = highlightRuns(text, [contained, outer])[0]!;
    expect(same.flatMap((r) => [r.sourceStarts ? r.source!.id : null, ...r.anchors]).filter(Boolean).sort()).toEqual(["s-in", "s-out"]);
  });

  it("drops spans outside the text instead of failing", () => {
    expect(highlightRuns("Short.", [span("s-x", "source", 3, 90)])[0]!.map((r) => r.text)).toEqual(["Short."]);
  });
});
