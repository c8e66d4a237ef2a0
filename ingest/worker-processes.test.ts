import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, fetchRuns } from "../db/schema";
import { useTestDatabase } from "../test/databases";
import { rssFeed } from "../test/factories";
import { startServer } from "../test/loopback-servers";
import { createOutlet } from "../test/rows";

/**
 * Three worker processes on one queue in the Postgres server, as three machines would run them:
 * every due feed is fetched exactly once, no article is stored twice, and the work is shared.
 */

const exec = promisify(execFile);
const FEEDS = 24;
const ITEMS_PER_FEED = 3;

describe("three workers sharing one queue on the Postgres server", () => {
  const t = useTestDatabase("postgres");

  it("fetch every feed once between them and duplicate nothing", { timeout: 120_000 }, async () => {
    const server = await startServer((req, res) => {
      const feed = req.url!.replace(/\D/g, "");
      const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) =>
        `<title>Feed ${feed} item ${i}</title><link>https://example.org/${feed}/${i}</link><guid>${feed}-${i}</guid><description>Body ${feed} ${i}.</description>`);
      // A slow answer keeps every worker busy long enough for all three to be claiming at once.
      setTimeout(() => res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed(items)), 250);
    });
    for (let n = 0; n < FEEDS; n++) await createOutlet(t().db, {}, [`${server.origin}/feed-${n}.xml`]);

    const env = { ...process.env, ...t().env, CLAIMSCOPE_DATA: "", CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: "true" };
    const outputs = await Promise.all(
      [1, 2, 3].map(() => exec("node_modules/.bin/tsx", ["ingest/cli.ts", "worker", "--once", "--json"], { env })),
    );
    const runsPerWorker = outputs.map((o) => (JSON.parse(o.stdout) as { runs: { status: string }[] }).runs);

    expect(runsPerWorker.flat()).toHaveLength(FEEDS);
    expect(runsPerWorker.flat().every((r) => r.status === "ok")).toBe(true);
    const paths = server.requests.map((r) => r.url).sort();
    expect(paths).toEqual([...new Set(paths)]);
    expect(paths).toHaveLength(FEEDS);
    const [{ count }] = (await t().db.select({ count: sql<number>`count(*)::int` }).from(articles)) as [{ count: number }];
    expect(count).toBe(FEEDS * ITEMS_PER_FEED);
    const workers = await t().db.selectDistinct({ worker: fetchRuns.worker }).from(fetchRuns);
    expect(workers.length).toBeGreaterThanOrEqual(2);
    expect(runsPerWorker.filter((runs) => runs.length > 0).length).toBeGreaterThanOrEqual(2);
  });
});
