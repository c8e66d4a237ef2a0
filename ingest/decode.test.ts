import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requireRealFeeds } from "../test/factories";
import { encodeSingleByte } from "../test/single-byte";
import { decodeBody, DecodeError } from "./decode";

const REAL_FEEDS = requireRealFeeds();

/** windows-1251 for ASCII and the Russian alphabet, built by hand so the test does not trust TextDecoder. */
function encodeWindows1251(s: string): Uint8Array {
  return Uint8Array.from([...s], (ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0; // А..я
    if (c === 0x401) return 0xa8; // Ё
    if (c === 0x451) return 0xb8; // ё
    throw new Error(`not in the test table: ${ch}`);
  });
}

const ascii = (s: string) => new TextEncoder().encode(s);

describe("decodeBody", () => {
  it("decodes windows-1251 bytes declared in the XML declaration to Cyrillic", () => {
    const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости Казахстана: ёлка</title></channel></rss>';
    const bytes = encodeWindows1251(xml);
    // Sanity-check the hand encoder against known bytes: "Нов" = CD EE E2.
    expect([...bytes.subarray(bytes.indexOf(0xcd), bytes.indexOf(0xcd) + 3)]).toEqual([0xcd, 0xee, 0xe2]);

    const { text, charset } = decodeBody(bytes);
    expect(charset).toBe("windows-1251");
    expect(text).toBe(xml);
  });

  it("lets the XML declaration win over a blanket utf-8 Content-Type (legacy Russian feeds behind default server config)", () => {
    const bytes = encodeWindows1251('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Привет</title></channel></rss>');
    const { text, charset } = decodeBody(bytes, "text/xml; charset=utf-8");
    expect(charset).toBe("windows-1251");
    expect(text).toContain("<title>Привет</title>");
  });

  it("uses the Content-Type charset when there is no declaration", () => {
    // "Привет" in KOI8-R.
    const bytes = Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    expect(decodeBody(bytes, 'application/rss+xml; charset="KOI8-R"')).toEqual({ text: "Привет", charset: "koi8-r" });
  });

  it("defaults to UTF-8", () => {
    expect(decodeBody(ascii("<rss>Привет</rss>"))).toEqual({ text: "<rss>Привет</rss>", charset: "utf-8" });
    expect(decodeBody(ascii("<rss/>"), "text/xml")).toEqual({ text: "<rss/>", charset: "utf-8" });
  });

  it("strips a UTF-8 BOM and lets it override the declaration and header", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('<?xml version="1.0" encoding="iso-8859-1"?><rss>é</rss>')]);
    const { text, charset } = decodeBody(bytes, "text/xml; charset=koi8-r");
    expect(charset).toBe("utf-8");
    expect(text).toBe('<?xml version="1.0" encoding="iso-8859-1"?><rss>é</rss>');
  });

  it("decodes UTF-16 with a BOM and strips it", () => {
    const le = Buffer.from("\uFEFF<rss>Ж</rss>", "utf16le");
    expect(decodeBody(le)).toEqual({ text: "<rss>Ж</rss>", charset: "utf-16le" });
    const be = Buffer.from(le).swap16();
    expect(decodeBody(be)).toEqual({ text: "<rss>Ж</rss>", charset: "utf-16be" });
  });

  it("ignores a utf-16 declaration on a body it could read as single bytes", () => {
    const { charset } = decodeBody(ascii('<?xml version="1.0" encoding="UTF-16"?><rss/>'));
    expect(charset).toBe("utf-8");
  });

  it("finds the declaration behind leading whitespace (itunes-keywords-array.rss starts with a newline)", () => {
    const bytes = Uint8Array.from([...ascii('\n  <?xml version="1.0" encoding="ISO-8859-1"?><rss>'), 0xe9, ...ascii("</rss>")]);
    expect(decodeBody(bytes).text).toBe('\n  <?xml version="1.0" encoding="ISO-8859-1"?><rss>é</rss>');
  });

  it("throws DecodeError unknown_charset for a label TextDecoder does not know", () => {
    const run = () => decodeBody(ascii('<?xml version="1.0" encoding="x-klingon"?><rss/>'));
    expect(run).toThrow(DecodeError);
    expect(run).toThrow(expect.objectContaining({ code: "unknown_charset", label: "x-klingon" }));
    expect(() => decodeBody(ascii("<rss/>"), "text/xml; charset=bogus")).toThrow(DecodeError);
  });

  it("decodes encoding.rss (jn.pt, ISO-8859-1 declared) with correct Portuguese accents", () => {
    const { text, charset } = decodeBody(readFileSync(`${REAL_FEEDS}/encoding.rss`));
    expect(charset).toBe("windows-1252");
    expect(text).toContain("<title>Jornal de Notícias - Últimas Notícias</title>");
  });

  it("decodes uolNoticias.rss (Latin-1 with no declaration) by the server's charset, or by detection without one", () => {
    const bytes = readFileSync(`${REAL_FEEDS}/uolNoticias.rss`);
    expect(decodeBody(bytes, "text/xml; charset=ISO-8859-1").text).toContain("<description>Últimas Notícias</description>");
    expect(decodeBody(bytes).text).toContain("<description>Últimas Notícias</description>");
  });
});

