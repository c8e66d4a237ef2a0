import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { feedDocumentSchema } from "../../test/feed-contract";
import { detectFeedFormat, FeedParseError, parseFeed } from "./index";

/**
 * One fixture per format and quirk (test/fixtures/feeds, each named for what it shows), each with
 * its reviewed parse in expected/. The targeted tests below say which behaviour a change broke.
 */

const DIR = "test/fixtures/feeds";
const fixtures = readdirSync(DIR).filter((f) => f !== "expected");
const parse = (name: string) => parseFeed(readFileSync(path.join(DIR, name), "utf8"));

describe("feed fixtures", () => {
  it.each(fixtures)("%s parses to its reviewed output and to the contract", (name) => {
    const parsed = parse(name);
    expect(parsed).toEqual(JSON.parse(readFileSync(path.join(DIR, "expected", `${name}.json`), "utf8")));
    expect(() => feedDocumentSchema.parse({ feed: parsed.feed, items: parsed.items })).not.toThrow();
  });

  it("detects each format from its root", () => {
    expect(fixtures.map((f) => [f, detectFeedFormat(readFileSync(path.join(DIR, f), "utf8"))])).toEqual([
      ["atom-0.3-escaped-and-base64-content.atom", "Atom 1.0/0.3"],
      ["atom-1.0-xml-base-xhtml-and-inherited-author.atom", "Atom 1.0/0.3"],
      ["json-feed-1.0-single-author.json", "JSON Feed 1.0/1.1"],
      ["json-feed-1.1-relative-urls-attachments-and-bad-items.json", "JSON Feed 1.0/1.1"],
      ["rss-0.91-no-guids-no-dates.rss", "RSS 2.0/0.9x"],
      ["rss-1.0-rdf-items-beside-channel.rdf", "RSS 1.0/0.90 (RDF)"],
      ["rss-2.0-media-rss-and-dc-subject.rss", "RSS 2.0/0.9x"],
    ]);
  });
});

