import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articleLinks, articles, outlets } from "../../db/schema";
import { runExtraction } from "../../ingest/extraction-job";
import { seedSample } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createArticle, createOutlet } from "../../test/rows";
import { traceClaim } from "./trace";

const REPEAT = "Far beyond the 1,400 Africans that the Russian army recruited, more than 15,000 soldiers from Central Asia have already participated in the “special military operation”.";
const LOOK_ALIKE = "More than 12,000 migrants from Central Asia have returned home since January, the labour ministry said.";

describe.each(BACKENDS)("tracing a claim (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function seed() {
    const { db } = t();
    await seedSample(db);
    const [novastan] = await db.select({ id: articles.id, publishedAt: articles.publishedAt }).from(articles)
      .innerJoin(outlets, eq(outlets.id, articles.outletId))
      .where(and(eq(outlets.slug, "novastan-en"), like(articles.contentText, "%12,000 soldiers from Central Asia%")));
    const blog = await createOutlet(db, { slug: "steppe-blog", name: "Steppe Blog" });
    const later = new Date(new Date(novastan!.publishedAt!).getTime() + 3 * 86_400_000);
    const repeat = await createArticle(db, blog.id, { contentText: `Our correspondent writes.\n\n${REPEAT}`, language: "en", publishedAt: later });
    await createArticle(db, blog.id, { contentText: LOOK_ALIKE, language: "en", publishedAt: later });
    await runExtraction(db);
    return { db, repeat, original: novastan!.id };
  }

  it("finds the Novastan sentence from a fragment, first, with its attribution, then the repeat that changed the figure and dropped it", async () => {
    const { db, repeat } = await seed();
    const trace = await traceClaim(db, "12,000 soldiers from Central Asia");
    expect(trace.occurrences.map((o) => o.outlet)).toEqual(["novastan-en", "steppe-blog"]);
    const [first, second] = trace.occurrences;
    expect(first).toMatchObject({ first: true, attributedTo: "Ukrainian war prisoners coordination", changes: [], figures: [{ value: 1400, unit: null }, { value: 200, unit: null }, { value: 12000, unit: null }] });
    expect(trace.claim).toBe(first!.sentence);
    expect(second).toMatchObject({ articleId: repeat, first: false, attributedTo: null, changes: ["figure changed", "attribution dropped"], sentence: REPEAT });
    expect(trace.occurrences.some((o) => o.sentence === LOOK_ALIKE)).toBe(false);
  });

  it("finds the chain from the whole sentence as a later outlet wrote it, and shows the hyperlink back", async () => {
    const { db, repeat, original } = await seed();
    await db.insert(articleLinks).values({ articleId: repeat, linkedArticleId: original, kind: "hyperlink", evidence: "https://novastan.org/en/" });
    const trace = await traceClaim(db, REPEAT);
    expect(trace.occurrences.map((o) => o.articleId)).toEqual([original, repeat]);
    expect(trace.occurrences[1]!.citations).toEqual([{ kind: "hyperlink", articleId: original, outlet: "novastan-en" }]);
    expect(trace.occurrences[1]!.similarity).toBe(1);
  });

  it("returns no occurrences for a claim nobody made", async () => {
    const { db } = await seed();
    expect(await traceClaim(db, "More than 12,000 zebras from Central Asia crossed the Caspian Sea.")).toEqual({
      claim: "More than 12,000 zebras from Central Asia crossed the Caspian Sea.", occurrences: [], claims: [],
    });
  });
});
