import { afterEach, describe, expect, it } from "vitest";
import { FeedParseError } from "./errors";
import { parseXml } from "./xml-parser";

function parseError(run: () => unknown): FeedParseError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(FeedParseError);
    return e as FeedParseError;
  }
  throw new Error("expected a FeedParseError");
}

describe("parseXml safety", () => {
  afterEach(() => {
    // Belt and braces: whatever a test fed the parser, Object.prototype must be untouched.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("billion laughs: entities are never expanded, output stays tiny and returns fast", () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${levels}]><rss><channel><title>&lol9;</title></channel></rss>`;
    const tree = parseXml(bomb);
    expect(JSON.stringify(tree).length).toBeLessThan(200);
    expect(tree).toEqual({ rss: { channel: { title: "&lol9;" } } });
  });

  it("external entity (XXE) is not resolved", () => {
    const xxe = `<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>`;
    let out = "";
    try {
      out = JSON.stringify(parseXml(xxe));
    } catch (e) {
      expect(e).toBeInstanceOf(FeedParseError);
    }
    expect(out).not.toContain("root:");
  });

  it("a <__proto__> element is a FeedParseError unsafe_xml, and pollutes nothing", () => {
    const doc = `<rss><channel><item><__proto__><polluted>yes</polluted></__proto__></item></channel></rss>`;
    expect(parseError(() => parseXml(doc)).code).toBe("unsafe_xml");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a <constructor> element is a FeedParseError unsafe_xml", () => {
    const doc = `<rss><channel><constructor><prototype><polluted>yes</polluted></prototype></constructor></channel></rss>`;
    expect(parseError(() => parseXml(doc)).code).toBe("unsafe_xml");
  });

  it("__proto__ as an attribute name is kept as a harmless prefixed key", () => {
    const tree = parseXml(`<rss __proto__="x" constructor="y"><channel/></rss>`);
    expect(Object.getPrototypeOf(tree.rss)).toBe(Object.prototype);
    expect(tree.rss).toMatchObject({ "@___proto__": "x", "@_constructor": "y" });
  });

  it("a truncated download is malformed_xml, not a silently shortened feed", () => {
    const full = `<rss><channel><title>T</title><item><title>one</title></item><item><title>two</title></item></channel></rss>`;
    for (const cut of [full.length - 1, full.length - 7, full.indexOf("two") + 2, 40]) {
      expect(parseError(() => parseXml(full.slice(0, cut))).code).toBe("malformed_xml");
    }
  });

  it("unclosed and mismatched tags are malformed_xml", () => {
    expect(parseError(() => parseXml(`<rss><channel><title>a</channel></rss>`)).code).toBe("malformed_xml");
    expect(parseError(() => parseXml(`<rss><channel><title>a < b</title></channel></rss>`)).code).toBe("malformed_xml");
  });

  it("an empty or text-only body is malformed_xml", () => {
    expect(parseError(() => parseXml("")).code).toBe("malformed_xml");
    expect(parseError(() => parseXml("just words")).code).toBe("malformed_xml");
  });

  it("refuses a body over the byte cap before parsing", () => {
    const doc = `<rss><channel><title>${"x".repeat(2_000)}</title></channel></rss>`;
    expect(parseError(() => parseXml(doc, { maxBytes: 1_000 })).code).toBe("too_large");
    // Bytes, not UTF-16 units: 600 Cyrillic letters are 1,200 bytes.
    expect(parseError(() => parseXml(`<rss>${"ж".repeat(600)}</rss>`, { maxBytes: 1_000 })).code).toBe("too_large");
    expect(parseXml(`<rss>${"ж".repeat(400)}</rss>`, { maxBytes: 1_000 })).toBeTruthy();
  });

  it("deep nesting is too_deep instead of a stack overflow", () => {
    const depth = 5_000;
    const doc = `<rss>${"<a>".repeat(depth)}x${"</a>".repeat(depth)}</rss>`;
    expect(parseError(() => parseXml(doc)).code).toBe("too_deep");
  });

  it("keeps a title '2024' and a guid '0012' as strings", () => {
    expect(parseXml(`<rss><title>2024</title><guid>0012</guid></rss>`)).toEqual({ rss: { title: "2024", guid: "0012" } });
  });

  it("tolerates whitespace before the XML declaration (itunes-keywords-array.rss)", () => {
    expect(parseXml(`\n  <?xml version="1.0"?><rss><title>t</title></rss>`)).toEqual({ rss: { title: "t" } });
  });

  it("tolerates a bare ampersand ('Q&A'), which feed readers accept", () => {
    expect(parseXml(`<rss><title>Q&A & more</title></rss>`)).toEqual({ rss: { title: "Q&A & more" } });
  });

  it("keeps CDATA apart from text so callers know not to decode it", () => {
    expect(parseXml(`<rss><title><![CDATA[a &amp; b]]></title></rss>`)).toEqual({ rss: { title: { "#cdata": "a &amp; b" } } });
  });
});
