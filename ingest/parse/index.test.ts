import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../decode";
import { requireRealFeeds } from "../../test/factories";
import { feedDocumentSchema } from "../../test/feed-contract";
import { FeedError, FeedFormatError, FeedParseError, parseFeed } from "./index";

const REAL_FEEDS = requireRealFeeds();
const read = (name: string) => decodeBody(readFileSync(`${REAL_FEEDS}/${name}`)).text;

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
}

describe("parseFeed dispatch", () => {
  it.each([
    ["an HTML page", `<!DOCTYPE html><html><head><title>Not found</title></head><body></body></html>`, /HTML page/],
    ["an HTML page without doctype", `\n<html lang="ru"><body><p>Доступ запрещён</p></body></html>`, /HTML page/],
    ["an empty body", "  \n", /empty document/],
    ["plain text", "Service Unavailable", /text starting "Service Unavailable"/],
    ["an unknown XML root", `<?xml version="1.0"?><opml version="2.0"/>`, /<opml> root element/],
  ])("%s → FeedFormatError format_not_detected naming what it found", (_label, text, message) => {
    const e = thrown(() => parseFeed(text));
    expect(e).toBeInstanceOf(FeedFormatError);
    expect(e).toBeInstanceOf(FeedError);
    expect(e).toMatchObject({ code: "format_not_detected", message: expect.stringMatching(message) });
  });

  it("sees the rss root behind a BOM, declaration, stylesheet PI, comments and a DOCTYPE", () => {
    const text = `\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?><!-- generator --><!DOCTYPE rss [<!ENTITY x "y">]>
      <rss version="0.91"><channel><title>ok</title></channel></rss>`;
    expect(parseFeed(text).feed.title).toBe("ok");
  });

  it("unrecognized.rss (an IIS 'Object Moved' page at a feed URL) is FeedFormatError, not a parse crash", () => {
    expect(thrown(() => parseFeed(read("unrecognized.rss")))).toMatchObject({ code: "format_not_detected" });
  });

  it("caps the size before sniffing or parsing", () => {
    const e = thrown(() => parseFeed(`<rss><channel><title>${"x".repeat(5_000)}</title></channel></rss>`, { maxBytes: 4_096 }));
    expect(e).toBeInstanceOf(FeedParseError);
    expect(e).toMatchObject({ code: "too_large" });
  });
});

