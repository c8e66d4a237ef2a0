import type http from "node:http";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { articles, fetchRuns, outletFeeds, type OutletSourceKind, type ScrapeRules } from "../db/schema";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { PRIVATE_OK, startServer, type TestServer } from "../test/loopback-servers";
import { createOutlet } from "../test/rows";
import { encodeSingleByte } from "../test/single-byte";
import { fetchUrl } from "./fetch";
import { HostLimiter } from "./host-limits";
import { ingestOutlets, type IngestOptions } from "./pipeline";
import { RobotsCache } from "./scrape/robots";
import { runDueFeeds } from "./worker";

/**
 * Scraped outlets end to end against a loopback site without a feed: list page or sitemap →
 * article pages (robots.txt respected, one legacy-charset page) → extract → the store path feeds use.
 */

const MIGRANTS = "/news/2024/03/05/migrants-return-home";
const CYRILLIC = "/news/2024/03/06/tsentralnaya-aziya-i-rubl";
const PRIVATE = "/news/private/2024-03-07-leaked-memo";

const PARAGRAPHS = (lead: string) =>
  [
    `${lead} Thousands of labour migrants have returned from Russia since January, according to the Migration Service.`,
    "Remittances, which the World Bank estimates at close to half of gross domestic product, fell by a fifth in the last quarter.",
    "Economists expect the decline to continue through the summer, when construction work in Russian cities usually peaks.",
  ].map((p) => `<p>${p}</p>`).join("\n");

