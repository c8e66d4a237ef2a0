import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { claimOccurrences, claims } from "../db/schema";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { createArticle, createOutlet } from "../test/rows";
import { requestReextraction, runExtraction } from "./extraction-job";

const ORIGINAL = "More than 12,000 soldiers from Central Asia have already participated in the special military operation, according to public data published by the Ukrainian war prisoners coordination.";
const REPEAT = "More than 15,000 soldiers from Central Asia have already participated in the special military operation.";
const LOOK_ALIKE = "More than 12,000 migrants from Central Asia have returned home since January, the labour ministry said.";

describe.each(BACKENDS)("claim occurrences stored by the extraction job (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function seed() {
    const { db } = t();
    const wire = await createOutlet(db, { slug: "wire", name: "Wire" });
    const blog = await createOutlet(db, { slug: "blog", name: "Blog" });
    const first = await createArticle(db, wire.id, { contentText: `${ORIGINAL}\n\nThe war goes on.`, language: "en", publishedAt: new Date("2026-04-10T00:00:00Z") });
    const second = await createArticle(db, blog.id, { contentText: `Our view.\n\n${REPEAT}`, language: "en", publishedAt: new Date("2026-04-12T00:00:00Z") });
    const other = await createArticle(db, blog.id, { contentText: LOOK_ALIKE, language: "en", publishedAt: new Date("2026-04-13T00:00:00Z") });
    return { db, first, second, other };
  }

  const occurrences = (db: ReturnType<typeof t>["db"]) =>
    db.select({ articleId: claimOccurrences.articleId, claimId: claimOccurrences.claimId, attributedTo: claimOccurrences.attributedTo, sentence: claimOccurrences.sentence })
      .from(claimOccurrences).orderBy(claimOccurrences.articleId);

  it("joins a repeat with a changed figure and a dropped attribution to the original's claim, and a look-alike to none", async () => {
    const { db, first, second, other } = await seed();
    await runExtraction(db);
    const found = await occurrences(db);
    const of = (id: number) => found.find((o) => o.articleId === id)!;
    expect(of(first)).toMatchObject({ sentence: ORIGINAL, attributedTo: "Ukrainian war prisoners coordination" });
    expect(of(second)).toMatchObject({ sentence: REPEAT, attributedTo: null, claimId: of(first).claimId });
    expect(of(other).claimId).not.toBe(of(first).claimId);
    const [claim] = await db.select().from(claims).where(eq(claims.id, of(first).claimId));
    expect(claim!.sentence).toBe(ORIGINAL);
  });

  it("keeps every claim when the articles are read again", async () => {
    const { db } = await seed();
    await runExtraction(db);
    const before = await occurrences(db);
    await requestReextraction(db);
    await runExtraction(db);
    expect(await occurrences(db)).toEqual(before);
    expect((await db.select().from(claims)).length).toBe(new Set(before.map((o) => o.claimId)).size);
  });
});
