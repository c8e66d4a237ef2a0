import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FetchResult } from "../fetch";
import { RobotsCache } from "./robots";

const NO_HINTS = { retryAfter: null, cacheControl: null, expires: null };

function served(text: string): FetchResult {
  return { kind: "ok", url: "", status: 200, body: new TextEncoder().encode(text), contentType: "text/plain", etag: null, lastModified: null, hints: NO_HINTS };
}

function failed(code: string): FetchResult {
  return { kind: "error", code: code as never, message: "failed", url: "", hints: NO_HINTS };
}

const ROBOTS = `User-agent: *
Disallow: /private/

User-agent: Claimscope
Disallow: /no-claimscope/
Crawl-delay: 3
`;

describe("RobotsCache", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("applies the group for our product token and its Crawl-delay", async () => {
    const robots = new RobotsCache(async () => served(ROBOTS));
    expect(await robots.check("https://a.example/no-claimscope/1")).toMatchObject({ allowed: false, reason: expect.stringMatching(/disallow/) });
    // Our own group replaces the * group, so /private/ is not ours to avoid.
    expect(await robots.check("https://a.example/private/1")).toMatchObject({ allowed: true, crawlDelayMs: 3000 });
    expect(await robots.check("https://a.example/news/1")).toMatchObject({ allowed: true });
  });

  it("fetches robots.txt once per host within the TTL, and again after it", async () => {
    const fetched: string[] = [];
    const robots = new RobotsCache(async (url) => (fetched.push(url), served("User-agent: *\nDisallow:\n")), { ttlMs: 60_000 });
    await Promise.all([robots.check("https://a.example/1"), robots.check("https://a.example/2"), robots.check("https://b.example/1")]);
    await robots.check("https://a.example/3");
    expect(fetched).toEqual(["https://a.example/robots.txt", "https://b.example/robots.txt"]);
    vi.advanceTimersByTime(60_001);
    await robots.check("https://a.example/4");
    expect(fetched).toHaveLength(3);
  });

  it("allows everything when robots.txt is missing (4xx)", async () => {
    const robots = new RobotsCache(async () => failed("http_404"));
    expect(await robots.check("https://a.example/anything")).toMatchObject({ allowed: true });
  });

  it("disallows everything while robots.txt is unreachable (5xx, timeout)", async () => {
    for (const code of ["http_503", "timeout"]) {
      const robots = new RobotsCache(async () => failed(code));
      const verdict = await robots.check("https://a.example/news/1");
      expect(verdict.allowed).toBe(false);
      expect(verdict.reason).toContain(code);
    }
  });
});
