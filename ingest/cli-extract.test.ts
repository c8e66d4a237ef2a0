import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/** `extract --json` as outside tools run it: a separate process, the DESIGN.md §4 document on stdout. */

const exec = promisify(execFile);

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await exec("node_modules/.bin/tsx", ["ingest/cli.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "", CLAIMSCOPE_DATA: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const SOURCE_KEYS = ["anonymous", "domain", "end", "kind", "name", "quote", "sentence", "start", "url"];
const CLAIM_KEYS = ["amount", "attributedTo", "currency", "end", "funder", "hedged", "recipient", "relation", "selfDisclosed", "sentence", "start", "year"];

describe("cli extract --json", () => {
  it("prints the contract for a plain-text export, offsets pointing into its text", async () => {
    const { code, stdout } = await cli(["extract", "sample/scraped-opinion-central-asia.txt", "--json"]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expect(Object.keys(document).sort()).toEqual(["fundingClaims", "language", "sources"]);
    expect(document.language).toBe("en");
    const text = readFileSync("sample/scraped-opinion-central-asia.txt", "utf8");
    for (const source of document.sources) {
      expect(Object.keys(source).sort()).toEqual(SOURCE_KEYS);
      expect(text.slice(source.start, source.end).length).toBeGreaterThan(0);
      expect(source.sentence).toContain(text.slice(source.start, source.end).slice(0, 20));
    }
    for (const claim of document.fundingClaims) expect(Object.keys(claim).sort()).toEqual(CLAIM_KEYS);
    expect(document.fundingClaims).toContainEqual(expect.objectContaining({ recipient: "vlast.kz", funder: "National Endowment for Democracy", amount: 230000, currency: "USD", year: 2021, attributedTo: null }));
  });

  it("reads an HTML body: every body link is a link source with its domain", async () => {
    const { code, stdout } = await cli(["extract", "eval/annotated/en/en-novastan-sanctions-dushanbe.html", "--json"]);
    expect(code).toBe(0);
    const { sources } = JSON.parse(stdout);
    expect(sources).toContainEqual(expect.objectContaining({ kind: "attribution", name: "World Bank" }));
    expect(sources).toContainEqual(expect.objectContaining({ kind: "attribution", name: "USAID" }));
    expect(sources).toContainEqual(expect.objectContaining({ kind: "link", domain: "data.worldbank.org", url: expect.stringContaining("data.worldbank.org") }));
  });

  it("refuses a language code that is not one", async () => {
    const { code, stderr, stdout } = await cli(["extract", "sample/scraped-opinion-central-asia.txt", "--lang", "english", "--json"]);
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/--lang takes a two-letter language code/);
  });
});
