import { describe, expect, it } from "vitest";
import { changesFrom, claimSimilarity, isSameClaim } from "./match";
import { claimSignature } from "./signature";

const ORIGINAL = "Far beyond the 1,400 Africans or 200 Indian citizens that the Russian army recruited since the beginning of the war, more than 12,000 soldiers from Central Asia have already participated in the “special military operation”, according to public data published in April 2026 by the Ukrainian war prisoners coordination.";

describe("isSameClaim", () => {
  const original = claimSignature(ORIGINAL, "en");
  it.each([
    ["a verbatim copy", ORIGINAL, true],
    ["the figure changed", ORIGINAL.replace("12,000", "15,000"), true],
    ["the attribution dropped", "Far beyond the 1,400 Africans or 200 Indian citizens that the Russian army recruited since the beginning of the war, more than 12,000 soldiers from Central Asia have already participated in the “special military operation”.", true],
    ["a shortened retelling", "More than 12,000 soldiers from Central Asia have already participated in the special military operation, far more than the 1,400 Africans the Russian army recruited.", true],
    ["the figure changed and the attribution dropped at once", "Far beyond the 1,400 Africans or 200 Indian citizens that the Russian army recruited, more than 15,000 soldiers from Central Asia have participated in the “special military operation”.", true],
    ["a look-alike about migrants", "More than 12,000 migrants from Central Asia have returned home since the beginning of the year, the labour ministry said.", false],
    ["an unrelated sentence", "The parliament of Kyrgyzstan adopted the budget for 2027 on Tuesday.", false],
  ])("%s", (_, sentence, same) => {
    const other = claimSignature(sentence, "en");
    expect(isSameClaim(original, other), `similarity ${claimSimilarity(original, other)}`).toBe(same);
  });

  it("matches a Russian repeat with a changed declension of nothing but the figure", () => {
    const a = claimSignature("По данным ООН, в Донбассе погибли 13 000 человек в результате карательных операций украинских властей.", "ru");
    const b = claimSignature("В Донбассе погибли 13 тысяч человек в результате карательных операций украинских властей.", "ru");
    expect(isSameClaim(a, b)).toBe(true);
    expect(a.figures).toEqual(b.figures);
  });
});

describe("changesFrom", () => {
  it("names a changed figure, a dropped attribution and a removed hedge", () => {
    const first = { figures: [{ value: 12000, unit: null }], attributedTo: "Ukrainian war prisoners coordination", hedged: true };
    expect(changesFrom(first, { figures: [{ value: 15000, unit: null }], attributedTo: null, hedged: false })).toEqual(["figure changed", "attribution dropped", "hedge removed"]);
    expect(changesFrom(first, first)).toEqual([]);
  });
});
