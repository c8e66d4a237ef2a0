import { describe, expect, it } from "vitest";
import { listOutletFeeds } from "../../ingest/store";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createFetchRun, createOutlet } from "../../test/rows";
import { getFetchGaps } from "./fetch-gaps";

describe.each(BACKENDS)("getFetchGaps (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function feedOutlet(slug: string) {
    const outlet = await createOutlet(t().db, { slug, name: slug.toUpperCase() }, [`https://${slug}.example/feed`]);
    const [feed] = await listOutletFeeds(t().db, outlet.id);
    const run = (iso: string, status: "ok" | "error" | "not_modified" | "partial", errorCode: string | null = null) =>
      createFetchRun(t().db, outlet.id, {
        feedId: feed!.id, source: feed!.url, startedAt: new Date(iso), status, errorCode,
        errorMessage: errorCode ? `failed with ${errorCode}` : null,
      });
    return { outlet, run };
  }

  it("spans from the first failure to the next success, and stays open while a source still fails", async () => {
    const { run } = await feedOutlet("alpha");
    await run("2026-11-01T00:00:00Z", "ok");
    await run("2026-11-02T06:00:00Z", "error", "dns");
    await run("2026-11-02T12:00:00Z", "error", "http_500");
    await run("2026-11-03T00:00:00Z", "not_modified");
    await run("2026-11-04T00:00:00Z", "ok");
    await run("2026-11-10T00:00:00Z", "error", "timeout");
    expect(await getFetchGaps(t().db)).toEqual([
      {
        outlet: "alpha", source: "https://alpha.example/feed", from: "2026-11-02T06:00:00.000Z",
        to: "2026-11-03T00:00:00.000Z", failures: 2, errorCode: "http_500", errorMessage: "failed with http_500",
      },
      {
        outlet: "alpha", source: "https://alpha.example/feed", from: "2026-11-10T00:00:00.000Z",
        to: null, failures: 1, errorCode: "timeout", errorMessage: "failed with timeout",
      },
    ]);
  });

  it("opens a gap for a source that failed from its very first attempt", async () => {
    const { run } = await feedOutlet("alpha");
    await run("2026-11-01T00:00:00Z", "error", "tls");
    await run("2026-11-01T01:00:00Z", "partial");
    const gaps = await getFetchGaps(t().db);
    expect(gaps.map((g) => [g.from, g.to, g.failures])).toEqual([["2026-11-01T00:00:00.000Z", "2026-11-01T01:00:00.000Z", 1]]);
  });

  it("ignores imports, and filters by outlet and by overlap with a period", async () => {
    const a = await feedOutlet("alpha");
    const b = await feedOutlet("beta");
    await createFetchRun(t().db, a.outlet.id, { source: "saved.html", status: "error", startedAt: new Date("2026-10-01T00:00:00Z") });
    await a.run("2026-11-01T00:00:00Z", "error", "dns");
    await a.run("2026-11-05T00:00:00Z", "ok");
    await b.run("2026-11-20T00:00:00Z", "error", "http_404");
    expect((await getFetchGaps(t().db)).map((g) => g.outlet)).toEqual(["alpha", "beta"]);
    expect((await getFetchGaps(t().db, { outlets: ["beta"] })).map((g) => g.outlet)).toEqual(["beta"]);
    const inPeriod = await getFetchGaps(t().db, { from: new Date("2026-11-06T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z") });
    expect(inPeriod.map((g) => g.outlet)).toEqual(["beta"]);
    const before = await getFetchGaps(t().db, { to: new Date("2026-11-10T00:00:00Z") });
    expect(before.map((g) => g.outlet)).toEqual(["alpha"]);
  });
});