function migrantsPage(lead: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Migrants | Site</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Migrants return home as remittances fall","datePublished":"2024-03-05T08:30:00+05:00","author":{"@type":"Person","name":"Dilnoza Karimova"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/tag/migration/">Migration</a></nav>
<article><h1>Migrants return home as remittances fall</h1>
<figure><img src="/img/a.jpg" alt="Airport"><figcaption>Dushanbe airport. © RIA / Sputnik</figcaption></figure>
${PARAGRAPHS(lead)}
<div class="share">Share this article</div></article>
<footer>About us · Contacts</footer></body></html>`;
}

const CYRILLIC_TEXT = [
  "Курс рубля продолжает снижаться, и трудовые мигранты из Центральной Азии отправляют домой всё меньше денег.",
  "По данным Национального банка, объём переводов за последний квартал сократился на пятую часть.",
  "Экономисты ожидают, что снижение продолжится летом, когда строительный сезон в российских городах достигает пика.",
];

// windows-1251 bytes whose only charset declaration is the meta tag; dated by OpenGraph alone.
const cyrillicPage = encodeSingleByte(
  `<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Рубль | Сайт</title>
<meta property="og:title" content="Центральная Азия и рубль">
<meta property="article:published_time" content="2024-03-06T12:00:00Z">
</head><body><div class="menu"><a href="/">Главная</a></div>
<div class="content"><h1>Центральная Азия и рубль</h1>${CYRILLIC_TEXT.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`,
  "windows-1251",
);

const LIST_PAGE = `<!DOCTYPE html><html><head><title>News</title></head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/tag/economy/">Economy</a> <a href="/about">About</a> <a href="/news/page/2/">Next</a></nav>
<ul class="news"><li><a href="${MIGRANTS}">Migrants</a></li><li><a href="${CYRILLIC}">Рубль</a></li><li><a href="${PRIVATE}">Memo</a></li></ul>
</body></html>`;

const sitemapIndex = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${origin}/sitemap-2024-03.xml</loc><lastmod>2024-03-07</lastmod></sitemap></sitemapindex>`;

const sitemap = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${[MIGRANTS, CYRILLIC, PRIVATE, "/tag/economy/", "/about"].map((p) => `<url><loc>${origin}${p}</loc><lastmod>2024-03-07</lastmod></url>`).join("\n")}
</urlset>`;

function site() {
  const state = { lead: "First version." };
  const handler = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => {
    const send = (type: string, body: string | Uint8Array) => void res.writeHead(200, { "content-type": type }).end(body);
    switch (req.url) {
      case "/robots.txt":
        return send("text/plain", "User-agent: *\nDisallow: /news/private/\n");
      case "/news/":
        return send("text/html; charset=utf-8", LIST_PAGE);
      case "/sitemap.xml":
        return send("application/xml", sitemapIndex(server.origin));
      case "/sitemap-2024-03.xml":
        return send("application/xml", sitemap(server.origin));
      case MIGRANTS:
        return send("text/html; charset=utf-8", migrantsPage(state.lead));
      case CYRILLIC:
        return send("text/html", cyrillicPage);
      case PRIVATE:
        return send("text/html", "<html><body><p>Must never be fetched.</p></body></html>");
      default:
        return void res.writeHead(404).end("not found");
    }
  };
  return { state, handler };
}

function scrapeOptions(extra: NonNullable<IngestOptions["scraping"]> = {}): IngestOptions {
  const limiter = new HostLimiter({ maxConcurrent: 2, minIntervalMs: 0 });
  const robots = new RobotsCache((url) => fetchUrl(url, PRIVATE_OK));
  return { ...PRIVATE_OK, worker: "test", scraping: { tools: { limiter, robots }, ...extra } };
}

async function scrapedOutlet(db: Database, url: string, kind: OutletSourceKind, scrapeRules: ScrapeRules = {}) {
  const outlet = await createOutlet(db, { slug: "site", name: "Site", kind: "scrape", languages: ["en"], scrapeRules });
  await db.insert(outletFeeds).values({ outletId: outlet.id, url, kind });
  return outlet;
}

const storedArticles = (db: Database) => db.select().from(articles).orderBy(asc(articles.url));

describe.each(BACKENDS)("scraped outlets on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("scrapes a list page: allowed articles stored with JSON-LD/OpenGraph metadata, the disallowed one reported and never fetched", async () => {
    const { handler } = site();
    const server = await startServer(handler);
    // The share bar is plain text here, not links, so it takes the outlet's own rule to drop it.
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page", { dropSelectors: [".share"] });

    const [report] = await ingestOutlets(t().db, scrapeOptions());
    expect(report).toMatchObject({ outlet: "site", source: `${server.origin}/news/`, status: "ok", itemsSeen: 3, itemsNew: 2, itemsFailed: 0, errorCode: "robots_disallowed" });
    expect(report!.problems).toEqual([`${server.origin}${PRIVATE}: not fetched: robots.txt disallows it`]);
    const paths = server.requests.map((r) => r.url);
    expect(paths).not.toContain(PRIVATE);
    expect(paths.filter((p) => p === "/robots.txt")).toHaveLength(1);
    expect(paths.filter((p) => p.startsWith("/tag/") || p === "/about")).toEqual([]);
    expect(new Set(server.requests.map((r) => r.headers["user-agent"]))).toEqual(new Set([expect.stringMatching(/^Claimscope\//)]));

    const [migrants, cyrillic] = await storedArticles(t().db);
    expect(migrants).toMatchObject({
      url: `${server.origin}${MIGRANTS}`,
      title: "Migrants return home as remittances fall",
      authors: ["Dilnoza Karimova"],
      publishedAt: new Date("2024-03-05T03:30:00Z"),
    });
    expect(migrants!.contentText).toMatch(/^First version\. Thousands of labour migrants/m);
    expect(migrants!.contentText).toContain("© RIA / Sputnik");
    expect(migrants!.contentText).not.toMatch(/Share this article|About us/);
    expect(migrants!.contentHtml).not.toMatch(/<script/);
    expect(cyrillic).toMatchObject({ title: "Центральная Азия и рубль", language: "ru", publishedAt: new Date("2024-03-06T12:00:00Z") });
    expect(cyrillic!.contentText).toBe(CYRILLIC_TEXT.join("\n\n"));

    const [source] = await t().db.select().from(outletFeeds);
    expect(source).toMatchObject({ consecutiveFailures: 0, lastErrorCode: null, leaseUntil: null });
    expect(source!.lastSuccessAt).not.toBeNull();
  });

  it("does not fetch recently stored articles again, and records a revision when a re-fetched article changed", async () => {
    const { state, handler } = site();
    const server = await startServer(handler);
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page");
    await ingestOutlets(t().db, scrapeOptions());
    const fetchedBefore = server.requests.filter((r) => r.url === MIGRANTS).length;

    const [again] = await ingestOutlets(t().db, scrapeOptions());
    expect(again).toMatchObject({ status: "ok", itemsSeen: 1, itemsNew: 0, itemsUpdated: 0 }); // only the disallowed link is left
    expect(server.requests.filter((r) => r.url === MIGRANTS)).toHaveLength(fetchedBefore);

    state.lead = "Corrected version.";
    const [refetched] = await ingestOutlets(t().db, scrapeOptions({ refetchAfterMs: 0 }));
    expect(refetched).toMatchObject({ itemsSeen: 3, itemsNew: 0, itemsUpdated: 1 });
    const migrants = (await storedArticles(t().db)).find((a) => a.url?.endsWith(MIGRANTS))!;
    expect(migrants).toMatchObject({ revisionCount: 2 });
    expect(migrants.contentText).toMatch(/^Corrected version\./m);
  });

  it("follows the outlet's link selector and caps article fetches per run", async () => {
    const { handler } = site();
    const server = await startServer(handler);
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page", { linkSelector: "ul.news li a", maxArticlesPerRun: 1, dropPatterns: ["^share this"] });
    const [first] = await ingestOutlets(t().db, scrapeOptions());
    expect(first).toMatchObject({ status: "ok", itemsSeen: 1, itemsNew: 1 });
    expect(server.requests.map((r) => r.url)).not.toContain(CYRILLIC);
    const [stored] = await storedArticles(t().db);
    expect(stored!.contentText).not.toContain("Share this article");
    // The capped run kept no validators, so the next run reads the list again and takes the next link.
    const [second] = await ingestOutlets(t().db, scrapeOptions());
    expect(second).toMatchObject({ itemsSeen: 1, itemsNew: 1 });
    expect(server.requests.map((r) => r.url)).toContain(CYRILLIC);
  });

  it("scrapes through a sitemap index from the shared queue, with health recorded like a feed's", async () => {
    const { handler } = site();
    const server = await startServer(handler);
    await scrapedOutlet(t().db, `${server.origin}/sitemap.xml`, "sitemap");
    const reports = await runDueFeeds(t().db, { ...scrapeOptions(), worker: "w1" });
    expect(reports.map((r) => [r.source, r.status, r.itemsNew, r.itemsFailed])).toEqual([[`${server.origin}/sitemap.xml`, "ok", 2, 0]]);
    expect(server.requests.map((r) => r.url).filter((u) => [PRIVATE, "/tag/economy/", "/about"].includes(u))).toEqual([]);
    expect((await storedArticles(t().db)).map((a) => a.title)).toEqual(["Migrants return home as remittances fall", "Центральная Азия и рубль"]);
    const [source] = await t().db.select().from(outletFeeds);
    expect(source!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(source!.lastSuccessAt).not.toBeNull();
  });

  it("sends the list page's validators on the next run and records a 304 as not modified, fetching no article", async () => {
    const { handler } = site();
    const server = await startServer((req, res, s) => {
      if (req.url !== "/news/") return handler(req, res, s);
      if (req.headers["if-none-match"] === '"list-v1"') return void res.writeHead(304, { etag: '"list-v1"' }).end();
      res.writeHead(200, { "content-type": "text/html", etag: '"list-v1"' }).end(LIST_PAGE);
    });
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page");
    await ingestOutlets(t().db, scrapeOptions());
    const requestsBefore = server.requests.length;
    const [again] = await ingestOutlets(t().db, scrapeOptions({ refetchAfterMs: 0 }));
    expect(again).toMatchObject({ status: "not_modified", itemsSeen: 0 });
    // robots.txt is cached by the shared tools of a run; here each run has its own, so it is read again.
    expect(server.requests.slice(requestsBefore).map((r) => r.url)).toEqual(["/robots.txt", "/news/"]);
    expect(server.requests.at(-1)!.headers["if-none-match"]).toBe('"list-v1"');
    const [source] = await t().db.select().from(outletFeeds);
    expect(source).toMatchObject({ etag: '"list-v1"', consecutiveFailures: 0 });
  });

  it("leaves article fetches past the run's time budget for the next run, keeping no validators meanwhile", async () => {
    const { handler } = site();
    const server = await startServer((req, res, s) => {
      if (req.url === "/news/") return void res.writeHead(200, { "content-type": "text/html", etag: '"list-v1"' }).end(LIST_PAGE);
      handler(req, res, s);
    });
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page");
    const [late] = await ingestOutlets(t().db, scrapeOptions({ runBudgetMs: -1 }));
    // Only the link robots.txt disallows is accounted for: it is refused before any request is due.
    expect(late).toMatchObject({ status: "ok", itemsSeen: 1, itemsNew: 0 });
    expect(server.requests.map((r) => r.url)).not.toContain(MIGRANTS);
    const [source] = await t().db.select().from(outletFeeds);
    expect(source!.etag).toBeNull();
    const [next] = await ingestOutlets(t().db, scrapeOptions());
    expect(next).toMatchObject({ itemsNew: 2 });
  });

  it("records a list page with no article links as a failure, not as a quiet outlet", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body><a href='/about'>About</a></body></html>");
    });
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page");
    const [report] = await ingestOutlets(t().db, scrapeOptions());
    expect(report).toMatchObject({ status: "error", errorCode: "no_links" });
    const [source] = await t().db.select().from(outletFeeds);
    expect(source).toMatchObject({ consecutiveFailures: 1, lastErrorCode: "no_links" });
  });

  it("records a list page that drips bytes past the total timeout as a timeout", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body>");
      const drip = setInterval(() => res.write(" "), 50);
      res.on("close", () => clearInterval(drip));
    });
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page");
    const [report] = await ingestOutlets(t().db, scrapeOptions({ timeoutMs: 500 }));
    expect(report).toMatchObject({ status: "error", errorCode: "timeout" });
    const [source] = await t().db.select().from(outletFeeds);
    expect(source).toMatchObject({ consecutiveFailures: 1, lastErrorCode: "timeout" });
    const [run] = await t().db.select().from(fetchRuns).where(eq(fetchRuns.outletId, source!.outletId));
    expect(run).toMatchObject({ status: "error", errorCode: "timeout" });
  });

  it("refuses a disallowed list page without fetching it", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: Claimscope\nDisallow: /\n");
      res.writeHead(200, { "content-type": "text/html" }).end(LIST_PAGE);
    });
    await scrapedOutlet(t().db, `${server.origin}/news/`, "list_page");
    const [report] = await ingestOutlets(t().db, scrapeOptions());
    expect(report).toMatchObject({ status: "error", errorCode: "robots_disallowed" });
    expect(server.requests.map((r) => r.url)).toEqual(["/robots.txt"]);
  });
});
