import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articleExtractions, articles, entities, entityAliases, fundingClaims, mentions, outlets, sources } from "../db/schema";
import { EXTRACTION_VERSION, extractStatements } from "../lib/extract";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { getExtractionProgress, requestReextraction, runExtraction } from "./extraction-job";
import { seedSample } from "./sample";

describe.each(BACKENDS)("the extraction job over stored articles (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("reads every sample article once, resolves names to entities, and stores the seeds' funding claims", async () => {
    const db = t().db;
    await seedSample(db);
    const progress = await getExtractionProgress(db);
    expect(progress).toMatchObject({ version: EXTRACTION_VERSION, failed: 0 });
    expect(progress.done).toBe(progress.total);
    expect(progress.total).toBeGreaterThan(5);

    const claims = await db
      .select({ funder: fundingClaims.funder, recipient: fundingClaims.recipient, amount: fundingClaims.amount, currency: fundingClaims.currency,
        year: fundingClaims.year, attributedTo: fundingClaims.attributedTo, selfDisclosed: fundingClaims.selfDisclosed, funderName: entities.name })
      .from(fundingClaims)
      .leftJoin(entities, eq(entities.id, fundingClaims.funderEntityId));
    expect(claims).toContainEqual(expect.objectContaining({
      recipient: expect.stringMatching(/vlast\.kz/i), amount: 230000, currency: "USD", year: 2021, attributedTo: null,
      funderName: "National Endowment for Democracy",
    }));
    expect(claims.some((c) => c.selfDisclosed && c.currency === "EUR")).toBe(true);

    // "RFE/RL" in Novastan's text is the seeded entity, and Novastan itself is the outlet's entity.
    const [rferl] = await db.select({ entityId: sources.entityId, category: sources.category, name: entities.name })
      .from(sources).innerJoin(entities, eq(entities.id, sources.entityId)).where(eq(entities.name, "Radio Free Europe/Radio Liberty"));
    expect(rferl).toMatchObject({ category: "outlet" });
    const [novastan] = await db.select().from(outlets).where(eq(outlets.slug, "novastan-en"));
    const [novastanEntity] = await db.select().from(entities).where(eq(entities.outletId, novastan!.id));
    expect(novastanEntity).toMatchObject({ kind: "outlet" });

    // The scraped text names NED by its acronym: a mention of the one entity.
    const [ned] = await db.select({ id: entityAliases.entityId }).from(entityAliases).where(eq(entityAliases.key, "ned"));
    expect((await db.select().from(mentions).where(eq(mentions.entityId, ned!.id))).length).toBeGreaterThan(1);
  });

  it("reads again only what changed or what older rules read, and never doubles a row", async () => {
    const db = t().db;
    await seedSample(db);
    const before = (await db.select().from(sources)).length;
    expect(await runExtraction(db)).toMatchObject({ extracted: 0, failed: 0 });

    const [first] = await db.select().from(articles).limit(1);
    await db.delete(articleExtractions).where(eq(articleExtractions.articleId, first!.id));
    expect(await runExtraction(db)).toMatchObject({ extracted: 1 });

    const requested = await requestReextraction(db);
    expect((await getExtractionProgress(db)).done).toBe(0);
    const seen: number[] = [];
    const result = await runExtraction(db, { batchSize: 3, onProgress: (p) => seen.push(p.done) });
    expect(result.extracted).toBe(requested);
    expect(seen.at(-1)).toBe(requested);
    expect(seen.length).toBeGreaterThan(1);
    expect((await db.select().from(sources)).length).toBe(before);
  });

  it("records an article the rules cannot read and goes on with the others", async () => {
    const db = t().db;
    await seedSample(db);
    const requested = await requestReextraction(db);
    const [victim] = await db.select().from(articles).limit(1);
    const failing: typeof extractStatements = (input) => {
      if (input.text === victim!.contentText) throw new Error("rules tripped on this text");
      return extractStatements(input);
    };
    const result = await runExtraction(db, { extract: failing });
    expect(result).toMatchObject({ failed: 1, extracted: requested - 1 });
    const [state] = await db.select().from(articleExtractions).where(eq(articleExtractions.articleId, victim!.id));
    expect(state).toMatchObject({ version: EXTRACTION_VERSION, error: "rules tripped on this text" });
    expect(await db.select().from(sources).where(eq(sources.articleId, victim!.id))).toEqual([]);
    expect((await getExtractionProgress(db)).failed).toBe(1);
  });
});
