/**
 * Atom 1.0 (RFC 4287) and its predecessor Atom 0.3 → ParsedFeed. Both are `<feed>` documents; 0.3
 * differs in names (issued/modified, tagline) and in how content says what it is (MIME type plus
 * mode instead of text/html/xhtml). xml:base is honoured on the feed, the entry, links and content.
 */
import { decodeHTMLStrict } from "entities";
import type { FeedEnclosure, FeedItem, FeedMeta, ItemProblem, ParsedFeed } from "../types";
import { FeedParseError } from "./errors";
import { byteLength, distinct, escapeHtml, firstDate, summaryFromHtml, textToHtml } from "./fields";
import { absolutiseHtml, resolveHttpUrl, resolveUrl } from "./links";
import { distinctEnclosures, mediaDescription, mediaEnclosures } from "./media";
import { NS, nsChildren, prefixesFor } from "./namespaces";
import type { XmlParseOptions } from "./xml-parser";
import { asArray, attr, emptyToNull, first, isNode, readHtml, readText, readValue, type XmlNode } from "./xml-text";

export interface ParseAtomOptions {
  /** Where the feed was fetched from: the base for relative links and xml:base values. */
  baseUrl?: string;
}

export const ATOM_XML_OPTIONS: XmlParseOptions = {
  // Text constructs come back raw: their `type` decides whether they are text, escaped HTML or XHTML.
  stopNodes: ["*.title", "*.subtitle", "*.tagline", "*.summary", "*.content", "*.media:description", "*.dc:creator"],
  arrayTags: ["entry", "link", "author", "category", "dc:creator", "media:content"],
};

interface Context {
  /** The feed's base: its xml:base against the document's URL. */
  base: string | null;
  /** Authors of the feed, which entries without their own inherit (RFC 4287 §4.2.1). */
  feedAuthors: string[];
  media: Set<string>;
  dc: Set<string>;
}

