import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedSample } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { getEntityPresentation, topEntities } from "./entity-presentation";
import { rowsOf } from "./sql-rows";

describe.each(BACKENDS)("how outlets present an entity (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("sets what each outlet cites, claims and writes about NED side by side", async () => {
    const db = t().db;
    await seedSample(db);
    const outlets = ["opinion-central-asia", "novastan-en"];
    const top = await topEntities(db, outlets);
    const ned = top.find((e) => e.name === "National Endowment for Democracy");
    expect(ned).toBeDefined();
    const shown = (await getEntityPresentation(db, ned!.id, outlets))!;
    const scraped = shown.outlets.find((o) => o.slug === "opinion-central-asia")!;
    expect(scraped.articles).toBe(1);
    expect(scraped.fundingClaims.some((c) => c.funder === "National Endowment for Democracy" && c.recipient === "Vlast.kz" && c.amount === 230000)).toBe(true);
    expect(scraped.mentioned[0]!.sentence).toMatch(/NED|National Endowment/);
    expect(shown.outlets.find((o) => o.slug === "novastan-en")!.fundingClaims).toEqual([]);
    const [next] = await rowsOf<{ id: number }>(db, sql`select coalesce(max(id), 0) + 1 as id from entities`);
    expect(await getEntityPresentation(db, next!.id, outlets)).toBeNull();
  });
});
