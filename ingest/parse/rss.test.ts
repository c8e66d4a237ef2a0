import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../decode";
import type { FeedDocument, ParsedFeed } from "../types";
import { FeedParseError } from "./errors";
import { parseFeed } from "./index";
import { parseRss, RSS_XML_OPTIONS } from "./rss";
import { parseXml } from "./xml-parser";

const NOVASTAN = new URL("../../sample/novastan-war-in-ukraine.rss.xml", import.meta.url);
const GOLDEN = new URL("../../test/fixtures/novastan.parse-feed.json", import.meta.url);

function rss(xml: string, opts: { baseUrl?: string } = {}): ParsedFeed {
  return parseRss(parseXml(xml, RSS_XML_OPTIONS), opts);
}

/** An RSS 2.0 document around the given items (and extra channel elements). */
function doc(items: string, channel = "<title>T</title><link>https://example.org/news/</link>"): string {
  return `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>${channel}${items}</channel></rss>`;
}

describe("Novastan 'War in Ukraine' snapshot", () => {
  const { text } = decodeBody(readFileSync(NOVASTAN), "application/rss+xml; charset=UTF-8");
  const parsed = parseFeed(text);

  it("reads the channel", () => {
    expect(parsed.feed).toEqual({
      title: "War in Ukraine Archives",
      link: "https://novastan.org/en/tag/war-in-ukraine/",
      description: "Read all the news and analysis from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan",
      language: "en-GB",
    });
    expect(parsed.problems).toEqual([]);
  });

  // Expectations read off the XML by hand, not from the parser's output.
  const expected = [
    {
      title: "\u201CI only needed a passport\u201D : In Ukraine, Central Asian prisoners of wars caught between loyalty and regret",
      link: "https://novastan.org/en/kazakhstan/central-asian-prisoners-war-russia-ukraine/",
      guid: "https://novastan.org/en/?p=48744",
      published: "2026-06-15T18:23:24.000Z",
      authors: ["Emma Collet"],
      categories: ["Kazakhstan", "army", "Central Asia", "Kyrgyzstan", "Migrants", "Prison", "Russia", "Soldiers", "Tajikistan", "Turkmenistan", "Uzbekistan", "War in Ukraine"],
    },
    {
      // &#8217; in the XML text node
      title: "Ukraine criticizes Central Asian presidents\u2019 participation in Moscow\u2019s May 9 parade",
      link: "https://novastan.org/en/politics/ukraine-criticizes-central-asian-presidents-participation-in-moscows-may-9th-parade/",
      guid: "https://novastan.org/en/?p=43036",
      published: "2023-05-11T16:17:32.000Z",
      authors: ["Tasnim Azimova"],
      categories: ["Kazakhstan", "Kyrgyzstan", "Politics", "Tajikistan", "Turkmenistan", "Uzbekistan", "Russia", "War in Ukraine"],
    },
    {
      title: "Central Asian presidents invited to attend Russian Victory Day Parade",
      link: "https://novastan.org/en/politics/central-asian-presidents-invited-to-attend-russian-victory-day-parade/",
      guid: "https://novastan.org/en/?p=42957",
      published: "2023-05-08T20:59:07.000Z",
      authors: ["Julian Postulart"],
      categories: ["Context", "Kazakhstan", "Kyrgyzstan", "Politics", "Turkmenistan", "Uzbekistan", "parade", "Russia", "victory day", "War in Ukraine", "World War II"],
    },
    {
      title: "Pressure from Russia increases on Central Asian media outlets",
      link: "https://novastan.org/en/kazakhstan/pressure-from-russia-increases-on-central-asian-media-outlets/",
      guid: "https://novastan.org/en/?p=42199",
      published: "2022-12-10T13:22:18.000Z",
      authors: ["Emma Bekrine"],
      categories: ["Kazakhstan", "Kyrgyzstan", "Censorship", "M\u00E9dia", "Propaganda", "War in Ukraine"],
    },
    {
      title: "Destination Kazakhstan \u2013 A report from Kostanay, where hundreds of Russians have been taken in",
      link: "https://novastan.org/en/kazakhstan/destination-kazakhstan-a-report-from-kostanay-where-hundreds-of-russians-have-been-taken-in/",
      guid: "https://novastan.org/en/?p=42212",
      published: "2022-11-30T16:55:56.000Z",
      authors: ["Mari Paine"],
      categories: ["Kazakhstan", "mobilisation", "War in Ukraine"],
    },
    {
      title: "How Russia is recruiting Central Asian soldiers for its war in Ukraine",
      link: "https://novastan.org/en/kazakhstan/how-russia-is-recruiting-central-asian-soldiers-for-its-war-in-ukraine/",
      guid: "https://novastan.org/en/?p=42204",
      published: "2022-11-15T15:32:48.000Z",
      authors: ["Robin Roth"],
      categories: ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Migration", "mobilization", "War in Ukraine"],
    },
    {
      title: "Effects of Sanctions on Russia strongly felt in Dushanbe",
      link: "https://novastan.org/en/tajikistan/effects-of-sanctions-on-russia-strongly-felt-in-dushanbe/",
      guid: "https://novastan.org/en/?p=41562",
      published: "2022-04-06T07:57:22.000Z",
      authors: ["Fiona Katherine Smith"],
      categories: ["Tajikistan", "Dushanbe", "Economics", "Economy", "Remittances", "Russia", "Sanctions", "Somoni", "War in Ukraine"],
    },
  ];

  it("has the 7 items in feed order", () => {
    expect(parsed.items).toHaveLength(7);
  });

  it.each(expected.map((e, i) => [i, e] as const))("item %i: title, link, guid, date, authors, categories", (i, e) => {
    const item = parsed.items[i]!;
    expect({
      title: item.title,
      link: item.link,
      guid: item.guid,
      published: item.published,
      authors: item.authors,
      categories: item.categories,
    }).toEqual(e);
    expect(item.updated).toBeNull();
    expect(item.enclosures).toEqual([]);
  });

  it("keeps description as summary (entities decoded) and content:encoded as contentHtml", () => {
    const item = parsed.items[0]!;
    expect(item.summary).toMatch(/^<p><a href="https:\/\/novastan\.org\/en\/kazakhstan\/central-asian-prisoners-war-russia-ukraine\/">/);
    expect(item.summary).toContain("In the yard of a military prison in Lviv region, [\u2026]</p>");
    expect(item.contentHtml).toContain('<p class="wp-block-paragraph"><strong>Citizens from Central Asia now represent');
    expect(item.contentHtml).not.toBe(item.summary);
  });

  it("makes the newsletter's href=\"#\" absolute against the article, not the tag page", () => {
    expect(parsed.items[1]!.contentHtml).toContain(
      '<a href="https://novastan.org/en/politics/ukraine-criticizes-central-asian-presidents-participation-in-moscows-may-9th-parade/#" class="underline',
    );
  });

  it("resolves the editor's broken relative 'Read more' link and leaves the one that parses as a scheme alone", () => {
    expect(parsed.items[2]!.contentHtml).toContain(
      'href="https://novastan.org/en/politics/central-asian-presidents-invited-to-attend-russian-victory-day-parade/commemorating%20Victory%20Day%20without%20military%20parade"',
    );
    // "Kazakhstan:%20…" is an absolute URL with the scheme "kazakhstan:"; the sanitiser drops it later.
    expect(parsed.items[1]!.contentHtml).toContain('href="Kazakhstan:%20commemorating%20Victory%20Day%20without%20military%20parade"');
  });

  it("matches the golden parse-feed document", () => {
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as FeedDocument;
    // The parse-feed contract is the feed and its items; problems and TTL travel beside it.
    expect({ feed: parsed.feed, items: parsed.items }).toEqual(golden);
  });
});

