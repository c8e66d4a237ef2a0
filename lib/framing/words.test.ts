import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextWordStart, wordEnd } from "./words";

/** The definition the table scan must match exactly. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu;

const words = (text: string) => {
  const found: string[] = [];
  for (let start = nextWordStart(text, 0); start < text.length; ) {
    const end = wordEnd(text, start);
    found.push(text.slice(start, end));
    start = nextWordStart(text, end);
  }
  return found;
};

describe("nextWordStart and wordEnd", () => {
  it("finds words with inner hyphens and apostrophes, combining marks and letters beyond the basic plane", () => {
    expect(words("pro-Kremlin aujourd’hui -a b- 'c cafe\u0301 \u0301x 2024 𝐀𝐁c 😀x Жумагулов")).toEqual([
      "pro-Kremlin", "aujourd’hui", "a", "b", "c", "cafe\u0301", "x", "𝐀𝐁c", "x", "Жумагулов",
    ]);
  });

  it("ends a word at a lone surrogate and at the end of the text", () => {
    expect(words("ab\ud800cd\udc00ef\ud835")).toEqual(["ab", "cd", "ef"]);
  });

  it("agrees with the Unicode word pattern on any text", () => {
    const tricky = fc.constantFrom("a", "Z", "é", "\u0301", "İ", "ж", "-", "'", "’", " ", ".", "1", "𝐀", "😀", "\ud800", "\udc00", "中", "ـ");
    const text = fc.oneof(fc.string({ unit: tricky, maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));
    fc.assert(fc.property(text, (t) => {
      expect(words(t)).toEqual(t.match(WORD) ?? []);
    }), { numRuns: 2000 });
  });
});
