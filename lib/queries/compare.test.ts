import { describe, expect, it } from "vitest";
import { seedSample } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { sql } from "drizzle-orm";
import { compareOutlets, UnknownOutletsError } from "./compare";
import { rowsOf } from "./sql-rows";

describe.each(BACKENDS)("comparing outlets (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("sets the sample's framing side by side: Kiev and regime on one side, invasion and a quoted special military operation on the other", async () => {
    const db = t().db;
    await seedSample(db);
    const result = await compareOutlets(db, { outlets: ["opinion-central-asia", "novastan-en"] });
    expect(result.outlets.map((o) => o.slug).sort()).toEqual(["novastan-en", "opinion-central-asia"]);
    expect(result.outlets.every((o) => o.articles > 0 && o.words > 0)).toBe(true);
    const marker = (outlet: string, variant: string) => result.markers.find((m) => m.outlet === outlet && m.variant === variant)!;
    expect(marker("opinion-central-asia", "Kiev")).toMatchObject({ count: 6, inQuotes: 1 });
    expect(marker("opinion-central-asia", "Kiev").per10k).toBeGreaterThan(0);
    expect(marker("opinion-central-asia", "regime").count).toBeGreaterThan(0);
    expect(marker("novastan-en", "Kiev")).toMatchObject({ count: 0, per10k: 0 });
    expect(marker("novastan-en", "regime").count).toBe(0);
    expect(marker("novastan-en", "invasion").count).toBeGreaterThan(0);
    const smo = marker("novastan-en", "special military operation");
    expect(smo.count).toBeGreaterThan(0);
    expect(smo.inQuotes).toBe(smo.count);

    // Over all time, terms come from the monthly statistics; scoped by a query, from a sample of texts.
    expect(result.termSource).toBe("statistics");
    const termsOf = (outlet: string) => result.terms.filter((x) => x.outlet === outlet).map((x) => x.term);
    expect(termsOf("opinion-central-asia")).toContain("kiev");
    expect(termsOf("novastan-en").length).toBeGreaterThan(0);
    expect(result.sources.some((s) => s.outlet === "novastan-en" && s.count > 0)).toBe(true);

    const scoped = await compareOutlets(db, { outlets: ["opinion-central-asia", "novastan-en"], query: "NED" });
    expect(scoped.outlets.find((o) => o.slug === "opinion-central-asia")!.articles).toBe(1);
    expect(scoped.outlets.find((o) => o.slug === "novastan-en")!.articles).toBe(0);
    expect(scoped.termSource).toBe("sample");
    // A month the term job has not counted yet is read from the texts.
    await db.execute(sql`insert into term_months_pending (outlet_id, month) select id, '-infinity'::date from outlets where slug = 'opinion-central-asia'`);
    expect((await compareOutlets(db, { outlets: ["opinion-central-asia", "novastan-en"] })).termSource).toBe("sample");
    await expect(compareOutlets(db, { outlets: ["novastan-en", "nope"] })).rejects.toThrow(UnknownOutletsError);
  });

  it("counts the same from the daily rollups as from the articles, undated articles only in an unbounded period", async () => {
    const db = t().db;
    await seedSample(db);
    const outlets = ["opinion-central-asia", "novastan-en"];
    const counted = ({ outlets, markers, sources }: Awaited<ReturnType<typeof compareOutlets>>) => ({ outlets, markers, sources });
    // A bound a millisecond inside a day cannot be read from daily rows: it takes the articles' path.
    const fromRollups = await compareOutlets(db, { outlets, from: new Date("2000-01-01T00:00:00Z"), to: new Date("2030-01-01T00:00:00Z") });
    const fromArticles = await compareOutlets(db, { outlets, from: new Date("1999-12-31T23:59:59.999Z"), to: new Date("2030-01-01T00:00:00Z") });
    expect(counted(fromRollups)).toEqual(counted(fromArticles));
    expect(fromRollups.markers.some((m) => m.count > 0)).toBe(true);
    expect(fromRollups.sources.length).toBeGreaterThan(0);

    const unbounded = await compareOutlets(db, { outlets });
    const [undated] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from articles where published_at is null`);
    const articles = (c: typeof unbounded) => c.outlets.reduce((n, o) => n + o.articles, 0);
    expect(articles(unbounded)).toBe(articles(fromRollups) + undated!.n);
  });

  it("takes an outlet group as one side: its outlets' counts together", async () => {
    const db = t().db;
    await seedSample(db);
    await db.execute(sql`update outlets set groups = array['Everyone'] where slug in ('novastan-en', 'opinion-central-asia')`);
    const single = await compareOutlets(db, { outlets: ["opinion-central-asia", "novastan-en"] });
    const grouped = await compareOutlets(db, { outlets: ["novastan-en"], groups: ["everyone"] });
    const side = grouped.outlets.find((o) => o.slug === "group:Everyone")!;
    expect(side).toMatchObject({ name: "Everyone (group)", members: ["opinion-central-asia", "novastan-en"] });
    expect(side.articles).toBe(single.outlets.reduce((n, o) => n + o.articles, 0));
    const kiev = (c: typeof single, outlet: string) => c.markers.find((m) => m.outlet === outlet && m.variant === "Kiev")!.count;
    expect(kiev(grouped, "group:Everyone")).toBe(kiev(single, "opinion-central-asia") + kiev(single, "novastan-en"));
    expect(grouped.terms.some((x) => x.outlet === "group:Everyone")).toBe(true);
    await expect(compareOutlets(db, { outlets: ["novastan-en"], groups: ["Nobody"] })).rejects.toThrow(/no outlet group named "Nobody"/i);
  });
});