describe("parseRss", () => {
  it("decodes entities in text fields and undoes double escaping (&amp;amp;, &amp;#8217; from WordPress plugins)", () => {
    const feed = rss(doc(`<item><title>Tom &amp;amp; Jerry&amp;#8217;s &#8220;War&#8221; &amp; peace</title>
      <category>  Politics &amp;amp; Society </category><dc:creator><![CDATA[Jean-Fran&ccedil;ois]]></dc:creator></item>`));
    const item = feed.items[0]!;
    expect(item.title).toBe("Tom & Jerry\u2019s \u201CWar\u201D & peace");
    expect(item.categories).toEqual(["Politics & Society"]);
    expect(item.authors).toEqual(["Jean-Fran\u00E7ois"]);
  });

  it("keeps a title '2024' a string", () => {
    expect(rss(doc("<item><title>2024</title><guid>0012</guid></item>")).items[0]).toMatchObject({ title: "2024", guid: "0012" });
  });

  it("turns empty and whitespace-only fields into null", () => {
    const item = rss(doc("<item><title> </title><link></link><guid/><description><![CDATA[ ]]></description><pubDate/></item>")).items[0]!;
    expect(item).toEqual({
      guid: null, link: null, title: null, published: null, updated: null,
      authors: [], categories: [], summary: null, contentHtml: null, enclosures: [],
    });
  });

  it("collects several authors and categories, trimmed and de-duplicated in order", () => {
    const item = rss(doc(`<item><author>desk@example.org (News Desk)</author>
      <dc:creator><![CDATA[ Aida Bekova ]]></dc:creator><dc:creator>Timur Sultanov</dc:creator><dc:creator>Aida Bekova</dc:creator>
      <category><![CDATA[Kazakhstan]]></category><category domain="x"> Media </category><category>Kazakhstan</category><category/></item>`)).items[0]!;
    expect(item.authors).toEqual(["desk@example.org (News Desk)", "Aida Bekova", "Timur Sultanov"]);
    expect(item.categories).toEqual(["Kazakhstan", "Media"]);
  });

  it("keeps mixed CDATA and text in document order, and inline XHTML in description as HTML", () => {
    const item = rss(doc(`<item><title>Part <![CDATA[<one>]]> and &lt;two&gt;</title>
      <description><p>Inline <b>XHTML</b> &amp; more</p></description></item>`)).items[0]!;
    expect(item.title).toBe("Part <one> and <two>");
    expect(item.summary).toBe("<p>Inline <b>XHTML</b> & more</p>");
  });

  it("takes escaped HTML in a description text node as HTML (guardian.rss style)", () => {
    const item = rss(doc(`<item><description>&lt;p&gt;The president&#8217;s speech&lt;/p&gt;</description></item>`)).items[0]!;
    expect(item.summary).toBe("<p>The president\u2019s speech</p>");
  });

  it("uses pubDate, then dc:date, and atom:updated for updated", () => {
    const [a, b, c] = rss(doc(`
      <item><pubDate>Tue, 16 Jun 2026 04:40:42 +0500</pubDate><dc:date>2001-01-01T00:00:00Z</dc:date><atom:updated>2026-06-17T10:00:00+02:00</atom:updated></item>
      <item><dc:date>2026-06-15T18:23:24+06:00</dc:date></item>
      <item><pubDate>not a date</pubDate><dc:date>2026-06-15T18:23:24Z</dc:date></item>`)).items;
    expect(a).toMatchObject({ published: "2026-06-15T23:40:42.000Z", updated: "2026-06-17T08:00:00.000Z" });
    expect(b).toMatchObject({ published: "2026-06-15T12:23:24.000Z", updated: null });
    expect(c).toMatchObject({ published: "2026-06-15T18:23:24.000Z" });
  });

  it("reads enclosures with integer lengths, null for unusable lengths, and drops ones without a url", () => {
    const item = rss(doc(`<item>
      <enclosure url="https://cdn.example.org/a.mp3?x=1&amp;y=2" type="audio/mpeg" length="105003355"/>
      <enclosure url="/media/b.jpg" type="image/jpeg" length=""/>
      <enclosure url="https://cdn.example.org/c.mp4" length="12 MB"/>
      <enclosure type="audio/mpeg" length="1"/></item>`)).items[0]!;
    expect(item.enclosures).toEqual([
      { url: "https://cdn.example.org/a.mp3?x=1&y=2", type: "audio/mpeg", length: 105003355 },
      { url: "https://example.org/media/b.jpg", type: "image/jpeg", length: null },
      { url: "https://cdn.example.org/c.mp4", type: null, length: null },
    ]);
  });

  it("uses a permalink guid as the link when <link> is missing, but never an id-like or isPermaLink=false guid", () => {
    const [a, b, c] = rss(doc(`
      <item><guid>https://example.org/news/1</guid></item>
      <item><guid isPermaLink="false">https://example.org/?p=2</guid></item>
      <item><guid>12345</guid></item>`)).items;
    expect(a).toMatchObject({ guid: "https://example.org/news/1", link: "https://example.org/news/1" });
    expect(b).toMatchObject({ guid: "https://example.org/?p=2", link: null });
    expect(c).toMatchObject({ guid: "12345", link: null });
  });

  it("makes relative item links, enclosures and content href/src absolute against the channel link", () => {
    const item = rss(doc(`<item><link>/2026/06/story</link><enclosure url="img/a.jpg" type="image/jpeg"/>
      <content:encoded><![CDATA[<p><a href="/about">About</a> <img src='pics/x.png' alt=""> <a href=notes.html>n</a>
      <a href="https://other.example/x">abs</a> <a href="mailto:desk@example.org">m</a> <img data-src="lazy.png">
      <a href="?page=2&amp;s=1">next</a> <a href="#fn1">1</a> <a href="">self</a></p>]]></content:encoded></item>`)).items[0]!;
    expect(item.link).toBe("https://example.org/2026/06/story");
    expect(item.enclosures[0]!.url).toBe("https://example.org/news/img/a.jpg");
    expect(item.contentHtml).toBe(`<p><a href="https://example.org/about">About</a> <img src='https://example.org/2026/06/pics/x.png' alt=""> <a href="https://example.org/2026/06/notes.html">n</a>
      <a href="https://other.example/x">abs</a> <a href="mailto:desk@example.org">m</a> <img data-src="lazy.png">
      <a href="https://example.org/2026/06/story?page=2&amp;s=1">next</a> <a href="https://example.org/2026/06/story#fn1">1</a> <a href="">self</a></p>`);
  });

  it("falls back to atom:link rel=self, then to the baseUrl option, for a relative or missing channel link", () => {
    const selfOnly = rss(doc(`<item><link>story.html</link></item>`,
      `<title>T</title><atom:link rel="hub" href="https://hub.example/"/><atom:link href="https://example.org/feeds/main.xml" rel="self"/>`));
    expect(selfOnly.items[0]!.link).toBe("https://example.org/feeds/story.html");

    const relativeChannel = rss(doc(`<item><link>story.html</link></item>`, `<title>T</title><link>/site/</link>`), {
      baseUrl: "https://example.net/feed.xml",
    });
    expect(relativeChannel.feed.link).toBe("https://example.net/site/");
    expect(relativeChannel.items[0]!.link).toBe("https://example.net/site/story.html");

    const noBase = rss(doc(`<item><link>story.html</link></item>`, `<title>T</title>`));
    expect(noBase.items[0]!.link).toBeNull();
  });

  it("skips an empty default-namespace Atom <link href/> that precedes the RSS <link>", () => {
    const xml = `<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>T</title>
      <link xmlns="http://www.w3.org/2005/Atom" href="https://example.org/feed" rel="self"/><link>https://example.org/</link>
      <item><link xmlns="http://www.w3.org/2005/Atom" href="x" rel="self"/><link>https://example.org/a</link></item></channel></rss>`;
    const feed = rss(xml);
    expect(feed.feed.link).toBe("https://example.org/");
    expect(feed.items[0]!.link).toBe("https://example.org/a");
  });

  it("finds FeedBurner's atom10:link rel=self declared on the element itself (encoding.rss)", () => {
    const feed = rss(doc(`<item><link>a.html</link></item>`,
      `<title>T</title><atom10:link xmlns:atom10="http://www.w3.org/2005/Atom" rel="self" href="http://feeds.example.pt/JN"/>`));
    expect(feed.items[0]!.link).toBe("http://feeds.example.pt/a.html");
  });

  it("reads dc: and content: under a namespace URI without the trailing slash (itunes-category.rss)", () => {
    const xml = `<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content" xmlns:d="http://purl.org/dc/elements/1.1"><channel><title>T</title>
      <item><c:encoded><![CDATA[<p>x</p>]]></c:encoded><d:creator>Ana</d:creator></item></channel></rss>`;
    expect(rss(xml).items[0]).toMatchObject({ contentHtml: "<p>x</p>", authors: ["Ana"] });
  });

  it("refuses link schemes that are not http(s) for item and feed links", () => {
    const feed = rss(doc(`<item><link>javascript:alert(1)</link><guid>javascript:alert(2)</guid></item>`,
      `<title>T</title><link>javascript:alert(0)</link>`));
    expect(feed.feed.link).toBeNull();
    expect(feed.items[0]!.link).toBeNull();
  });

  it("reports a broken item with its index and keeps the others", () => {
    const feed = rss(doc(`<item><title>first</title></item><item>just text, no elements</item>
      <item><title>third</title><pubDate>31 Feb 2026</pubDate><enclosure length="x"/></item>`));
    expect(feed.items.map((i) => i.title)).toEqual(["first", "third"]);
    expect(feed.items[1]).toMatchObject({ published: null, enclosures: [] });
    expect(feed.problems).toEqual([{ index: 1, message: "item has no child elements" }]);
  });

  it("reads RSS 0.92 with items and a channel description (heraldsun.rss shape)", () => {
    const feed = rss(`<rss version="0.92"><channel><title>RSS0.92 Example</title><link>http://www.oreilly.com/example/index.html</link>
      <description>This is an example RSS0.91 feed</description><language>en-gb</language>
      <item><title>The First Item</title><link>http://www.oreilly.com/example/001.html</link>
      <enclosure url="http://www.oreilly.com/001.mp3" length="54321" type="audio/mpeg"/></item></channel></rss>`);
    expect(feed.feed).toEqual({
      title: "RSS0.92 Example",
      link: "http://www.oreilly.com/example/index.html",
      description: "This is an example RSS0.91 feed",
      language: "en-gb",
    });
    expect(feed.items[0]!.enclosures).toEqual([{ url: "http://www.oreilly.com/001.mp3", type: "audio/mpeg", length: 54321 }]);
  });

  it("an <rss> without <channel> is invalid_feed", () => {
    expect(() => rss(`<rss version="2.0"><title>x</title></rss>`)).toThrow(FeedParseError);
    expect(() => rss(`<rss version="2.0"><title>x</title></rss>`)).toThrow(expect.objectContaining({ code: "invalid_feed" }));
  });
});
