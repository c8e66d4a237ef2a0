import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRIVATE_OK, startServer } from "../test/loopback-servers";
import { fetchUrl } from "./fetch";
import { HostLimiter } from "./host-limits";
import { previewOutlet, type PreviewOptions } from "./preview";
import { RobotsCache } from "./scrape/robots";

/** "Test this outlet" against loopback sites: what a fetch would bring, with nothing stored anywhere. */

const SEED_FEED = readFileSync(new URL("../../shared/seeds/novastan-war-in-ukraine.rss.xml", import.meta.url));

const ARTICLE = (title: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2024-03-05T08:30:00Z"></head><body><nav><a href="/">Home</a></nav>
<article><h1>${title}</h1>
<p>Thousands of labour migrants have returned from Russia since January, according to the Migration Service of the republic.</p>
<p>Remittances, which the World Bank estimates at close to half of gross domestic product, fell by a fifth in the last quarter.</p>
<p>Economists expect the decline to continue through the summer, when construction work in Russian cities usually peaks.</p>
</article><footer>About us</footer></body></html>`;

function tools(): PreviewOptions["scraping"] {
  return { tools: { limiter: new HostLimiter({ maxConcurrent: 2, minIntervalMs: 0 }), robots: new RobotsCache((url) => fetchUrl(url, PRIVATE_OK)) } };
}

describe("previewOutlet", () => {
  it("shows a feed's items as they would be stored, and a failing source's error beside them", async () => {
    const site = await startServer((req, res) => {
      if (req.url === "/feed/") {
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
        res.end(SEED_FEED);
      } else {
        res.writeHead(404).end();
      }
    });
    const preview = await previewOutlet(
      { sources: [{ url: `${site.origin}/feed/`, kind: "feed" }, { url: `${site.origin}/gone.xml`, kind: "feed" }] },
      { ...PRIVATE_OK, maxItems: 3 },
    );
    const [feed, gone] = preview.sources;
    expect(feed).toMatchObject({ status: "ok", kind: "feed", feedTitle: "War in Ukraine Archives" });
    expect(feed!.itemsSeen).toBeGreaterThan(3);
    expect(feed!.items).toHaveLength(3);
    const first = feed!.items[0]!;
    expect(first.title).toBeTruthy();
    expect(first.url).toMatch(/^https:\/\/novastan\.org\//);
    expect(first.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(first.textLength).toBeGreaterThan(first.textExcerpt.length - 1);
    expect(first.textExcerpt.length).toBeLessThanOrEqual(281);
    expect(gone).toMatchObject({ status: "error", errorCode: "http_404", items: [], itemsSeen: 0 });
  });

  it("scrapes a list page's articles, capped at the number shown", async () => {
    const links = [1, 2, 3, 4].map((n) => `/news/2024/03/0${n}/migrants-story-number-${n}`);
    const site = await startServer((req, res) => {
      if (req.url === "/robots.txt") return res.writeHead(404).end();
      if (req.url === "/news/") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(`<html><body><nav><a href="/about">About</a></nav><main>${links.map((l, i) => `<h2><a href="${l}">Story number ${i + 1} on migrants</a></h2>`).join("")}</main></body></html>`);
      }
      const index = links.indexOf(req.url ?? "");
      if (index < 0) return res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(ARTICLE(`Story number ${index + 1} on migrants`));
    });
    const preview = await previewOutlet({ sources: [{ url: `${site.origin}/news/`, kind: "list_page" }], languages: ["en"] }, { ...PRIVATE_OK, maxItems: 2, scraping: tools() });
    const [list] = preview.sources;
    expect(list).toMatchObject({ status: "ok", kind: "list_page", itemsSeen: 4 });
    expect(list!.items).toHaveLength(2);
    expect(list!.items[0]).toMatchObject({ publishedAt: "2024-03-05T08:30:00.000Z", language: "en" });
    expect(list!.items[0]!.textExcerpt).toContain("labour migrants");
    // Only two of the four articles were fetched: a test never crawls the whole list.
    expect(site.requests.filter((r) => r.url.startsWith("/news/2024/"))).toHaveLength(2);
  });

  it("refuses loopback addresses unless they are allowed, like every fetch", async () => {
    const site = await startServer((_req, res) => res.writeHead(200).end("<rss/>"));
    const preview = await previewOutlet({ sources: [{ url: `${site.origin}/feed/`, kind: "feed" }] }, {});
    expect(preview.sources[0]).toMatchObject({ status: "error", errorCode: "private_network" });
    expect(site.requests).toHaveLength(0);
  });
});
