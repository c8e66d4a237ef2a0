import { describe, expect, it } from "vitest";
import { countTerms, distinctiveTerms } from "./vocabulary";

describe("countTerms", () => {
  it("drops each language's stop words, numbers and possessives", () => {
    expect(Object.fromEntries(countTerms("The Kiev regime and the regime’s army, 2022.", "en"))).toEqual({ kiev: 1, regime: 2, army: 1 });
    expect(Object.fromEntries(countTerms("И в Киеве, и в Москве говорят о режиме.", "ru"))).toEqual({ киеве: 1, москве: 1, говорят: 1, режиме: 1 });
  });

  it("keeps a word whole when it carries combining marks, as decomposed accents and a lower-cased İ do", () => {
    expect(Object.fromEntries(countTerms("Le cafe\u0301 d'İstanbul. L’État.", "fr"))).toEqual({ "cafe\u0301": 1, "d'i\u0307stanbul": 1, "l'état": 1 });
  });
});

describe("distinctiveTerms", () => {
  const a = countTerms("regime Kiev regime Kiev regime Kiev neo-Nazis regime Kiev war war ".repeat(5), "en");
  const b = countTerms("invasion Kyiv invasion Kyiv invasion Kyiv war war sanctions ".repeat(5), "en");
  const terms = distinctiveTerms(new Map([["state", a], ["independent", b]]), { limit: 3 });

  it("ranks each group's own words first and keeps shared words out", () => {
    const of = (group: string) => terms.filter((t) => t.group === group).map((t) => t.term);
    expect(of("state")).toEqual(expect.arrayContaining(["regime", "kiev"]));
    expect(of("independent")).toEqual(expect.arrayContaining(["invasion", "kyiv"]));
    expect(terms.find((t) => t.term === "war")).toBeUndefined();
    for (const term of ["regime", "kiev", "invasion", "kyiv"]) expect(terms.find((t) => t.term === term)!.z).toBeGreaterThan(2);
  });

  it("is symmetric: one group's distinctive word has the opposite z in the other", () => {
    const all = distinctiveTerms(new Map([["state", a], ["independent", b]]), { limit: 100 });
    const z = (group: string, term: string) => all.find((t) => t.group === group && t.term === term)!.z;
    expect(z("state", "regime")).toBeCloseTo(-z("independent", "regime"), 6);
  });
});
