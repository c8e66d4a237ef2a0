import { describe, expect, it } from "vitest";
import { articleLinks } from "../../db/schema";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createArticle, createOutlet } from "../../test/rows";
import { getRelatedArticles } from "./article-links";

describe.each(BACKENDS)("getRelatedArticles (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("lists links in both directions with the other outlet's article, earliest first", async () => {
    const wire = await createOutlet(t().db, { slug: "wire", name: "Wire" });
    const paper = await createOutlet(t().db, { slug: "paper", name: "Paper" });
    const blog = await createOutlet(t().db, { slug: "blog", name: "Blog" });
    const original = await createArticle(t().db, wire.id, { title: "Original", publishedAt: new Date("2026-11-01T00:00:00Z") });
    const copy = await createArticle(t().db, paper.id, { title: "Copy", publishedAt: new Date("2026-11-02T00:00:00Z") });
    const citing = await createArticle(t().db, blog.id, { title: "Citing", publishedAt: null });
    const unrelated = await createArticle(t().db, blog.id, { title: "Unrelated" });
    await t().db.insert(articleLinks).values([
      { articleId: copy, linkedArticleId: original, kind: "same_title", evidence: "original" },
      { articleId: citing, linkedArticleId: copy, kind: "hyperlink", evidence: "https://paper.example/copy" },
      { articleId: unrelated, linkedArticleId: original, kind: "same_url", evidence: null },
    ]);

    const related = await getRelatedArticles(t().db, copy);
    expect(related.map((r) => [r.direction, r.kind, r.article.title, r.article.outlet.name])).toEqual([
      ["to", "same_title", "Original", "Wire"],
      ["from", "hyperlink", "Citing", "Blog"],
    ]);
    expect(related[0]!.article.publishedAt).toBe("2026-11-01T00:00:00.000Z");
    expect(related[1]!.evidence).toBe("https://paper.example/copy");
    expect(await getRelatedArticles(t().db, 999_999)).toEqual([]);
  });
});
