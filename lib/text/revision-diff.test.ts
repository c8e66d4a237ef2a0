import { describe, expect, it } from "vitest";
import { diffTexts } from "./revision-diff";

const words = (n: number, prefix = "w") => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

describe("diffTexts", () => {
  it("marks a changed figure as removed and added, with the words around it", () => {
    const diff = diffTexts("Support stood at 73% in Kyrgyzstan.", "Support stood at 75% in Kyrgyzstan.");
    expect(diff.segments).toEqual([
      { kind: "same", text: "Support stood at " },
      { kind: "removed", text: "73" },
      { kind: "added", text: "75" },
      { kind: "same", text: "% in Kyrgyzstan." },
    ]);
    expect([diff.wordsAdded, diff.wordsRemoved]).toEqual([1, 1]);
  });

  it("folds long unchanged stretches far from the change, keeping context on both sides", () => {
    const before = `${words(100, "a")} old ${words(100, "b")}`;
    const after = `${words(100, "a")} new ${words(100, "b")}`;
    const { segments } = diffTexts(before, after, { context: 5 });
    expect(segments.map((s) => s.kind)).toEqual(["skip", "same", "removed", "added", "same", "skip"]);
    expect(segments[0]).toEqual({ kind: "skip", words: 95 });
    expect(segments[1]).toEqual({ kind: "same", text: "a95 a96 a97 a98 a99 " });
    expect(segments[4]).toEqual({ kind: "same", text: " b0 b1 b2 b3 b4" });
  });

  it("folds the middle of an unchanged stretch between two changes", () => {
    const { segments } = diffTexts(`x ${words(50)} y`, `X ${words(50)} Y`, { context: 5 });
    expect(segments.map((s) => (s.kind === "skip" ? `skip ${s.words}` : s.kind))).toEqual([
      "removed", "added", "same", "skip 40", "same", "removed", "added",
    ]);
  });

  it("keeps paragraph breaks in what it shows, and reports identical texts as one unchanged segment", () => {
    const { segments } = diffTexts("One.\n\nTwo.", "One.\n\nTwo.");
    expect(segments).toEqual([{ kind: "same", text: "One.\n\nTwo." }]);
  });
});
