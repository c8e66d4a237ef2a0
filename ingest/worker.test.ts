import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fetchRuns, outletFeeds, outlets, type OutletFeed } from "../db/schema";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { rssFeed } from "../test/factories";
import { startServer } from "../test/loopback-servers";
import { createOutlet } from "../test/rows";
import type { Database } from "../db/client";
import { ingestFeed } from "./pipeline";
import { claimDueFeeds } from "./store";
import { runDueFeeds } from "./worker";

/** Scheduling and health: the feed table as a queue, backoff after failures, leases, pausing. */

const OPTIONS = { allowPrivateNetwork: true, worker: "test-worker" };
const item = (n: number) => `<title>Item ${n}</title><link>https://example.org/${n}</link><guid>g-${n}</guid><description>Text ${n}.</description>`;

async function feedRow(db: Database, id: number): Promise<OutletFeed> {
  const [row] = await db.select().from(outletFeeds).where(eq(outletFeeds.id, id));
  return row!;
}

async function makeAllDue(db: Database) {
  await db.update(outletFeeds).set({ nextAttemptAt: sql`now() - interval '1 second'` });
}

describe.each(BACKENDS)("feed scheduling on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("counts consecutive failures with growing waits, and a success resets them", async () => {
    let answer = 500;
    const server = await startServer((_req, res) => {
      if (answer !== 200) return res.writeHead(answer).end("boom");
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed([item(1)]));
    });
    const outlet = await createOutlet(t().db, {}, [`${server.origin}/feed.xml`]);
    const [{ id }] = await t().db.select({ id: outletFeeds.id }).from(outletFeeds).where(eq(outletFeeds.outletId, outlet.id)) as [{ id: number }];

    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = Date.now();
      await ingestFeed(t().db, outlet, await feedRow(t().db, id), OPTIONS);
      const row = await feedRow(t().db, id);
      expect(row).toMatchObject({ consecutiveFailures: i + 1, lastErrorCode: "http_500", lastSuccessAt: null });
      waits.push(row.nextAttemptAt.getTime() - before);
    }
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(waits[2]!).toBeGreaterThan(waits[1]!);

    answer = 200;
    const report = await ingestFeed(t().db, outlet, await feedRow(t().db, id), OPTIONS);
    expect(report).toMatchObject({ status: "ok", itemsNew: 1 });
    const healthy = await feedRow(t().db, id);
    expect(healthy.consecutiveFailures).toBe(0);
    expect(healthy.lastSuccessAt).not.toBeNull();
    expect(healthy.lastErrorCode).toBe("http_500"); // the last error stays visible after recovery
  });

  it("stays away for Retry-After after a 429", async () => {
    const server = await startServer((_req, res) => res.writeHead(429, { "retry-after": "7200" }).end());
    const outlet = await createOutlet(t().db, {}, [`${server.origin}/feed.xml`]);
    const [feed] = await t().db.select().from(outletFeeds).where(eq(outletFeeds.outletId, outlet.id));
    const before = Date.now();
    await ingestFeed(t().db, outlet, feed!, OPTIONS);
    const row = await feedRow(t().db, feed!.id);
    expect(row.lastErrorCode).toBe("http_429");
    expect(row.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(7200_000 - 1000);
  });

  it("takes only due feeds of unpaused outlets, and each feed once until it is done", async () => {
    const server = await startServer((_req, res) => res.writeHead(200).end(rssFeed([item(1)])));
    const active = await createOutlet(t().db, {}, [`${server.origin}/a.xml`]);
    await createOutlet(t().db, { paused: true }, [`${server.origin}/paused.xml`]);
    await createOutlet(t().db, {}, [`${server.origin}/later.xml`]);
    await t().db.update(outletFeeds).set({ nextAttemptAt: sql`now() + interval '1 hour'` }).where(sql`url like '%later.xml'`);

    const first = await claimDueFeeds(t().db, "w1", 10, 60_000);
    expect(first.map((c) => c.outlet.id)).toEqual([active.id]);
    expect(await claimDueFeeds(t().db, "w2", 10, 60_000)).toEqual([]); // leased to w1

    const reports = await runDueFeeds(t().db, { ...OPTIONS, worker: "w3" });
    expect(reports).toEqual([]); // still leased: w3 must not run w1's feed
    expect(server.requests).toHaveLength(0);
  });

  it("makes a crashed worker's feed due again once its lease lapses", async () => {
    const server = await startServer((_req, res) => res.writeHead(200).end(rssFeed([item(1), item(2)])));
    await createOutlet(t().db, {}, [`${server.origin}/feed.xml`]);
    await claimDueFeeds(t().db, "crashed", 10, 60_000);
    await t().db.update(outletFeeds).set({ leaseUntil: sql`now() - interval '1 second'` });

    const reports = await runDueFeeds(t().db, OPTIONS);
    expect(reports.map((r) => [r.status, r.itemsNew])).toEqual([["ok", 2]]);
    const [feed] = await t().db.select().from(outletFeeds);
    expect(feed).toMatchObject({ leaseUntil: null, leasedBy: null });
    expect(feed!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    const [run] = await t().db.select().from(fetchRuns);
    expect(run!.worker).toBe("test-worker");

    await makeAllDue(t().db);
    await t().db.update(outlets).set({ paused: true });
    expect(await runDueFeeds(t().db, OPTIONS)).toEqual([]);
  });
});
