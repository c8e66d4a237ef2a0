import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articleLinks } from "../db/schema";
import { runExtraction } from "../ingest/extraction-job";
import { traceClaim } from "../lib/queries/trace";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { createArticle, createOutlet } from "../test/rows";
import { loadProvenanceCorpus, scoreClaimMatching, scoreRepublication } from "./provenance";

const corpus = loadProvenanceCorpus();

describe("the provenance corpus, scored without a database", () => {
  it("matches every listed repeat and no look-alike, and finds each copy with its original", () => {
    const claims = scoreClaimMatching(corpus);
    expect(claims.unfound).toEqual([]);
    expect(claims.misses).toEqual([]);
    const republications = scoreRepublication(corpus);
    expect(republications.misses).toEqual([]);
    expect(republications.directionRight).toBe(corpus.republications.length);
  });
});

describe.each(BACKENDS)("the provenance corpus stored and traced (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("gives each claim its chain, first appearance first, and links each copy to its original", async () => {
    const { db } = t();
    const outlets = new Map<string, number>();
    for (const slug of new Set(corpus.articles.map((a) => a.outlet))) outlets.set(slug, (await createOutlet(db, { slug, name: slug })).id);
    const ids = new Map<string, number>();
    for (const a of corpus.articles) {
      ids.set(a.id, await createArticle(db, outlets.get(a.outlet)!, { contentText: a.text, language: a.language, publishedAt: new Date(a.published) }));
    }
    await runExtraction(db);
    const name = new Map([...ids].map(([k, v]) => [v, k]));

    for (const claim of corpus.claims) {
      const [firstId, phrase] = claim.occurrences.find(([id]) => id === claim.first)!;
      const text = corpus.articles.find((a) => a.id === firstId)!.text;
      const sentence = text.split(/\n\n/).flatMap((p) => p.split(/(?<=\.)\s+/)).find((s) => s.includes(phrase))!;
      const trace = await traceClaim(db, sentence);
      const chain = [...new Set(trace.occurrences.map((o) => name.get(o.articleId)))];
      expect(chain[0], claim.id).toBe(claim.first);
      expect(chain.sort(), claim.id).toEqual([...new Set(claim.occurrences.map(([id]) => id))].sort());
    }

    const links = await db.select().from(articleLinks).where(eq(articleLinks.kind, "republication"));
    expect(links.map((l) => `${name.get(l.articleId)} → ${name.get(l.linkedArticleId)}`).sort())
      .toEqual(corpus.republications.map((r) => `${r.copy} → ${r.original}`).sort());
  });
});