const RUSSIAN_PAGE = (head: string) =>
  `<!DOCTYPE html><html><head>${head}<title>Новости</title></head><body><p>Минобороны сообщило о ситуации в Донбассе. Жители города рассказали, что происходит.</p></body></html>`;

describe("decodeBody for HTML pages", () => {
  it("takes the charset from <meta charset> (a windows-1251 page served as bare text/html)", () => {
    const html = RUSSIAN_PAGE('<meta charset="windows-1251">');
    expect(decodeBody(encodeSingleByte(html, "windows-1251"), "text/html")).toEqual({ text: html, charset: "windows-1251" });
  });

  it("takes the charset from <meta http-equiv=Content-Type>", () => {
    const html = RUSSIAN_PAGE('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">');
    expect(decodeBody(encodeSingleByte(html, "koi8-r"))).toEqual({ text: html, charset: "koi8-r" });
  });

  it("finds a meta charset behind long inline scripts", () => {
    const html = RUSSIAN_PAGE(`<script>${"var a = 1;\n".repeat(300)}</script><meta charset=windows-1251>`);
    expect(decodeBody(encodeSingleByte(html, "windows-1251")).text).toBe(html);
  });

  it("lets the HTTP charset win over the meta tag when the bytes agree with it", () => {
    const html = RUSSIAN_PAGE('<meta charset="windows-1251">');
    expect(decodeBody(encodeSingleByte(html, "koi8-r"), "text/html; charset=KOI8-R").charset).toBe("koi8-r");
  });

  it("does not believe a blanket utf-8 header on windows-1251 bytes whose meta tag is right", () => {
    const html = RUSSIAN_PAGE('<meta charset="windows-1251">');
    expect(decodeBody(encodeSingleByte(html, "windows-1251"), "text/html; charset=utf-8")).toEqual({ text: html, charset: "windows-1251" });
  });

  it("detects windows-1251 and KOI8-R when nothing declares a charset", () => {
    const html = RUSSIAN_PAGE("");
    expect(decodeBody(encodeSingleByte(html, "windows-1251"), "text/html")).toEqual({ text: html, charset: "windows-1251" });
    expect(decodeBody(encodeSingleByte(html, "koi8-r"))).toEqual({ text: html, charset: "koi8-r" });
  });

  it("keeps valid UTF-8 as UTF-8 without detection", () => {
    const html = RUSSIAN_PAGE("");
    expect(decodeBody(new TextEncoder().encode(html), "text/html")).toEqual({ text: html, charset: "utf-8" });
  });
});
