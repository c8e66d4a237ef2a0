import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { getArticle, listArticles, listCategories } from "./articles";
import { createArticle, createOutlet } from "../../test/rows";

describe.each(BACKENDS)("article queries (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function seed() {
    const nova = await createOutlet(t().db, { slug: "novastan-en", name: "Novastan (English)" });
    const op = await createOutlet(t().db, { slug: "opinion", name: "Opinion", kind: "scrape" });
    const old = await createArticle(t().db, nova.id, {
      title: "Old",
      publishedAt: new Date("2022-04-06T10:00:00Z"),
      categories: ["Kazakhstan", "War in Ukraine"],
    });
    const recent = await createArticle(t().db, nova.id, {
      title: "Recent",
      publishedAt: new Date("2026-06-15T10:00:00Z"),
      authors: ["A. Writer"],
      categories: ["War in Ukraine"],
    });
    const undated = await createArticle(t().db, op.id, { title: "Undated", publishedAt: null });
    return { old, recent, undated };
  }

  it("lists newest first with undated articles last", async () => {
    const ids = await seed();
    const page = await listArticles(t().db, { page: 1, pageSize: 20 });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.id)).toEqual([ids.recent, ids.old, ids.undated]);
    expect(page.items[0]).toEqual({
      id: ids.recent,
      title: "Recent",
      outlet: { slug: "novastan-en", name: "Novastan (English)" },
      publishedAt: "2026-06-15T10:00:00.000Z",
      authors: ["A. Writer"],
      categories: ["War in Ukraine"],
      wordCount: expect.any(Number),
    });
    expect(page.items[2]).toMatchObject({ publishedAt: null, categories: [] });
  });

  it("filters by outlet, category and date range, and pages", async () => {
    const ids = await seed();
    const byOutlet = await listArticles(t().db, { outlet: "opinion", page: 1, pageSize: 20 });
    expect(byOutlet.items.map((i) => i.id)).toEqual([ids.undated]);

    const byCategory = await listArticles(t().db, { category: "Kazakhstan", page: 1, pageSize: 20 });
    expect(byCategory.items.map((i) => i.id)).toEqual([ids.old]);
    expect(byCategory.items[0]!.categories).toEqual(["Kazakhstan", "War in Ukraine"]);

    const byDate = await listArticles(t().db, {
      from: new Date("2022-01-01T00:00:00Z"),
      to: new Date("2023-01-01T00:00:00Z"),
      page: 1,
      pageSize: 20,
    });
    expect(byDate.items.map((i) => i.id)).toEqual([ids.old]);

    const second = await listArticles(t().db, { page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((i) => i.id)).toEqual([ids.undated]);
  });

  it("gets one article with outlet and categories, or null", async () => {
    const ids = await seed();
    const article = await getArticle(t().db, ids.old);
    expect(article).toMatchObject({
      id: ids.old,
      title: "Old",
      url: null,
      publishedAt: "2022-04-06T10:00:00.000Z",
      revisionCount: 1,
      categories: ["Kazakhstan", "War in Ukraine"],
      outlet: { slug: "novastan-en", name: "Novastan (English)", homepageUrl: null },
    });
    expect(article!.contentHtml).toContain("<p>");
    expect(await getArticle(t().db, 999_999)).toBeNull();
  });

  it("lists categories with counts, optionally per outlet", async () => {
    await seed();
    expect(await listCategories(t().db)).toEqual([
      { name: "War in Ukraine", count: 2 },
      { name: "Kazakhstan", count: 1 },
    ]);
    expect(await listCategories(t().db, { outlet: "opinion" })).toEqual([]);
  });
});
