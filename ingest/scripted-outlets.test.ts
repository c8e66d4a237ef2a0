import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, outletFeeds } from "../db/schema";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { NOVASTAN_SNAPSHOT, readSample, rssFeed } from "../test/factories";
import { createOutlet } from "../test/rows";
import { encodeSingleByte } from "../test/single-byte";
import { ingestOutlets } from "./pipeline";

/**
 * One ingest over outlets whose servers misbehave in the ways real ones do, each scripted on a
 * loopback server: every outlet ends in its own recorded outcome, the healthy ones are stored,
 * and legacy Russian charsets arrive as Cyrillic whatever the server's header claims.
 */

const RUSSIAN_TITLE = "Минобороны сообщило о ситуации в Донбассе";

function russianFeed(charset: string): Uint8Array {
  const xml = rssFeed([`<title>${RUSSIAN_TITLE}</title><link>https://ru.example/${charset}/1</link><description>Текст новости.</description>`])
    .replace('encoding="UTF-8"', `encoding="${charset}"`);
  return encodeSingleByte(xml, charset);
}

function scriptedServer() {
  const novastan = Buffer.from(readSample(NOVASTAN_SNAPSHOT));
  return http.createServer((req, res) => {
    switch (req.url) {
      case "/gzip.xml":
        return void res.writeHead(200, { "content-type": "application/rss+xml", "content-encoding": "gzip" }).end(zlib.gzipSync(novastan));
      case "/cp1251.xml": // the header is wrong: a blanket utf-8 from server config; the XML declaration is right
        return void res.writeHead(200, { "content-type": "text/xml; charset=utf-8" }).end(russianFeed("windows-1251"));
      case "/koi8.xml":
        return void res.writeHead(200, { "content-type": "text/xml" }).end(russianFeed("koi8-r"));
      case "/busy.xml":
        return void res.writeHead(429, { "retry-after": "7200" }).end("slow down");
      case "/down.xml":
        return void res.writeHead(500).end("maintenance");
      case "/ttl.xml": // asks readers to come back in four hours
        return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rssFeed([`<title>Slow news</title><link>https://slow.example/1</link>`]).replace("<channel>", "<channel><ttl>240</ttl>"));
      case "/loop":
        return void res.writeHead(302, { location: "/loop" }).end();
      case "/not-a-feed":
        return void res.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html><html><body>Moved</body></html>");
      default:
        return void res.writeHead(404).end();
    }
  });
}

describe.each(BACKENDS)("ingest against scripted servers (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("records each failure by class, backs off as told, and stores what it could read", async () => {
    const server = scriptedServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const [slug, route] of [
        ["gzip", "/gzip.xml"], ["cp1251", "/cp1251.xml"], ["koi8", "/koi8.xml"], ["busy", "/busy.xml"],
        ["down", "/down.xml"], ["loop", "/loop"], ["html", "/not-a-feed"],
      ] as const) {
        await createOutlet(t().db, { slug, name: slug }, [`${origin}${route}`]);
      }
      const started = Date.now();
      const reports = await ingestOutlets(t().db, { allowPrivateNetwork: true });
      expect(reports.map((r) => [r.outlet, r.status, r.errorCode, r.itemsNew])).toEqual([
        ["gzip", "ok", null, 7],
        ["cp1251", "ok", null, 1],
        ["koi8", "ok", null, 1],
        ["busy", "error", "http_429", 0],
        ["down", "error", "http_500", 0],
        ["loop", "error", "too_many_redirects", 0],
        ["html", "error", "format_not_detected", 0],
      ]);

      const titles = await t().db.select({ url: articles.url, title: articles.title }).from(articles).where(eq(articles.title, RUSSIAN_TITLE));
      expect(titles.map((r) => r.url).sort()).toEqual(["https://ru.example/koi8-r/1", "https://ru.example/windows-1251/1"]);

      const feeds = await t().db.select().from(outletFeeds).orderBy(asc(outletFeeds.id));
      const busy = feeds.find((f) => f.url.endsWith("/busy.xml"))!;
      expect(busy.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started + 7200 * 1000);
      expect(busy).toMatchObject({ consecutiveFailures: 1, lastErrorCode: "http_429", lastSuccessAt: null });
      const gzip = feeds.find((f) => f.url.endsWith("/gzip.xml"))!;
      expect(gzip).toMatchObject({ consecutiveFailures: 0, lastErrorCode: null });
      expect(gzip.lastSuccessAt).not.toBeNull();
    } finally {
      server.close();
    }
  });
});

describe.each(BACKENDS)("the fetch allowlist reaches scheduled ingest (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("refuses a loopback feed by default and fetches it once its range is allowed", async () => {
    const server = scriptedServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await createOutlet(t().db, { slug: "intranet", name: "Intranet" }, [`${origin}/gzip.xml`]);
      const [refused] = await ingestOutlets(t().db, { allowPrivateNetwork: false });
      expect(refused).toMatchObject({ status: "error", errorCode: "private_network" });
      const [allowed] = await ingestOutlets(t().db, { allowPrivateNetwork: false, allowedNetworks: ["127.0.0.0/8"] });
      expect(allowed).toMatchObject({ status: "ok", itemsNew: 7 });
    } finally {
      server.close();
    }
  });
});

describe.each(BACKENDS)("a feed's own refresh hint (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("schedules the next fetch no sooner than the feed's <ttl>", async () => {
    const server = scriptedServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await createOutlet(t().db, { slug: "slow", name: "Slow" }, [`${origin}/ttl.xml`]);
      const started = Date.now();
      const [report] = await ingestOutlets(t().db, { allowPrivateNetwork: true });
      expect(report).toMatchObject({ status: "ok", itemsNew: 1, ttlMinutes: 240 });
      const [feed] = await t().db.select().from(outletFeeds);
      expect(feed!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started + 240 * 60_000);
    } finally {
      server.close();
    }
  });
});
