import { describe, expect, it } from "vitest";
import { extractStatements } from "../lib/extract";
import type { ResolvedEntity } from "./entities";
import { articleRefs, namesOf, statementRows, type NameRef } from "./statement-rows";

const text = "Kyrgyzstan’s President Sadyr Japarov spoke on Monday.\n\nThe economy will grow by 4 %, Japarov said. NED gave a grant of $230,000 to Kloop, according to the registry.";

describe("rows of an article's statements", () => {
  const extraction = extractStatements({ text, language: "en" });
  const refs = articleRefs(text, extraction);

  it("reads a person's role where the article first names them", () => {
    const japarov = namesOf(refs).find((r) => r.name.includes("Japarov"));
    expect(japarov).toMatchObject({ category: "official" });
  });

  it("takes the category of a known entity over the name's own, and an article's role over a bare person", () => {
    const known = new Map<string, ResolvedEntity>([
      ["ned", { id: 1, category: "ngo", outletId: null }],
      ["sadyr japarov", { id: 2, category: "person", outletId: null }],
      ["japarov", { id: 2, category: "person", outletId: null }],
    ]);
    const entityOf = (ref: NameRef | null) => (ref ? (known.get(ref.key) ?? null) : null);
    const rows = statementRows(7, text, extraction, refs, entityOf, [{ entityId: 1, start: 0, end: 3 }]);
    const japarov = rows.sources.find((s) => s.entityId === 2);
    expect(japarov?.category).toBe("official");
    const grant = rows.fundingClaims.find((c) => c.amount === 230000);
    expect(grant).toMatchObject({ articleId: 7, funderEntityId: 1, recipientEntityId: null, currency: "USD" });
    // One mention per entity and place, however many rules found it.
    const keys = rows.mentions.map((m) => `${m.entityId}:${m.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.mentions.some((m) => m.entityId === 1)).toBe(true);
  });

  it("resolves a lone surname to the full name the article gives, unless two people share it", () => {
    const article = "“The elections were a formality,” said political analyst Arkady Dubnov.\n\nThe vote was not free, Dubnov said.";
    const names = namesOf(articleRefs(article, extractStatements({ text: article, language: "en" }))).map((r) => r.name);
    expect(names).toContain("Arkady Dubnov");
    expect(names).not.toContain("Dubnov");
    const shared = "Arkady Dubnov said the vote was a formality. Maria Dubnov said it was fair.\n\nDubnov said the turnout was low.";
    const sharedNames = namesOf(articleRefs(shared, extractStatements({ text: shared, language: "en" }))).map((r) => r.name);
    expect(sharedNames).toContain("Dubnov");
  });
});
