import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { getCoverage } from "./coverage";
import { outletFeeds } from "../../db/schema";
import { createArticle, createFetchRun, createOutlet } from "../../test/rows";

describe.each(BACKENDS)("getCoverage (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function seed() {
    const a = await createOutlet(t().db, { slug: "alpha", name: "Alpha" });
    const b = await createOutlet(t().db, { slug: "beta", name: "Beta", kind: "scrape" });
    for (const iso of [
      "2022-12-31T23:59:59Z", // still December in UTC
      "2023-01-01T00:00:00Z",
      "2023-01-01T05:00:00+06:00", // 2022-12-31T23:00Z: December
      "2023-01-09T12:00:00Z",
    ]) {
      await createArticle(t().db, a.id, { publishedAt: new Date(iso) });
    }
    await createArticle(t().db, b.id, { publishedAt: new Date("2023-01-04T12:00:00Z") });
    await createArticle(t().db, b.id, { publishedAt: null });
    await createArticle(t().db, b.id, { publishedAt: null });
  }

  it("counts per outlet per UTC month, with undated articles apart", async () => {
    await seed();
    const result = await getCoverage(t().db, { unit: "month" });
    expect(result.unit).toBe("month");
    expect(result.timeZone).toBe("UTC");
    expect(result.outlets).toEqual([
      { slug: "alpha", name: "Alpha" },
      { slug: "beta", name: "Beta" },
    ]);
    expect(result.counts).toEqual([
      { outlet: "alpha", bucket: "2022-12-01", count: 2 },
      { outlet: "alpha", bucket: "2023-01-01", count: 2 },
      { outlet: "beta", bucket: "2023-01-01", count: 1 },
    ]);
    expect(result.unknownDate).toEqual([
      { outlet: "alpha", count: 0 },
      { outlet: "beta", count: 2 },
    ]);
  });

  it("buckets ISO weeks from Monday across the year boundary", async () => {
    await seed();
    const { counts } = await getCoverage(t().db, { unit: "week" });
    expect(counts).toEqual([
      { outlet: "alpha", bucket: "2022-12-26", count: 3 },
      { outlet: "beta", bucket: "2023-01-02", count: 1 },
      { outlet: "alpha", bucket: "2023-01-09", count: 1 },
    ]);
  });

  it("buckets days and honours outlet and date filters", async () => {
    await seed();
    const { counts, outlets, unknownDate } = await getCoverage(t().db, {
      unit: "day",
      outlets: ["alpha"],
      from: new Date("2023-01-01T00:00:00Z"),
      to: new Date("2023-01-09T00:00:00Z"),
    });
    expect(counts).toEqual([{ outlet: "alpha", bucket: "2023-01-01", count: 1 }]);
    expect(outlets.map((o) => o.slug)).toEqual(["alpha"]);
    expect(unknownDate).toEqual([{ outlet: "alpha", count: 0 }]);
  });

  it("counts from the articles when a bound falls inside a day, as the daily rollup would for whole days", async () => {
    await seed();
    const inside = await getCoverage(t().db, { unit: "day", from: new Date("2022-12-31T23:30:00Z"), to: new Date("2023-01-09T12:00:00Z") });
    expect(inside.counts).toEqual([
      { outlet: "alpha", bucket: "2022-12-31", count: 1 },
      { outlet: "alpha", bucket: "2023-01-01", count: 1 },
      { outlet: "beta", bucket: "2023-01-04", count: 1 },
    ]);
    const whole = await getCoverage(t().db, { unit: "day", from: new Date("2022-12-31T00:00:00Z"), to: new Date("2023-01-10T00:00:00Z") });
    expect(whole.counts).toEqual([
      { outlet: "alpha", bucket: "2022-12-31", count: 2 },
      ...inside.counts.slice(1),
      { outlet: "alpha", bucket: "2023-01-09", count: 1 },
    ]);
    expect(whole.unknownDate).toEqual(inside.unknownDate);
  });

  it("returns empty counts for an empty database", async () => {
    expect(await getCoverage(t().db, { unit: "month" })).toEqual({
      unit: "month",
      timeZone: "UTC",
      outlets: [],
      counts: [],
      unknownDate: [],
      gaps: [],
    });
  });

  it("carries the fetch gaps of the outlets in scope", async () => {
    const outlet = await createOutlet(t().db, { slug: "alpha", name: "Alpha" });
    const other = await createOutlet(t().db, { slug: "beta", name: "Beta" });
    for (const o of [outlet, other]) {
      const [feed] = await t().db.insert(outletFeeds).values({ outletId: o.id, url: `https://${o.slug}.example/feed` }).returning();
      await createFetchRun(t().db, o.id, { feedId: feed!.id, status: "error", errorCode: "dns", startedAt: new Date("2026-11-02T00:00:00Z") });
    }
    const { gaps } = await getCoverage(t().db, { unit: "day", outlets: ["alpha"] });
    expect(gaps).toMatchObject([{ outlet: "alpha", from: "2026-11-02T00:00:00.000Z", to: null, failures: 1, errorCode: "dns" }]);
  });

  it("rejects a unit or time zone before it reaches SQL", async () => {
    await expect(getCoverage(t().db, { unit: "century" as "month" })).rejects.toThrow(/must be one of/);
    await expect(
      getCoverage(t().db, { unit: "month", timeZone: "Mars/Olympus" as "UTC" }),
    ).rejects.toThrow(/must be one of/);
  });
});