describe("Atom 1.0", () => {
  const parsed = parse("atom-1.0-xml-base-xhtml-and-inherited-author.atom");
  const [first, second, third] = parsed.items;

  it("resolves links through the feed's and the entry's xml:base", () => {
    expect(parsed.feed.link).toBe("https://zentralasien.example/de/");
    expect(first!.link).toBe("https://zentralasien.example/de/kasachstan/wahlen-beobachter-kritik/");
    expect(first!.enclosures[0]!.url).toBe("https://zentralasien.example/audio/wahlen.mp3");
  });

  it("unwraps xhtml content and resolves its links against the content's own xml:base", () => {
    expect(first!.contentHtml).toMatch(/^<p>Laut <a href="https:\/\/zentralasien\.example\/de\/kasachstan\/wahlen-beobachter-kritik\/#quellen">OSZE<\/a>/);
    expect(first!.contentHtml).not.toContain("xmlns");
  });

  it("reads text, html and xhtml constructs by their type", () => {
    expect(parsed.feed.title).toBe("Zentralasien & Kaukasus aktuell");
    expect(first!.title).toBe("Wahlen in Kasachstan: Beobachter <OSZE> kritisieren Ablauf");
    expect(third!.contentHtml).toBe("<p>Erster Absatz &lt;ohne Markup&gt;.</p>\n<p>Zweiter Absatz.</p>");
  });

  it("entries without an author inherit the feed's; entries with only <updated> are dated by it", () => {
    expect(first!.authors).toEqual(["Anna Schmidt"]);
    expect(second!.authors).toEqual(["Redaktion Zentralasien"]);
    expect(second!.published).toBe("2026-11-29T08:00:00.000Z");
  });

  it("an id that is a URL stands in for a missing link; an invalid date stays unknown", () => {
    expect(third).toMatchObject({ link: "https://zentralasien.example/de/tadschikistan/nur-id/", published: null });
  });

  it("reports the broken entry and keeps the others", () => {
    expect(parsed.items).toHaveLength(3);
    expect(parsed.problems).toEqual([{ index: 3, message: "entry has no child elements" }]);
  });

  it("a <feed> holding only text is invalid_feed; an empty <feed/> is an empty feed", () => {
    expect(() => parseFeed(`<feed>Service unavailable</feed>`)).toThrow(FeedParseError);
    expect(parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"/>`)).toMatchObject({ items: [], problems: [] });
  });
});

describe("Atom 0.3", () => {
  const parsed = parse("atom-0.3-escaped-and-base64-content.atom");

  it("reads issued/modified/created, the tagline, and escaped, base64 and inline XHTML content", () => {
    expect(parsed.feed).toMatchObject({ title: "Блог наблюдателя", description: "Заметки о Центральной Азии", language: "ru" });
    expect(parsed.items.map((i) => [i.published, i.contentHtml])).toEqual([
      ["2026-10-01T07:30:00.000Z", "<p>По данным Всемирного банка, рост составил 8,3%.</p>"],
      ["2026-10-01T08:00:00.000Z", "<p>Текст в base64.</p>"],
      ["2026-09-30T08:00:00.000Z", "<p>Встроенный <i>XHTML</i>.</p>"],
    ]);
    expect(parsed.items[0]!.updated).toBe("2026-10-02T09:00:00.000Z");
  });
});

describe("RSS 1.0 (RDF)", () => {
  it("takes items beside the channel, guid from rdf:about, dc:date, dc:creator and dc:subject", () => {
    const parsed = parse("rss-1.0-rdf-items-beside-channel.rdf");
    expect(parsed.feed.language).toBe("en");
    expect(parsed.items[0]).toMatchObject({
      guid: "https://wire.example/central-asia/2026/11/28/gas-deal",
      published: "2026-11-28T09:05:00.000Z",
      authors: ["Wire Staff"],
      categories: ["Energy", "Turkmenistan"],
    });
    expect(parsed.items[1]!.link).toBe("https://wire.example/central-asia/2026/11/27/border");
  });
});

describe("RSS 0.91 and Media RSS", () => {
  it("RSS 0.91 items without guid or date keep their links and unknown dates; the image is not an item", () => {
    const parsed = parse("rss-0.91-no-guids-no-dates.rss");
    expect(parsed.items.map((i) => [i.link, i.published])).toEqual([
      ["http://oldportal.example/news/media-law.html", null],
      ["http://oldportal.example/news/second.html", null],
    ]);
  });

  it("media:group contents become enclosures once each; media:description stands in for the summary", () => {
    const [item] = parse("rss-2.0-media-rss-and-dc-subject.rss").items;
    expect(item!.enclosures.map((e) => e.url)).toEqual(["https://cdn.video.example/clips/881.mp4", "https://cdn.video.example/clips/881-low.mp4"]);
    expect(item!.summary).toBe("Rescuers evacuated & sheltered 300 residents.");
    expect(item!.categories).toEqual(["Weather", "Uzbekistan"]);
  });
});

describe("JSON Feed", () => {
  it("1.1: numeric ids as strings, relative URLs resolved, attachments, tags deduplicated, bad items reported", () => {
    const parsed = parse("json-feed-1.1-relative-urls-attachments-and-bad-items.json");
    expect(parsed.items[0]).toMatchObject({
      guid: "20261201",
      link: "https://steppe.example/2026/12/01/grant-story/",
      title: "Фонд выделил грант",
      categories: ["НКО", "финансирование"],
      enclosures: [{ url: "https://steppe.example/media/report.pdf", type: "application/pdf", length: 20480 }],
    });
    expect(parsed.items[1]!.contentHtml).toBe("<p>First paragraph with &lt;angle brackets&gt;.</p>\n<p>Second paragraph.</p>");
    expect(parsed.items[2]).toMatchObject({ link: "https://elsewhere.example/story", published: null });
    expect(parsed.problems).toEqual([{ index: 2, message: "item is not an object" }]);
  });

  it("1.0: the single author applies to every item", () => {
    expect(parse("json-feed-1.0-single-author.json").items[0]!.authors).toEqual(["Dosym Example"]);
  });

  it("truncated JSON is malformed_json; JSON without a JSON Feed version is invalid_feed", () => {
    expect(() => parseFeed(`{"version":"https://jsonfeed.org/version/1.1","items":[`)).toThrow(expect.objectContaining({ code: "malformed_json" }));
    expect(() => parseFeed(`{"data":[]}`)).toThrow(expect.objectContaining({ code: "invalid_feed" }));
  });
});

describe("refresh hints", () => {
  const rss = (channel: string, ns = "") => `<rss version="2.0"${ns}><channel><title>t</title>${channel}</channel></rss>`;
  const SY = ` xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"`;

  it("reads RSS <ttl>, else sy:updatePeriod divided by sy:updateFrequency", () => {
    expect(parseFeed(rss("<ttl>240</ttl>")).ttlMinutes).toBe(240);
    expect(parseFeed(rss("<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>", SY)).ttlMinutes).toBe(15);
    expect(parseFeed(rss("<sy:updatePeriod>daily</sy:updatePeriod>", SY)).ttlMinutes).toBe(1440);
  });

  it("ignores hints that are not positive whole minutes", () => {
    for (const bad of ["<ttl>0</ttl>", "<ttl>soon</ttl>", "<ttl>-5</ttl>"]) expect(parseFeed(rss(bad)).ttlMinutes).toBeUndefined();
    expect(parseFeed(rss("<sy:updatePeriod>fortnightly</sy:updatePeriod>", SY)).ttlMinutes).toBeUndefined();
  });
});
