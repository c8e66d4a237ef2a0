import { describe, expect, it } from "vitest";
import { FRAGMENT_BREAK, MATCH_END, MATCH_START, parseHeadline } from "./snippet";

const m = (word: string) => `${MATCH_START}${word}${MATCH_END}`;

describe("parseHeadline", () => {
  it("splits fragments and marks the matching words", () => {
    expect(parseHeadline(`more than 12,000 ${m("soldiers")} from${FRAGMENT_BREAK} the ${m("soldiers")}' families`)).toEqual([
      [{ text: "more than 12,000 ", match: false }, { text: "soldiers", match: true }, { text: " from", match: false }],
      [{ text: "the ", match: false }, { text: "soldiers", match: true }, { text: "' families", match: false }],
    ]);
  });

  it("keeps markup in the text as text and survives an unclosed mark", () => {
    expect(parseHeadline(`<script>alert(1)</script> ${MATCH_START}Kiev`)).toEqual([
      [{ text: "<script>alert(1)</script> ", match: false }, { text: "Kiev", match: true }],
    ]);
  });

  it("returns no fragment for an empty headline", () => {
    expect(parseHeadline("")).toEqual([]);
  });
});
