/**
 * RSS 2.0 and 0.9x (the same shape) → ParsedFeed. Takes the tree from xml-parser.ts parsed with
 * RSS_XML_OPTIONS; one broken item is reported in `problems` and never sinks the feed.
 */
import { decodeHTMLStrict } from "entities";
import type { FeedEnclosure, FeedItem, FeedMeta, ItemProblem, ParsedFeed } from "../types";
import { parseFeedDate } from "./dates";
import { FeedParseError } from "./errors";
import { absolutiseHtml, resolveHttpUrl } from "./links";
import { NS, nsChildren, prefixesFor, type Namespace } from "./namespaces";
import type { XmlParseOptions } from "./xml-parser";
import { asArray, attr, emptyToNull, first, isNode, readHtml, readText, readValue, type XmlNode } from "./xml-text";

export interface ParseRssOptions {
  /** Where the feed was fetched from; resolves relative links when the feed gives no usable base. */
  baseUrl?: string;
}

export const RSS_XML_OPTIONS: XmlParseOptions = {
  // Text and HTML fields come back raw so CDATA/text order and inline markup survive (see xml-text.ts).
  stopNodes: ["*.title", "*.description", "*.content:encoded", "*.author", "*.dc:creator", "*.category"],
  arrayTags: ["item", "category", "enclosure", "author", "dc:creator"],
};

interface Context {
  /** Base for item links and enclosures: channel link, else atom:link rel=self, else baseUrl. */
  base: string | null;
  prefixes: Record<keyof typeof NS, Set<string>>;
}

export function parseRss(doc: XmlNode, opts: ParseRssOptions = {}): ParsedFeed {
  const rss = doc.rss;
  if (!isNode(rss)) throw new FeedParseError("invalid_feed", "<rss> has no content");
  const channel = first(rss.channel);
  if (!isNode(channel)) throw new FeedParseError("invalid_feed", "<rss> has no <channel>");

  const scopes = [rss, channel];
  const prefixes = {
    atom: prefixesFor(NS.atom, scopes),
    content: prefixesFor(NS.content, scopes),
    dc: prefixesFor(NS.dc, scopes),
  };
  const baseUrl = resolveHttpUrl(opts.baseUrl);
  const selfHref = nsChildren(channel, NS.atom, prefixes.atom, "link").find(
    (l) => attr(l, "rel")?.toLowerCase() === "self",
  );
  const selfUrl = resolveHttpUrl(attr(selfHref, "href"), baseUrl);
  const link = resolveHttpUrl(firstValue(channel.link), baseUrl ?? selfUrl);
  const ctx: Context = { base: link ?? selfUrl ?? baseUrl, prefixes };

  const feed: FeedMeta = {
    title: readText(channel.title) ?? "",
    link,
    description: readSummary(channel.description, ctx.base),
    language: readValue(channel.language) ?? readValue(first(ns(channel, ctx, "dc", "language"))),
  };

  const items: FeedItem[] = [];
  const problems: ItemProblem[] = [];
  // Items belong in <channel>; a few 0.9x generators put them directly under <rss>.
  [...asArray(channel.item), ...asArray(rss.item)].forEach((raw, index) => {
    try {
      items.push(parseItem(raw, ctx));
    } catch (e) {
      problems.push({ index, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { feed, items, problems };
}

function parseItem(item: unknown, ctx: Context): FeedItem {
  if (!isNode(item)) throw new Error("item has no child elements");
  const guidNode = first(item.guid);
  const guid = readValue(guidNode);
  // RSS 2.0: isPermaLink defaults to true. Only an absolute guid can stand in for a link, though:
  // "12345" with the attribute forgotten is an id, not a path under the site.
  const guidIsLink = attr(guidNode, "isPermaLink")?.toLowerCase() !== "false";
  const link = resolveHttpUrl(firstValue(item.link), ctx.base) ?? (guidIsLink ? resolveHttpUrl(guid) : null);
  // Content came from the article page, so its relative links are relative to that page ("#notes").
  const contentBase = link ?? ctx.base;
  const contentHtml = readHtml(first(ns(item, ctx, "content", "encoded")));

  return {
    guid,
    link,
    title: readText(item.title),
    published: parseFeedDate(readValue(item.pubDate)) ?? firstDate(ns(item, ctx, "dc", "date")),
    updated: firstDate(ns(item, ctx, "atom", "updated")),
    authors: distinct([...asArray(item.author), ...ns(item, ctx, "dc", "creator")].map(readText)),
    categories: distinct(asArray(item.category).map(readText)),
    summary: readSummary(item.description, contentBase),
    contentHtml: contentHtml === null ? null : absolutiseHtml(contentHtml, contentBase),
    enclosures: asArray(item.enclosure).flatMap((e) => parseEnclosure(e, ctx.base) ?? []),
  };
}

function ns(node: XmlNode, ctx: Context, which: keyof typeof NS, local: string): unknown[] {
  const namespace: Namespace = NS[which];
  return nsChildren(node, namespace, ctx.prefixes[which], local);
}

/**
 * Summaries are text fields (entities decoded, double-escaping undone) that may carry markup;
 * links are made absolute first, while the attribute values are still escaped.
 */
function readSummary(v: unknown, base: string | null): string | null {
  const html = readHtml(v);
  if (html === null) return null;
  return emptyToNull(decodeHTMLStrict(absolutiseHtml(html, base)).trim());
}

/**
 * The first non-empty `<link>`: feeds that make Atom the default namespace put an empty
 * `<link href="…" rel="self"/>` next to the RSS one, sometimes before it.
 */
function firstValue(v: unknown): string | null {
  for (const node of asArray(v)) {
    const value = readValue(node);
    if (value) return value;
  }
  return null;
}

function firstDate(values: unknown[]): string | null {
  for (const v of values) {
    const date = parseFeedDate(readValue(v));
    if (date) return date;
  }
  return null;
}

function parseEnclosure(e: unknown, base: string | null): FeedEnclosure | null {
  const url = resolveHttpUrl(attr(e, "url"), base);
  if (!url) return null;
  const length = attr(e, "length");
  const bytes = length !== null && /^\d+$/.test(length) ? Number(length) : null;
  return { url, type: attr(e, "type"), length: bytes !== null && Number.isSafeInteger(bytes) ? bytes : null };
}

/** Order-preserving dedupe; feeds repeat a category or list the author under author and dc:creator. */
function distinct(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}
