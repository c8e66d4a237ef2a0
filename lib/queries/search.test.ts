import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importFiles } from "../../ingest/pipeline";
import { seedSample } from "../../ingest/sample";
import { upsertOutlet } from "../../ingest/store";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { searchArticles } from "./search";
import { searchQuerySchema } from "./search-params";

const RUSSIAN_TEXT = fileURLToPath(new URL("../../test/fixtures/texts/ru-migrant-remittances.txt", import.meta.url));
const search = (params: Record<string, string>) => searchQuerySchema.parse(params);
const matched = (page: { hits: { snippet: { text: string; match: boolean }[][] }[] }) =>
  page.hits.flatMap((h) => h.snippet.flat().filter((p) => p.match).map((p) => p.text.toLowerCase()));

describe.each(BACKENDS)("full-text search (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("finds articles in their own language, stemmed, ranked, with marked snippets and filters", async () => {
    const db = t().db;
    await seedSample(db);
    await upsertOutlet(db, { slug: "ru-test", name: "Russian test outlet", kind: "scrape", homepageUrl: null, languages: ["ru"], country: null, scrapeRules: null });
    await importFiles(db, "ru-test", [RUSSIAN_TEXT], { publishedAt: new Date("2024-05-02T08:00:00Z") });

    const soldiers = await searchArticles(db, search({ q: "soldier" }));
    expect(soldiers.total).toBeGreaterThan(0);
    expect(soldiers.hits.every((h) => h.outlet.slug !== "ru-test")).toBe(true);
    // English stemming: "soldier" finds "soldiers".
    expect(matched(soldiers)).toContain("soldiers");
    const ranks = soldiers.hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

    // Russian stemming: the genitive plural finds the nominative and other forms.
    const migrants = await searchArticles(db, search({ q: "мигрантов" }));
    expect(migrants.hits.map((h) => h.outlet.slug)).toEqual(["ru-test"]);
    expect(matched(migrants)).toEqual(expect.arrayContaining(["мигрантов", "мигранты"]));
    expect(migrants.hits[0]!.language).toBe("ru");

    // Phrases, exclusion and filters.
    expect((await searchArticles(db, search({ q: '"Национальный банк"' }))).total).toBe(1);
    expect((await searchArticles(db, search({ q: "мигрантов -рубля" }))).total).toBe(0);
    expect((await searchArticles(db, search({ q: "мигрантов", language: "en" }))).total).toBe(0);
    expect((await searchArticles(db, search({ q: "soldier", outlet: "ru-test" }))).total).toBe(0);
    expect((await searchArticles(db, search({ q: "soldier", from: "2100-01-01" }))).total).toBe(0);
    const newest = await searchArticles(db, search({ q: "soldier", sort: "newest" }));
    const dates = newest.hits.map((h) => h.publishedAt ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
