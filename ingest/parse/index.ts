/**
 * parse-feed: the one dispatch from decoded text to ParsedFeed (DESIGN.md §7.3). Each format is a
 * row in FORMATS, chosen by the document's root; a new format is a new row, not a change to callers.
 */
import type { ParsedFeed } from "../types";
import { FeedFormatError } from "./errors";
import { ATOM_XML_OPTIONS, parseAtom } from "./atom";
import { parseJsonFeed } from "./json-feed";
import { parseRdf, RDF_XML_OPTIONS } from "./rdf";
import { parseRss, RSS_XML_OPTIONS } from "./rss";
import { assertWithinSizeCap, parseXml } from "./xml-parser";

export { FeedError, FeedFormatError, FeedParseError, isFeedError } from "./errors";
export type { FeedErrorCode, FeedParseErrorCode } from "./errors";
export { parseFeedDate } from "./dates";

export interface ParseFeedOptions {
  /** The URL the feed was fetched from; resolves relative links when the feed has no usable base. */
  baseUrl?: string;
  /** Byte cap checked before any parsing (DESIGN.md §6). */
  maxBytes?: number;
}

interface FeedFormat {
  name: string;
  /** Root element names (as written, prefix included) this format claims, or "json" for a JSON document. */
  roots: readonly string[];
  parse(text: string, opts: ParseFeedOptions): ParsedFeed;
}

export const FORMATS: readonly FeedFormat[] = [
  {
    name: "RSS 2.0/0.9x",
    roots: ["rss"],
    parse: (text, opts) => parseRss(parseXml(text, { ...RSS_XML_OPTIONS, maxBytes: opts.maxBytes }), opts),
  },
  {
    name: "RSS 1.0/0.90 (RDF)",
    roots: ["rdf:RDF"],
    parse: (text, opts) => parseRdf(parseXml(text, { ...RDF_XML_OPTIONS, maxBytes: opts.maxBytes }), opts),
  },
  {
    name: "Atom 1.0/0.3",
    roots: ["feed"],
    parse: (text, opts) => parseAtom(parseXml(text, { ...ATOM_XML_OPTIONS, maxBytes: opts.maxBytes }), opts),
  },
  {
    name: "JSON Feed 1.0/1.1",
    roots: ["json"],
    parse: (text, opts) => parseJsonFeed(text, opts),
  },
];

/** The format a document's root names, or null (HTML, unknown XML, plain text). */
export function detectFeedFormat(text: string): string | null {
  return formatOf(sniffRoot(text))?.name ?? null;
}

function formatOf(root: Root): FeedFormat | undefined {
  const key = root.kind === "xml" ? root.name : root.kind;
  return root.kind === "xml" || root.kind === "json" ? FORMATS.find((f) => f.roots.includes(key)) : undefined;
}

export function parseFeed(text: string, opts: ParseFeedOptions = {}): ParsedFeed {
  // The cap comes before anything looks at the text, sniffing included (DESIGN.md §6).
  assertWithinSizeCap(text, opts.maxBytes);
  const root = sniffRoot(text);
  const format = formatOf(root);
  if (!format) throw new FeedFormatError(`feed format not detected: found ${describe(root)}`);
  return format.parse(text, opts);
}

type Root = { kind: "xml"; name: string } | { kind: "json" } | { kind: "html" } | { kind: "none"; start: string };

// Prolog before the root: BOM, whitespace, XML declaration, processing instructions, comments, a DOCTYPE
// (with an internal subset in brackets). Each alternative can match a given text in only one way, so
// hostile prologs cannot make the regex backtrack.
const PROLOG = /^(?:[\uFEFF\s]|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[^\]]*\])*>)*/i;

/** Reads only the prolog and the first tag name: the XML parser runs once, in the chosen format. */
function sniffRoot(text: string): Root {
  const head = text.slice(0, 64 * 1024);
  const prolog = PROLOG.exec(head)?.[0] ?? "";
  if (/<!DOCTYPE\s+html/i.test(prolog)) return { kind: "html" };
  const rest = head.slice(prolog.length);
  if (/^[{[]/.test(rest)) return { kind: "json" };
  const tag = /^<([^\s/>!?]+)/.exec(rest);
  if (!tag) return { kind: "none", start: rest.slice(0, 40) };
  const name = tag[1]!;
  // Error pages are the usual non-feed at a feed URL; <head>/<body> roots are HTML without <html>.
  if (/^(html|head|body)$/i.test(name)) return { kind: "html" };
  return { kind: "xml", name };
}

function describe(root: Root): string {
  switch (root.kind) {
    case "xml":
      return `<${root.name}> root element, which is not RSS, RDF or Atom`;
    case "json":
      return "a JSON document";
    case "html":
      return "an HTML page";
    case "none":
      return root.start.trim() ? `text starting ${JSON.stringify(root.start)}` : "an empty document";
  }
}
