import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../test/databases";

/** `outlets …` as a script runs it: one JSON document per command, specific errors on stderr. */

const exec = promisify(execFile);

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

describe("outlets commands", () => {
  const t = useTestDatabase("pglite");

  it("add, list, pause, remove, and a specific error for a bad feed URL", { timeout: 60_000 }, async () => {
    await t().close(); // the CLI owns the embedded folder itself, as when no dashboard runs
    const env = t().env;
    const added = await cli(["outlets", "add", "--slug", "eurasianet", "--name", "Eurasianet", "--feed", "https://eurasianet.org/rss", "--language", "en", "--json"], env);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ slug: "eurasianet", kind: "feed" });

    const bad = await cli(["outlets", "add", "--slug", "bad", "--name", "Bad", "--feed", "ftp://example.org/feed", "--json"], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/invalid_outlet.*feeds\.0: must be an http or https URL/);

    expect((await cli(["outlets", "pause", "eurasianet", "--json"], env)).code).toBe(0);
    const listed = JSON.parse((await cli(["outlets", "list", "--json"], env)).stdout);
    expect(listed).toEqual([expect.objectContaining({ slug: "eurasianet", name: "Eurasianet", kind: "feed", articles: 0, paused: true, feeds: 1 })]);

    const removed = await cli(["outlets", "remove", "eurasianet", "--json"], env);
    expect(JSON.parse(removed.stdout)).toEqual({ slug: "eurasianet", removed: true, articles: 0 });
    expect(JSON.parse((await cli(["outlets", "list", "--json"], env)).stdout)).toEqual([]);
  });
});
