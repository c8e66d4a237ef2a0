import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articleFingerprints, articleLinks, articles, outlets } from "../db/schema";
import { getOutletRepublications } from "../lib/queries/republications";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { readSample, SCRAPED_SAMPLE } from "../test/factories";
import { createArticle, createOutlet } from "../test/rows";
import { requestReextraction, runExtraction } from "./extraction-job";

// The op-ed's own paragraphs, without the opinion site's furniture around them.
const PARAGRAPHS = readSample(SCRAPED_SAMPLE).split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 200);
const ORIGINAL = PARAGRAPHS.join("\n\n");
// Trimmed to its first two thirds, with a site header, a share button and a photo credit.
const COPY = ["The Ultimate Managed Hosting Platform", "Fight Censorship, Share This Post!", ...PARAGRAPHS.slice(0, Math.ceil((PARAGRAPHS.length * 2) / 3)), "© RIA / Mikhail Klimentyev"].join("\n\n");
const SAME_TOPIC = [
  "Central Asian governments have avoided taking sides in Russia's war against Ukraine, diplomats in Almaty and Tashkent say.",
  "Kazakhstan has refused to recognise the separatist republics in Donbas and has sent humanitarian aid to Ukraine, while keeping its trade with Russia.",
  "In Kyrgyzstan, President Sadyr Japarov's early words of support for Moscow were later softened by his foreign ministry, which called for negotiations.",
  "Uzbekistan's foreign minister said in March that his country recognised Ukraine's independence and territorial integrity, and was dismissed weeks later.",
  "Analysts say the region's leaders fear secondary sanctions more than they fear the Kremlin's displeasure, and labour migrants are caught in between.",
].join("\n\n");

describe.each(BACKENDS)("republications found by the extraction job (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function seed(dates: { original: Date | null; copy: Date | null }) {
    const { db } = t();
    const rt = await createOutlet(db, { slug: "rt", name: "RT" });
    const opinion = await createOutlet(db, { slug: "opinion", name: "Opinion site" });
    const independent = await createOutlet(db, { slug: "independent", name: "Independent" });
    const original = await createArticle(db, rt.id, { contentText: ORIGINAL, language: "en", publishedAt: dates.original });
    const copy = await createArticle(db, opinion.id, { contentText: COPY, language: "en", publishedAt: dates.copy, credits: ["© RIA / Mikhail Klimentyev"] });
    const other = await createArticle(db, independent.id, { contentText: SAME_TOPIC, language: "en", publishedAt: dates.copy });
    await runExtraction(db);
    return { db, original, copy, other };
  }

  const republications = (db: ReturnType<typeof t>["db"]) =>
    db.select({ articleId: articleLinks.articleId, linkedArticleId: articleLinks.linkedArticleId, evidence: articleLinks.evidence })
      .from(articleLinks).where(eq(articleLinks.kind, "republication"));

  it("links a trimmed copy with boilerplate to the earlier original, with the evidence, and leaves a text on the same topic alone", async () => {
    const { db, original, copy } = await seed({ original: new Date("2022-03-05T10:00:00Z"), copy: new Date("2022-03-07T08:00:00Z") });
    const links = await republications(db);
    expect(links.map((l) => [l.articleId, l.linkedArticleId])).toEqual([[copy, original]]);
    const evidence = JSON.parse(links[0]!.evidence!);
    expect(evidence.containment).toBeGreaterThan(0.9);
    expect(evidence).toMatchObject({ datedBy: "published", credits: ["© RIA / Mikhail Klimentyev"] });
    expect(evidence.passages.length).toBeGreaterThan(0);
    for (const passage of evidence.passages) expect(ORIGINAL).toContain(passage);
    expect((await db.select().from(articleFingerprints)).length).toBe(3);

    // The opinion site's output: one copy of RT's, crediting a photo agency but not RT.
    const [opinion, rt] = await Promise.all(["opinion", "rt"].map(async (slug) => (await db.select().from(outlets).where(eq(outlets.slug, slug)))[0]!));
    expect(await getOutletRepublications(db, opinion!.id)).toEqual({ from: [{ outlet: { slug: "rt", name: "RT" }, articles: 1, credited: 0 }], by: [] });
    expect((await getOutletRepublications(db, rt!.id)).by).toEqual([{ outlet: { slug: "opinion", name: "Opinion site" }, articles: 1, credited: 0 }]);
    await db.update(outlets).set({ homepageUrl: "https://www.rt.com/" }).where(eq(outlets.id, rt!.id));
    await db.update(articles).set({ credits: ["Source: RT.com"] }).where(eq(articles.id, copy));
    expect((await getOutletRepublications(db, opinion!.id)).from[0]).toMatchObject({ articles: 1, credited: 1 });
  });

  it("takes the one seen first as the original when neither has a date, and links the pair once however often it is read", async () => {
    const { db, original, copy } = await seed({ original: null, copy: null });
    await requestReextraction(db);
    await runExtraction(db);
    const links = await republications(db);
    expect(links.map((l) => [l.articleId, l.linkedArticleId])).toEqual([[copy, original]]);
    expect(JSON.parse(links[0]!.evidence!).datedBy).toBe("first seen");
  });
});