describe("parseFeed on hostile input", () => {
  it("a feed with an <__proto__> item element is FeedParseError and leaves Object.prototype clean", () => {
    const text = `<rss version="2.0"><channel><title>t</title><item><title>a</title><__proto__><polluted>yes</polluted></__proto__></item></channel></rss>`;
    const e = thrown(() => parseFeed(text));
    expect(e).toBeInstanceOf(FeedParseError);
    expect(e).toMatchObject({ code: "unsafe_xml" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a billion-laughs feed parses without expanding anything", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("");
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${levels}]>
      <rss version="2.0"><channel><title>&l9;</title><item><title>&l9;&l9;</title><description>&l9;</description></item></channel></rss>`;
    const parsed = parseFeed(text);
    expect(parsed.feed.title).toBe("&l9;");
    expect(JSON.stringify(parsed).length).toBeLessThan(400);
  });

  it("a feed cut off mid-download is malformed_xml (not a feed with fewer items)", () => {
    const text = read("guardian.rss");
    const e = thrown(() => parseFeed(text.slice(0, Math.floor(text.length / 2))));
    expect(e).toBeInstanceOf(FeedParseError);
    expect(e).toMatchObject({ code: "malformed_xml" });
  });
});

describe("real feeds (../shared/benchmarks/real-feeds)", () => {
  const files = readdirSync(REAL_FEEDS).filter((f) => f !== "LICENSE");
  // The one file there that is not a feed: an IIS "Object Moved" page (tested above).
  const feeds = files.filter((f) => f !== "unrecognized.rss");

  it("has the corpus", () => {
    expect(feeds.length).toBeGreaterThan(25);
  });

  it.each(feeds)("%s parses to the parse-feed contract, every item kept", (file) => {
    const parsed = parseFeed(read(file), { baseUrl: "https://feeds.example.org/feed.xml" });
    expect(feedDocumentSchema.parse({ feed: parsed.feed, items: parsed.items })).toBeTruthy();
    expect(parsed.problems).toEqual([]);
    expect(parsed.items.length).toBeGreaterThan(0);
  });

  it("every feed cut at arbitrary points, or with a byte flipped, still ends in a ParsedFeed or a FeedError", () => {
    for (const file of files) {
      // The first 200 kB are plenty to hit every kind of element; whole podcast feeds only make it slow.
      const text = read(file).slice(0, 200_000);
      for (let k = 1; k < 8; k++) {
        const at = Math.floor((text.length * k) / 8);
        const variants = [text.slice(0, at), text.slice(0, at) + text.slice(at + 7), `${text.slice(0, at)}<${text.slice(at)}`];
        for (const variant of variants) {
          try {
            parseFeed(variant);
          } catch (e) {
            if (!(e instanceof FeedError)) throw new Error(`${file} @${at}: ${String(e)}`);
          }
        }
      }
    }
  });

  it("guardian.rss: 55 items, first title, escaped-HTML description, categories from <category domain>", () => {
    const parsed = parseFeed(read("guardian.rss"));
    expect(parsed.feed).toMatchObject({ title: "The Guardian", link: "https://www.theguardian.com/us", language: "en-gb" });
    expect(parsed.items).toHaveLength(55);
    expect(parsed.problems).toEqual([]);
    const first = parsed.items[0]!;
    expect(first.title).toBe("Trump State of the Union address promised unity but emphasized discord");
    expect(first.published).toBe("2018-01-31T07:26:05.000Z");
    expect(first.link).toBe("https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord");
    expect(first.categories.slice(0, 3)).toEqual(["Donald Trump", "State of the Union address", "US news"]);
    expect(first.summary).toMatch(/^<p>The president\u2019s \u2018new American moment\u2019 speech/);
  });

  it("encoding.rss (jn.pt, ISO-8859-1): Portuguese text survives decode + parse", () => {
    const parsed = parseFeed(read("encoding.rss"));
    expect(parsed.feed.title).toBe("Jornal de Notícias - Últimas Notícias");
    expect(parsed.items).toHaveLength(40);
    expect(parsed.items[0]).toMatchObject({
      title: "Mãe de utente é a nova presidente da Raríssimas",
      categories: ["Nacional"],
      published: "2018-01-03T13:47:00.000Z",
    });
  });

  it("uolNoticias.rss: Portuguese RFC 822 dates ('Seg, 24 Set 2018 19:42:40 -0300') are read, not dropped", () => {
    const parsed = parseFeed(decodeBody(readFileSync(`${REAL_FEEDS}/uolNoticias.rss`), "text/xml; charset=iso-8859-1").text);
    expect(parsed.items).toHaveLength(15);
    expect(parsed.items.every((i) => i.published !== null)).toBe(true);
    expect(parsed.items[0]!.published).toBe("2018-09-24T22:42:40.000Z");
    expect(parsed.feed.description).toBe("Últimas Notícias");
  });

  it("giantbomb-podcast.rss: 730 episodes with numeric enclosure lengths", () => {
    const parsed = parseFeed(read("giantbomb-podcast.rss"));
    expect(parsed.items).toHaveLength(730);
    expect(parsed.items[0]!.enclosures[0]).toEqual({
      url: "https://dts.podtrac.com/redirect.mp3/www.giantbomb.com/podcasts/download/2823/603__Call_of_Tuesday-10-01-2019-6277737276.mp3",
      type: "audio/mpeg",
      length: 105003355,
    });
  });
});
