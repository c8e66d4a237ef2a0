import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecodeError, decodeBody } from "../decode";
import { FeedError, parseFeed } from "./index";

/**
 * Whatever bytes a server sends, the decode and parse stages end in a ParsedFeed or a FeedError:
 * never another exception, never a hang (a hang fails the test by its timeout). Raw bytes mostly
 * stop at sniffing, so the structured arbitraries wrap feed-shaped fragments in each format's root
 * to reach the format parsers themselves.
 */

function parsesOrFailsTyped(text: string): void {
  try {
    const parsed = parseFeed(text, { baseUrl: "https://feeds.example.org/feed.xml" });
    expect(Array.isArray(parsed.items)).toBe(true);
    expect(typeof parsed.feed.title).toBe("string");
  } catch (e) {
    if (!(e instanceof FeedError)) throw e;
  }
}

const TOKENS = [
  "<item>", "</item>", "<entry>", "</entry>", "<channel>", "</channel>", "<title>", "</title>", "<title type=\"html\">",
  "<title type=\"xhtml\">", "<content type=\"xhtml\">", "<content mode=\"base64\" type=\"text/html\">", "</content>",
  "<summary type=\"text\">", "</summary>", "<description>", "</description>", "<link>", "</link>", "<link href=\"",
  "<link rel=\"enclosure\" href=\"", "\"/>", "\" xml:base=\"", "<guid isPermaLink=\"true\">", "</guid>", "<pubDate>",
  "</pubDate>", "<updated>", "</updated>", "<dc:date>", "</dc:date>", "<author>", "<name>", "</name>", "</author>",
  "<category term=\"", "<media:group>", "<media:content url=\"", "</media:group>", "<enclosure url=\"", " length=\"",
  "<![CDATA[", "]]>", "&amp;", "&lt;", "&#x41;", "&#65;", "&bogus;", "&", "<", ">", "\"", "'", "/", "../", "?a=1#b",
  "http://", "javascript:alert(1)", "Mon, 01 Dec 2026 10:00:00 MSK", "2026-13-45T99:99:99Z", "\u0000", "\uFFFD",
  "Москва", "<__proto__>", "<constructor>", "<#text>", "<p>", "</p>", "<div xmlns=\"http://www.w3.org/1999/xhtml\">",
  "</div>", "<?pi x?>", "<!-- c -->", "<!DOCTYPE x [<!ENTITY e \"v\">]>", "&e;",
];

const fragment = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }));
const body = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(""));

const ROOTS: [string, (inner: string) => string][] = [
  ["RSS 2.0", (s) => `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>${s}</channel></rss>`],
  ["RSS 1.0", (s) => `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>t</title></channel>${s}</rdf:RDF>`],
  ["Atom 1.0", (s) => `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/base/"><title>t</title>${s}</feed>`],
  ["Atom 0.3", (s) => `<feed version="0.3" xmlns="http://purl.org/atom/ns#">${s}</feed>`],
];

describe("parse stage under arbitrary input", () => {
  it("arbitrary bytes with an arbitrary Content-Type end in a feed, a FeedError or a DecodeError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.option(fc.string({ maxLength: 40 })), (bytes, contentType) => {
        let text: string;
        try {
          text = decodeBody(bytes, contentType).text;
        } catch (e) {
          // An unknown charset label is the decode stage's own typed failure.
          if (e instanceof DecodeError) return;
          throw e;
        }
        parsesOrFailsTyped(text);
      }),
      { numRuns: 400 },
    );
  });

  it.each(ROOTS)("%s: feed-shaped garbage inside the root ends in a feed or a FeedError", (_name, wrap) => {
    fc.assert(fc.property(body, (inner) => parsesOrFailsTyped(wrap(inner))), { numRuns: 600 });
  });

  it("feed-shaped garbage items wrapped in an item keep the other items", () => {
    const wrap = (s: string) => `<rss version="2.0"><channel><title>t</title><item><title>kept</title><link>https://a.example/1</link></item><item>${s}</item></channel></rss>`;
    fc.assert(
      fc.property(body, (inner) => {
        try {
          const parsed = parseFeed(wrap(inner));
          expect(parsed.items.some((i) => i.title === "kept")).toBe(true);
        } catch (e) {
          // The garbage may break the XML as a whole; then the whole document is refused, typed.
          if (!(e instanceof FeedError)) throw e;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("JSON Feed: arbitrary JSON as the document, as an item and as item fields", () => {
    const version = "https://jsonfeed.org/version/1.1";
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(fc.constantFrom("id", "url", "title", "content_html", "content_text", "summary", "date_published", "authors", "author", "tags", "attachments", "external_url"), fc.jsonValue({ maxDepth: 3 })), (value, fields) => {
        parsesOrFailsTyped(JSON.stringify(value));
        parsesOrFailsTyped(JSON.stringify({ version, title: value, items: [value] }));
        const parsed = parseFeed(JSON.stringify({ version, items: [fields, { id: "ok", content_text: "kept" }] }));
        expect(parsed.items.at(-1)?.guid).toBe("ok");
      }),
      { numRuns: 500 },
    );
  });

  it("JSON Feed: arbitrary text after an opening brace is a FeedError, not a crash", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => parsesOrFailsTyped(`{${s}`)), { numRuns: 300 });
  });
});
