import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { NOVASTAN_SNAPSHOT, SCRAPED_SAMPLE } from "../test/factories";
import { seedSample } from "./sample";

/** The CLI as outside tools run it: a separate process, one JSON document on stdout with --json. */

const exec = promisify(execFile);
const TSX = "node_modules/.bin/tsx";

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(TSX, ["ingest/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_DATA: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("parse-feed --json", () => {
  it("prints the contract document of the Novastan snapshot and nothing else", async () => {
    const { code, stdout, stderr } = await cli(["parse-feed", NOVASTAN_SNAPSHOT, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const document = JSON.parse(stdout);
    expect(document).toEqual(JSON.parse(readFileSync("test/fixtures/novastan.parse-feed.json", "utf8")));
    expect(Object.keys(document)).toEqual(["feed", "items"]);
    expect(Object.keys(document.feed).sort()).toEqual(["description", "language", "link", "title"]);
    for (const item of document.items) {
      expect(Object.keys(item).sort()).toEqual(
        ["authors", "categories", "contentHtml", "enclosures", "guid", "link", "published", "summary", "title", "updated"],
      );
    }
  });

  it("fails on stderr with a non-zero exit for a missing file", async () => {
    const { code, stdout, stderr } = await cli(["parse-feed", "no/such/feed.xml", "--json"]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/no\/such\/feed\.xml/);
  });

  it("reports a non-feed document as a format error", async () => {
    const { code, stderr } = await cli(["parse-feed", SCRAPED_SAMPLE, "--json"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/format_not_detected|malformed_xml/);
  });
});

describe.each(BACKENDS)("status and import on %s", (backend) => {
  const t = useTestDatabase(backend);
  beforeEach(async () => {
    await seedSample(t().db);
  });

  it("status --json reports the database while another process holds it", async () => {
    const { code, stdout } = await cli(["status", "--json"], t().env);
    expect(code).toBe(0);
    const status = JSON.parse(stdout);
    expect(Object.keys(status).sort()).toEqual(["articles", "lastFetch", "outlets"]);
    expect(status).toMatchObject({ outlets: 2, articles: 8 });
    expect(new Date(status.lastFetch).toISOString()).toBe(status.lastFetch);
  });

  it("status --json works when no other process is running", async () => {
    await t().close();
    const { code, stdout } = await cli(["status", "--json"], t().env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ outlets: 2, articles: 8 });
  });

  it("import into an unknown outlet fails with a specific message", async () => {
    const { code, stdout, stderr } = await cli(["import", SCRAPED_SAMPLE, "--outlet", "nope", "--json"], t().env);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/unknown_outlet.*"nope"/);
  });

  it("import --published dates an export and --json prints the run", async () => {
    const { code, stdout } = await cli(
      ["import", SCRAPED_SAMPLE, "--outlet", "opinion-central-asia", "--published", "2022-03-10", "--json"],
      t().env,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).runs[0]).toMatchObject({ outlet: "opinion-central-asia", status: "ok", itemsUpdated: 0 });
  });

  it("reextract --json reads nothing when all is current, and every article of an outlet with --all", async () => {
    const current = await cli(["reextract", "--json"], t().env);
    expect(current.code).toBe(0);
    expect(JSON.parse(current.stdout)).toMatchObject({ extracted: 0, failed: 0, requested: 0 });
    const again = await cli(["reextract", "--all", "--outlet", "novastan-en", "--json"], t().env);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe("");
    expect(JSON.parse(again.stdout)).toEqual({ version: expect.any(Number), extracted: 7, failed: 0, requested: 7 });
    const unknown = await cli(["reextract", "--outlet", "nope", "--json"], t().env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/"nope"/);
  });

  it("compare --json prints the documented comparison, outlets by slug or by name", async () => {
    const run = await cli(["compare", "--outlet", "opinion-central-asia", "--outlet", "Novastan (English)", "--json"], t().env);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(["outlets", "markers", "terms", "sources"]);
    expect(result.outlets).toContainEqual({ slug: "novastan-en", name: "Novastan (English)", articles: 7, words: expect.any(Number) });
    expect(result.markers).toContainEqual({ group: "kyiv-kiev", variant: "Kiev", outlet: "opinion-central-asia", count: 6, per10k: expect.any(Number), inQuotes: 1 });
    expect(result.markers).toContainEqual(expect.objectContaining({ variant: "Kiev", outlet: "novastan-en", count: 0 }));
    expect(Object.keys(result.terms[0])).toEqual(["outlet", "term", "z"]);
    expect(Object.keys(result.sources[0])).toEqual(["outlet", "kind", "name", "count"]);
    const one = await cli(["compare", "--outlet", "novastan-en", "--json"], t().env);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/two or more sides: --outlet .* or --group/);
    const grouped = await cli(["compare", "--outlet", "opinion-central-asia", "--group", "Independent media", "--json"], t().env);
    expect(grouped.code).toBe(0);
    expect(JSON.parse(grouped.stdout).outlets).toContainEqual({
      slug: "group:Independent media", name: "Independent media (group)", articles: 7, words: expect.any(Number), members: ["novastan-en"],
    });
    const noGroup = await cli(["compare", "--outlet", "novastan-en", "--group", "Nobody", "--json"], t().env);
    expect(noGroup.code).toBe(2);
    expect(noGroup.stderr).toMatch(/no outlet group named "Nobody"/i);
    const badDate = await cli(["compare", "--outlet", "novastan-en", "--outlet", "opinion-central-asia", "--from", "2024-02-30"], t().env);
    expect(badDate.code).toBe(2);
  });

  it("trace --json prints the documented chain: the Novastan article that states the 12,000 soldiers, with its attribution", async () => {
    const run = await cli(["trace", "12,000 soldiers from Central Asia", "--json"], t().env);
    expect(run.code).toBe(0);
    const trace = JSON.parse(run.stdout);
    expect(Object.keys(trace)).toEqual(["claim", "occurrences"]);
    expect(trace.claim).toMatch(/more than 12,000 soldiers from Central Asia have already participated/);
    expect(trace.occurrences[0]).toEqual({
      articleId: expect.any(Number), outlet: "novastan-en", url: expect.stringMatching(/^https:\/\/novastan\.org\//), published: expect.any(String),
      sentence: trace.claim, attributedTo: expect.stringMatching(/Ukrainian war prisoners coordination/i), similarity: expect.any(Number), first: true,
    });
    const none = await cli(["trace", "zebras crossed the Caspian Sea in 1870", "--json"], t().env);
    expect(JSON.parse(none.stdout)).toEqual({ claim: "zebras crossed the Caspian Sea in 1870", occurrences: [] });
    const empty = await cli(["trace"], t().env);
    expect(empty.code).toBe(2);
  });
});
