import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, outlets } from "../../db/schema";
import { seedSample } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { getFundingNetwork, listFundingClaims, allFundingClaims } from "./funding";
import { fundingQuerySchema } from "./funding-params";
import { getOutletProfile } from "./outlet-profile";
import { getArticleStatements } from "./statements";

const query = (params: Record<string, string> = {}) => fundingQuerySchema.parse(params);

describe.each(BACKENDS)("reading stored statements for the pages (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("lists, filters, sorts and networks the sample's funding claims", async () => {
    const db = t().db;
    await seedSample(db);
    const all = await listFundingClaims(db, query());
    expect(all.total).toBe(all.rows.length);
    expect(all.rows).toContainEqual(expect.objectContaining({
      funder: "National Endowment for Democracy", recipient: "Vlast.kz", amount: 230000, currency: "USD", year: 2021, attributedTo: null,
      outlet: { slug: "opinion-central-asia", name: "Central Asia opinion site (scraped)" },
    }));

    const ned = await listFundingClaims(db, query({ party: "NED" }));
    expect(ned.rows.length).toBeGreaterThanOrEqual(4);
    expect(ned.rows.every((r) => r.funder === "National Endowment for Democracy" || r.recipient === "National Endowment for Democracy")).toBe(true);

    const byAmount = await listFundingClaims(db, query({ sort: "amount", dir: "desc" }));
    expect(byAmount.rows[0]!.amount).toBe(230000);
    const own = await allFundingClaims(db, query({ self: "yes" }));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((c) => c.selfDisclosed && c.outlet.slug === "novastan-en")).toBe(true);
    expect((await listFundingClaims(db, query({ outlet: "novastan-en", self: "no", relation: "grant" }))).total).toBe(0);
    // A party filter with LIKE wildcards in it matches them literally.
    expect((await listFundingClaims(db, query({ party: "%" }))).total).toBe(0);

    const network = await getFundingNetwork(db, query());
    expect(network.edges).toContainEqual(expect.objectContaining({
      funder: "US government", recipient: "National Endowment for Democracy", relations: ["controlled_by"],
      assertedBy: [{ slug: "opinion-central-asia", name: "Central Asia opinion site (scraped)", claims: 1 }],
    }));
    expect(network.funders).toContain("National Endowment for Democracy");
    expect(network.recipients).toEqual(expect.arrayContaining(["Vlast.kz", "Ar Rukh Hak", "Bakhytzhan Toregozheva"]));
  });

  it("profiles an outlet's sourcing and sets its self-disclosures apart from the claims it makes", async () => {
    const db = t().db;
    await seedSample(db);
    const novastan = (await getOutletProfile(db, "novastan-en"))!;
    expect(novastan.extracted).toBe(novastan.articles);
    expect(novastan.citations).toBe(novastan.byCategory.reduce((n, c) => n + c.citations, 0));
    expect(novastan.anonymous).toBeGreaterThan(0);
    expect(novastan.topSources).toContainEqual(expect.objectContaining({ name: "Radio Free Europe/Radio Liberty", category: "outlet" }));
    expect(novastan.linkedDomains.map((d) => d.domain)).toContain("rferl.org");
    expect(novastan.selfDisclosures.length).toBeGreaterThan(0);
    expect(novastan.selfDisclosures.every((c) => c.relation === "donation")).toBe(true);
    expect(novastan.figureSentences).toBeGreaterThanOrEqual(novastan.unattributedFigureSentences);

    const scraped = (await getOutletProfile(db, "opinion-central-asia"))!;
    expect(scraped.claimsMade.map((c) => `${c.funder} → ${c.recipient}`)).toContain("National Endowment for Democracy → Vlast.kz");
    expect(scraped.selfDisclosures).toEqual([]);
    expect(await getOutletProfile(db, "no-such-outlet")).toBeNull();
  });

  it("gives an article's sources and claims with the spans to highlight, and says when the rules have not read it", async () => {
    const db = t().db;
    await seedSample(db);
    const [outlet] = await db.select().from(outlets).where(eq(outlets.slug, "opinion-central-asia"));
    const [article] = await db.select().from(articles).where(eq(articles.outletId, outlet!.id));
    const statements = await getArticleStatements(db, article!.id);
    expect(statements.state).toMatchObject({ current: true, error: null });
    const grant = statements.fundingClaims.find((c) => c.recipient?.includes("vlast"))!;
    expect(grant.funderEntity?.name).toBe("National Endowment for Democracy");
    expect(article!.contentText.slice(grant.start, grant.end)).toContain("$230,000");
    for (const s of statements.sources) {
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(article!.contentText.length);
    }
    expect(await getArticleStatements(db, 2_000_000)).toEqual({ state: null, sources: [], fundingClaims: [] });
  });
});
