import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startServer } from "../test/loopback-servers";

/** `extract-article --json` as outside tools run it: a separate process, the DESIGN.md §4 document on stdout. */

const exec = promisify(execFile);
const PAGE = "test/fixtures/pages/news-article.html";

async function cli(args: string[], env: Record<string, string> = {}) {
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

function expectContract(document: Record<string, unknown>) {
  expect(Object.keys(document).sort()).toEqual(["byline", "html", "language", "published", "text", "title"]);
  expect(document).toMatchObject({
    title: "Tajik migrants return home as remittances fall",
    byline: "Dilnoza Karimova",
    published: "2024-03-05T03:30:00.000Z",
    language: "en",
  });
  const text = document.text as string;
  expect(text).toMatch(/(^|\n\n)Thousands of Tajik labour migrants/);
  expect(text).toContain("\n\nRemittances, which the World Bank");
  for (const furniture of ["Share this article", "Politics", "Read more", "Leave a comment", "About us", "should never appear"]) {
    expect(text).not.toContain(furniture);
  }
  expect(document.html).not.toMatch(/<script|window\.tracker/);
}

describe("extract-article --json", () => {
  it("prints title, byline, UTC date, language, paragraph text and sanitised html of a saved page", async () => {
    const { code, stdout, stderr } = await cli(["extract-article", PAGE, "--url", "https://news.example/economy/2024/03/05/migrants", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expectContract(document);
    // Relative links and images are resolved against --url.
    expect(document.html).toContain('src="https://news.example/img/dushanbe.jpg"');
  });

  it("fetches a URL, resolving relative links against where the page was served", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(readFileSync(PAGE));
    });
    const { code, stdout } = await cli(["extract-article", `${server.origin}/economy/migrants`, "--json"], { CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: "true" });
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    expectContract(document);
    expect(document.html).toContain(`src="${server.origin}/img/dushanbe.jpg"`);
  });

  it("refuses a loopback URL unless private networks are allowed", async () => {
    const server = await startServer((_req, res) => res.end("<html></html>"));
    const { code, stdout, stderr } = await cli(["extract-article", `${server.origin}/x`, "--json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/private_network/);
    expect(server.requests).toHaveLength(0);
  });

  it("fails with a usage error without a target", async () => {
    const { code, stderr } = await cli(["extract-article", "--json"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/exactly one file or URL/);
  });
});
