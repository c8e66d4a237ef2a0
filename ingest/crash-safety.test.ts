import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../test/databases";
import { rssFeed } from "../test/factories";
import { startServer } from "../test/loopback-servers";
import { createOutlet } from "../test/rows";

/**
 * Killing an ingest at any point and running it again loses nothing and duplicates nothing: the CLI
 * is SIGKILLed at several moments while it stores a large feed on the Postgres server, and after each
 * kill the batch is either wholly there or wholly absent; a final run completes it exactly once.
 */

const ITEMS = 600;
// node itself, not the tsx wrapper: SIGKILL must reach the process that does the work.
const CLI = ["--import", "tsx", "ingest/cli.ts", "ingest", "--json"];
const PARAGRAPH = "The delegation discussed water sharing on the Amu Darya, border crossings and energy exports. ".repeat(12);

describe("an ingest killed mid-run and run again", () => {
  const t = useTestDatabase("postgres");

  it("leaves the whole batch or none of it, and the rerun stores every article once", { timeout: 180_000 }, async () => {
    const items = Array.from({ length: ITEMS }, (_, i) =>
      `<title>Dispatch ${i} from the region</title><link>https://wire.example/dispatch/${i}</link><guid>dispatch-${i}</guid><description><![CDATA[<p>${i}. ${PARAGRAPH}</p>]]></description>`);
    const body = rssFeed(items);
    // An ETag the server honours: if validators were saved without the articles, the rerun would get a 304 and never store them.
    const server = await startServer((req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end(body);
    });
    await createOutlet(t().db, { slug: "wire" }, [`${server.origin}/feed.xml`]);
    const env = { ...process.env, ...t().env, CLAIMSCOPE_DATA: "", CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: "true" };
    const count = async (table: string) =>
      Number((await t().db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);

    for (const delayMs of [0, 150, 600]) {
      const child = spawn(process.execPath, CLI, { env, stdio: "ignore" });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      const before = await count("fetch_runs");
      // Wait until this process's run has begun (a new fetch run row), then kill it a little later.
      const started = Date.now();
      while ((await count(`fetch_runs where status = 'running' and id > ${before}`)) === 0 && child.exitCode === null && Date.now() - started < 60_000) await sleep(10);
      await sleep(delayMs);
      child.kill("SIGKILL");
      await exited;
      expect([0, ITEMS]).toContain(await count("articles"));
    }

    const rerun = spawn(process.execPath, CLI, { env, stdio: "ignore" });
    expect(await new Promise((resolve) => rerun.once("exit", resolve))).toBe(0);
    expect(await count("articles")).toBe(ITEMS);
    expect(await count("(select distinct dedup_key from articles) k")).toBe(ITEMS);
    expect(await count("article_revisions")).toBe(ITEMS);
    // The runs the kills cut short are marked as interrupted, not left "running" for ever.
    expect(await count("fetch_runs where status = 'running'")).toBe(0);
    expect(await count("fetch_runs where error_code = 'interrupted'")).toBeGreaterThanOrEqual(1);
  });
});
