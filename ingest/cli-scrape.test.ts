import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { startServer } from "../test/loopback-servers";

/** A scraped outlet set up and ingested from the command line, as a desk would do it. */

const exec = promisify(execFile);
const ARTICLE = "/economy/2024/03/05/migrants-return-home";

async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec("node_modules/.bin/tsx", ["ingest/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_DATA: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(BACKENDS)("scraped outlets from the CLI on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("outlets add --list-page, then ingest scrapes it and prints the run", { timeout: 60_000 }, async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/economy/") {
        return void res.writeHead(200, { "content-type": "text/html" }).end(`<html><body><a href="/">Home</a><a href="${ARTICLE}">Migrants</a></body></html>`);
      }
      if (req.url === ARTICLE) return void res.writeHead(200, { "content-type": "text/html" }).end(readFileSync("test/fixtures/pages/news-article.html"));
      res.writeHead(404).end();
    });
    const env = { ...t().env, CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: "true", CLAIMSCOPE_SCRAPE_HOST_INTERVAL_MS: "0" };
    const added = await cli(["outlets", "add", "--slug", "news", "--name", "News", "--kind", "scrape", "--list-page", `${server.origin}/economy/`, "--json"], env);
    expect(added.code).toBe(0);

    const { code, stdout } = await cli(["ingest", "--outlet", "news", "--json"], env);
    expect(code).toBe(0);
    const { runs } = JSON.parse(stdout);
    expect(runs).toEqual([expect.objectContaining({ outlet: "news", source: `${server.origin}/economy/`, status: "ok", itemsSeen: 1, itemsNew: 1 })]);
    expect(server.requests.map((r) => r.url)).toEqual(["/robots.txt", "/economy/", ARTICLE]);

    const listed = JSON.parse((await cli(["outlets", "list", "--json"], env)).stdout);
    expect(listed).toEqual([expect.objectContaining({ slug: "news", kind: "scrape", articles: 1, failing: false, feeds: 1 })]);
  });
});
