import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../test/databases";
import { startServer } from "../test/loopback-servers";

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

  it("test shows what a fetch would bring without storing it; OPML exports and imports back; a bad file fails by name", { timeout: 90_000 }, async () => {
    await t().close();
    const site = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(readFileSync(new URL("../../shared/seeds/novastan-war-in-ukraine.rss.xml", import.meta.url)));
    });
    const env = { ...t().env, CLAIMSCOPE_FETCH_ALLOWED_NETWORKS: "127.0.0.0/8" };
    const feed = `${site.origin}/en/feed/`;
    const tested = await cli(["outlets", "test", "--feed", feed, "--json"], env);
    expect(tested.code).toBe(0);
    expect(JSON.parse(tested.stdout).sources).toEqual([expect.objectContaining({ url: feed, status: "ok", itemsSeen: 7, feedTitle: "War in Ukraine Archives" })]);
    expect(JSON.parse((await cli(["outlets", "list", "--json"], env)).stdout)).toEqual([]);

    expect((await cli(["outlets", "add", "--slug", "novastan-en", "--name", "Novastan & co", "--feed", feed, "--language", "en"], env)).code).toBe(0);
    const textTest = await cli(["outlets", "test", "novastan-en"], env);
    expect(textTest.stdout).toContain(`feed ${feed}: 7 items found`);
    const dir = await mkdtemp(join(tmpdir(), "claimscope-opml-"));
    const file = join(dir, "outlets.opml");
    expect((await cli(["outlets", "export-opml", "--output", file], env)).stdout).toContain(`Wrote ${file}`);
    expect(await readFile(file, "utf8")).toContain('text="Novastan &amp; co"');
    await cli(["outlets", "remove", "novastan-en"], env);
    const imported = await cli(["outlets", "import-opml", file, "--json"], env);
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: ["novastan-en"], failed: [] });
    expect(JSON.parse((await cli(["outlets", "list", "--json"], env)).stdout)).toEqual([expect.objectContaining({ slug: "novastan-en", name: "Novastan & co", feeds: 1 })]);

    await writeFile(file, "<rss><channel/></rss>");
    const bad = await cli(["outlets", "import-opml", file], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/invalid_opml.*Not an OPML file/);
  });

  it("users: add prints a generated password once, set-role and disable change the account", { timeout: 60_000 }, async () => {
    await t().close();
    const env = t().env;
    const added = await cli(["users", "add", "--email", "Desk@Example.org", "--role", "editor", "--json"], env);
    expect(added.code).toBe(0);
    const user = JSON.parse(added.stdout);
    expect(user).toMatchObject({ email: "desk@example.org", role: "editor", disabled: false });
    expect(user.generatedPassword).toMatch(/^[\w-]{20}$/);
    expect((await cli(["users", "set-role", "--email", "desk@example.org", "--role", "admin"], env)).stdout).toContain("desk@example.org is now admin");
    expect((await cli(["users", "disable", "desk@example.org"], env)).code).toBe(0);
    const listed = JSON.parse((await cli(["users", "list", "--json"], env)).stdout);
    expect(listed).toEqual([expect.objectContaining({ email: "desk@example.org", role: "admin", disabled: true })]);
    const wrongRole = await cli(["users", "add", "--email", "x@example.org", "--role", "owner"], env);
    expect(wrongRole.code).toBe(2);
    expect(wrongRole.stderr).toContain('--role must be viewer, editor or admin, not "owner"');
  });
});
