/**
 * Reading values out of the tree that xml-parser.ts produces. The parser leaves entities
 * undecoded and CDATA separate, so this is where XML text becomes JS strings — in one place, with
 * one rule per kind of field.
 */
import { decodeHTMLStrict, decodeXML } from "entities";
import { ATTR_PREFIX, CDATA_KEY, TEXT_KEY, type XmlNode } from "./xml-parser";

export type { XmlNode };

export function isNode(v: unknown): v is XmlNode {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Single-valued fields repeated by sloppy feeds: the first occurrence wins. */
export function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** The first child present under any of the names (e.g. a namespaced tag under several prefixes). */
export function child(node: XmlNode, names: Iterable<string>): unknown {
  for (const name of names) if (node[name] !== undefined) return node[name];
  return undefined;
}

export function attr(node: unknown, name: string): string | null {
  if (!isNode(node)) return null;
  const raw = node[ATTR_PREFIX + name];
  if (typeof raw !== "string") return null;
  return emptyToNull(decodeXML(raw).trim());
}

interface Segment {
  cdata: boolean;
  text: string;
}

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Document-order pieces of an element's content. Stop nodes arrive as raw strings with CDATA markers. */
function segments(v: unknown): Segment[] {
  const value = first(v);
  if (typeof value === "string") return splitCdata(value);
  if (!isNode(value)) return [];
  const out: Segment[] = [];
  for (const [key, content] of Object.entries(value)) {
    if (key === TEXT_KEY && typeof content === "string") out.push(...splitCdata(content));
    if (key === CDATA_KEY) for (const c of asArray(content)) out.push({ cdata: true, text: String(c) });
  }
  return out;
}

function splitCdata(raw: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of raw.matchAll(CDATA_SECTION)) {
    if (m.index > last) out.push({ cdata: false, text: raw.slice(last, m.index) });
    out.push({ cdata: true, text: m[1] ?? "" });
    last = m.index + m[0].length;
  }
  if (last < raw.length) out.push({ cdata: false, text: raw.slice(last) });
  return out;
}

/**
 * An identifier-like value (link, guid, date, language): XML entities decoded, CDATA verbatim,
 * stray child elements dropped.
 */
export function readValue(v: unknown): string | null {
  const joined = segments(v)
    .map((s) => (s.cdata ? s.text : decodeXML(stripTags(s.text))))
    .join("");
  return emptyToNull(joined.trim());
}

/**
 * A human-readable one-line field (title, author, category). Decoded a second time as HTML
 * because feeds routinely double-escape (`&amp;#8217;`) or put HTML entities inside CDATA.
 * Strict decoding: "AT&T" or "&copy" without a semicolon stay as written.
 */
export function readText(v: unknown): string | null {
  const value = readValue(v);
  if (value === null) return null;
  return emptyToNull(decodeHTMLStrict(value).replace(/\s+/g, " ").trim());
}

/**
 * An HTML field (description, content:encoded). Escaped HTML in a text node is XML-decoded once;
 * CDATA and inline XHTML elements are already HTML and are kept byte for byte.
 */
export function readHtml(v: unknown): string | null {
  const joined = segments(v)
    .map((s) => (s.cdata || s.text.includes("<") ? s.text : decodeXML(s.text)))
    .join("");
  return emptyToNull(joined.trim());
}

function stripTags(s: string): string {
  return s.includes("<") ? s.replace(/<[^>]*>/g, "") : s;
}

export function emptyToNull(s: string | null | undefined): string | null {
  return s ? s : null;
}