export function parseAtom(doc: XmlNode, opts: ParseAtomOptions = {}): ParsedFeed {
  const root = doc.feed;
  // `<feed/>` with no children is well-formed but not a feed.
  if (!isNode(root)) throw new FeedParseError("invalid_feed", "<feed> has no content");

  const links = asArray(root.link);
  const documentUrl = resolveHttpUrl(opts.baseUrl) ?? linkHref(links, "self", null) ?? linkHref(links, "alternate", null);
  const base = withXmlBase(root, documentUrl);
  const ctx: Context = {
    base,
    feedAuthors: authorsOf(root, prefixesFor(NS.dc, [root])),
    media: prefixesFor(NS.media, [root]),
    dc: prefixesFor(NS.dc, [root]),
  };

  const feed: FeedMeta = {
    title: constructText(root.title) ?? "",
    link: linkHref(links, "alternate", base),
    description: summaryOf(first(root.subtitle ?? root.tagline), base),
    language: attr(root, "xml:lang"),
  };

  const items: FeedItem[] = [];
  const problems: ItemProblem[] = [];
  asArray(root.entry).forEach((raw, index) => {
    try {
      items.push(parseEntry(raw, ctx));
    } catch (e) {
      problems.push({ index, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { feed, items, problems };
}

function parseEntry(entry: unknown, ctx: Context): FeedItem {
  if (!isNode(entry)) throw new Error("entry has no child elements");
  const base = withXmlBase(entry, ctx.base);
  const links = asArray(entry.link);
  const id = readValue(first(entry.id));
  // An id is an identifier, not a promise of a page; it stands in for the link only when there is none.
  const link = linkHref(links, "alternate", base) ?? (links.length === 0 ? resolveHttpUrl(id) : null);
  const contentNode = first(entry.content);
  // Without an xml:base of its own, content was written for the article page, like RSS content.
  const contentBase = isNode(contentNode) && attr(contentNode, "xml:base") ? withXmlBase(contentNode, base) : link ?? base;
  const contentHtml = contentOf(contentNode);
  const ownAuthors = authorsOf(entry, ctx.dc);

  return {
    guid: id,
    link,
    title: constructText(entry.title),
    // Atom requires only `updated`; an entry that states nothing else is dated by it, as readers do.
    published: firstDate([entry.published, entry.issued, entry.created, entry.updated, entry.modified]),
    updated: firstDate([entry.updated, entry.modified]),
    authors: ownAuthors.length ? ownAuthors : ctx.feedAuthors,
    categories: distinct(asArray(entry.category).map((c) => attr(c, "term") ?? attr(c, "label") ?? readText(c))),
    summary: summaryOf(first(entry.summary), contentBase) ?? summaryOf(mediaDescription(entry, ctx.media), contentBase),
    contentHtml: contentHtml === null ? null : absolutiseHtml(contentHtml, contentBase),
    enclosures: distinctEnclosures([...enclosureLinks(links, base), ...mediaEnclosures(entry, ctx.media, contentBase)]),
  };
}

/** The element's xml:base resolved against the inherited base (RFC 3986 resolution, as XML Base says). */
function withXmlBase(node: unknown, inherited: string | null): string | null {
  const own = attr(node, "xml:base");
  if (!own) return inherited;
  return resolveUrl(own, inherited) ?? inherited;
}

function relOf(link: unknown): string {
  return (attr(link, "rel") ?? "alternate").toLowerCase();
}

/** The href of the first link with this rel, an HTML one preferred when several are alternates. */
function linkHref(links: unknown[], rel: string, base: string | null): string | null {
  const candidates = links.filter((l) => relOf(l) === rel && attr(l, "href"));
  const html = candidates.find((l) => /html/i.test(attr(l, "type") ?? "text/html"));
  const chosen = html ?? candidates[0];
  return chosen ? resolveHttpUrl(attr(chosen, "href"), withXmlBase(chosen, base)) : null;
}

function enclosureLinks(links: unknown[], base: string | null): FeedEnclosure[] {
  return links.flatMap((l) => {
    if (relOf(l) !== "enclosure") return [];
    const url = resolveHttpUrl(attr(l, "href"), withXmlBase(l, base));
    return url ? [{ url, type: attr(l, "type"), length: byteLength(attr(l, "length")) }] : [];
  });
}

function authorsOf(node: XmlNode, dc: Set<string>): string[] {
  const names = asArray(node.author).map((a) => (isNode(a) ? readText(first(a.name)) ?? readText(first(a.email)) : readText(a)));
  return distinct([...names, ...nsChildren(node, NS.dc, dc, "creator").map(readText)]);
}

type ConstructKind = "text" | "html" | "xhtml";

/**
 * What a text construct holds. Atom 1.0 says text, html or xhtml; Atom 0.3 gives a MIME type and a
 * mode (xml, escaped, base64), and base64 content is decoded here.
 */
interface Construct {
  kind: ConstructKind;
  raw: unknown;
  /** Base64 content (Atom 0.3), decoded: the final string, no XML decoding left to do. */
  decoded?: string;
}

function construct(v: unknown): Construct | null {
  const node = first(v);
  if (node === undefined || node === null) return null;
  const type = (attr(node, "type") ?? "text").toLowerCase();
  const mode = attr(node, "mode")?.toLowerCase() ?? null;
  const htmlish = type === "html" || type === "text/html";
  const xhtmlish = type === "xhtml" || type === "application/xhtml+xml";
  if (mode === "base64") {
    const decoded = Buffer.from(readValue(node) ?? "", "base64").toString("utf8");
    return { kind: htmlish || xhtmlish ? "html" : "text", raw: node, decoded };
  }
  if (mode === "escaped") return { kind: htmlish || xhtmlish ? "html" : "text", raw: node };
  if (htmlish) return { kind: mode === "xml" ? "xhtml" : "html", raw: node };
  if (xhtmlish) return { kind: "xhtml", raw: node };
  if (type === "text" || type === "text/plain") return { kind: "text", raw: node };
  return null; // another media type (an image, a PDF): nothing to show as text
}

/** A text construct as HTML: escaped HTML decoded once, XHTML unwrapped, text escaped. */
function constructHtml(v: unknown): string | null {
  const c = construct(v);
  if (!c) return null;
  if (c.decoded !== undefined) return emptyToNull((c.kind === "html" ? c.decoded : textToHtml(c.decoded)).trim());
  if (c.kind === "text") {
    const text = readValue(c.raw);
    return text === null ? null : textToHtml(text);
  }
  const html = readHtml(c.raw);
  if (html === null) return null;
  return c.kind === "xhtml" ? unwrapXhtmlDiv(html) : html;
}

/** A title or similar as one line of plain text, whatever the construct's type. */
function constructText(v: unknown): string | null {
  const c = construct(v);
  if (!c) return readText(v);
  if (c.kind === "text") return c.decoded !== undefined ? emptyToNull(c.decoded.replace(/\s+/g, " ").trim()) : readText(c.raw);
  const html = constructHtml(v);
  if (html === null) return null;
  return emptyToNull(decodeHTMLStrict(html.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim());
}

function summaryOf(v: unknown, base: string | null): string | null {
  const c = construct(v);
  if (c?.kind === "text") {
    const text = c.decoded ?? readValue(c.raw);
    return text === null ? null : summaryFromHtml(escapeHtml(text), base);
  }
  const html = constructHtml(v);
  return html === null ? null : summaryFromHtml(html, base);
}

/** Content given in the entry; `src` points elsewhere (out-of-line content), which is not fetched here. */
function contentOf(node: unknown): string | null {
  if (node === undefined || attr(node, "src")) return null;
  return constructHtml(node);
}

/** RFC 4287 §3.1.1.3: xhtml content is wrapped in one `<div>` that is not part of the content. */
function unwrapXhtmlDiv(html: string): string {
  const m = /^\s*<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/i.exec(html);
  return emptyToNull((m ? m[1]! : html).trim()) ?? "";
}
