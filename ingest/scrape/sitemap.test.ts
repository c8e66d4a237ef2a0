import { describe, expect, it } from "vitest";
import { newestFirst, parseSitemap, SitemapError } from "./sitemap";

describe("parseSitemap", () => {
  it("reads a urlset with lastmod and Google News dates and titles, decoding entities", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://vlast.kz/novosti/61234-slug.html?a=1&amp;b=2</loc><lastmod>2024-03-05T10:00:00+06:00</lastmod></url>
  <url><loc>https://vlast.kz/novosti/61235-other.html</loc>
    <news:news><news:publication><news:name>Vlast</news:name><news:language>ru</news:language></news:publication>
      <news:publication_date>2024-03-06</news:publication_date><news:title>Выборы &amp; реформы</news:title></news:news></url>
  <url><lastmod>2024-03-07</lastmod></url>
</urlset>`;
    expect(parseSitemap(xml)).toEqual({
      kind: "urlset",
      pages: [
        { url: "https://vlast.kz/novosti/61234-slug.html?a=1&b=2", modified: "2024-03-05T04:00:00.000Z", published: null, title: null },
        { url: "https://vlast.kz/novosti/61235-other.html", modified: "2024-03-06T00:00:00.000Z", published: "2024-03-06T00:00:00.000Z", title: "Выборы & реформы" },
      ],
    });
  });

  it("reads a sitemap index, resolving relative locations", () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>/sitemap-2024-03.xml</loc><lastmod>2024-03-31</lastmod></sitemap>
  <sitemap><loc>https://kun.uz/sitemap-2024-02.xml</loc></sitemap>
</sitemapindex>`;
    expect(parseSitemap(xml, "https://kun.uz/sitemap.xml")).toEqual({
      kind: "index",
      sitemaps: [
        { url: "https://kun.uz/sitemap-2024-03.xml", modified: "2024-03-31T00:00:00.000Z" },
        { url: "https://kun.uz/sitemap-2024-02.xml", modified: null },
      ],
    });
  });

  it("throws a typed error for a feed or an HTML page, and the XML parser's own errors for broken XML", () => {
    expect(() => parseSitemap("<rss><channel/></rss>")).toThrow(SitemapError);
    expect(() => parseSitemap("<urlset><url><loc>x</loc>")).toThrow(expect.objectContaining({ code: "malformed_xml" }));
  });

  it("orders entries newest first, undated last", () => {
    const entries = [{ modified: null, n: 1 }, { modified: "2024-01-01", n: 2 }, { modified: "2024-02-01", n: 3 }];
    expect(newestFirst(entries).map((e) => e.n)).toEqual([3, 2, 1]);
  });
});
