import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedSample } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { parseSeriesSpec } from "../coverage/series-spec";
import { getCoverageSeries, UnknownSeriesError } from "./coverage-series";
import { rowsOf } from "./sql-rows";

describe.each(BACKENDS)("coverage of any topic (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("counts an outlet, a query, an outlet's articles on a query, and an entity, with each bucket's total output", async () => {
    const db = t().db;
    await seedSample(db);
    const [ned] = await rowsOf<{ id: number }>(db, sql`select id from entities where name = 'National Endowment for Democracy'`);
    const result = await getCoverageSeries(db, {
      unit: "month",
      series: ["outlet:novastan-en", "q:invasion", "outlet:novastan-en|q:invasion", `entity:${ned!.id}`].map(parseSeriesSpec),
    });
    expect(result.series.map((s) => s.label)).toEqual(["Novastan (English)", "“invasion”", "Novastan (English) · “invasion”", "National Endowment for Democracy"]);
    const sum = (key: string) => result.points.filter((p) => p.series === key).reduce((n, p) => n + p.count, 0);
    expect(sum("s0")).toBe(7);
    expect(sum("s2")).toBeGreaterThan(0);
    expect(sum("s2")).toBeLessThanOrEqual(sum("s0"));
    // The outlet's own series is all of its output; a topic within it is a share of it.
    expect(result.points.filter((p) => p.series === "s0").every((p) => p.count === p.total)).toBe(true);
    expect(result.points.filter((p) => p.series === "s2").every((p) => p.count <= p.total)).toBe(true);
    // The scraped text names NED but has no date: it counts apart.
    expect(result.unknownDate.find((u) => u.series === "s3")!.count).toBe(1);
    await expect(getCoverageSeries(db, { unit: "month", series: [{ outlet: "nope" }] })).rejects.toThrow(UnknownSeriesError);
  });

  it("counts an outlet group as its outlets together, by day, week and month alike", async () => {
    const db = t().db;
    await seedSample(db);
    await db.execute(sql`update outlets set groups = array['Central Asia watch'] where slug in ('novastan-en', 'opinion-central-asia')`);
    for (const unit of ["day", "week", "month"] as const) {
      const result = await getCoverageSeries(db, { unit, series: ["group:central asia watch", "outlet:novastan-en", "outlet:opinion-central-asia"].map(parseSeriesSpec) });
      expect(result.series[0]!.label).toBe("Central Asia watch (group of 2)");
      const sum = (key: string) => result.points.filter((p) => p.series === key).reduce((n, p) => n + p.count, 0);
      expect(sum("s0")).toBe(sum("s1") + sum("s2"));
      expect(sum("s0")).toBeGreaterThan(0);
      expect(result.points.filter((p) => p.series === "s0").every((p) => p.count === p.total)).toBe(true);
      expect(result.unknownDate[0]!.count).toBe(result.unknownDate[1]!.count + result.unknownDate[2]!.count);
    }
    const inQuery = await getCoverageSeries(db, { unit: "month", series: [parseSeriesSpec("group:Central Asia watch|q:Kiev")] });
    expect(inQuery.points.length + inQuery.unknownDate[0]!.count).toBeGreaterThan(0);
    await expect(getCoverageSeries(db, { unit: "month", series: [{ group: "Nobody" }] })).rejects.toThrow(/No outlet group named "Nobody"/);
  });
});
