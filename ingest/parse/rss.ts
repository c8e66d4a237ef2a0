/**
 * RSS 2.0 and 0.9x (the same shape) → ParsedFeed; RSS 1.0 (rdf.ts) shares the channel and item readers. Takes the tree from xml-parser.ts parsed with
 * RSS_XML_OPTIONS; one broken item is reported in `problems` and never sinks the feed.
 */
import type { FeedEnclosure, FeedItem, FeedMeta, ItemProblem, ParsedFeed } from "../types";
import { parseFeedDate } from "./dates";
import { FeedParseError } from "./errors";
import { byteLength, distinct, firstDate, readSummary } from "./fields";
import { distinctEnclosures, mediaDescription, mediaEnclosures } from "./media";
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
  stopNodes: [
    "*.title", "*.description", "*.content:encoded", "*.author", "*.dc:creator", "*.category", "*.dc:subject",
    "*.media:description",
  ],
  arrayTags: ["item", "category", "enclosure", "author", "dc:creator", "dc:subject", "media:content"],
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
  // Items belong in <channel>; a few 0.9x generators put them directly under <rss>.
  return parseChannel(channel, [rss, channel], [...asArray(channel.item), ...asArray(rss.item)], opts);
}

/**
 * A channel and its items, for RSS 0.9x/2.0 and RSS 1.0 alike: RDF only moves the items beside the
 * channel and names them with rdf:about, and the item elements are otherwise the same.
 */
export function parseChannel(channel: XmlNode, scopes: XmlNode[], rawItems: unknown[], opts: ParseRssOptions): ParsedFeed {
  const prefixes = {
    atom: prefixesFor(NS.atom, scopes),
    content: prefixesFor(NS.content, scopes),
    dc: prefixesFor(NS.dc, scopes),
    media: prefixesFor(NS.media, scopes),
    slash: prefixesFor(NS.slash, scopes),
    sy: prefixesFor(NS.sy, scopes),
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
  rawItems.forEach((raw, index) => {
    try {
      items.push(parseItem(raw, ctx));
    } catch (e) {
      problems.push({ index, message: e instanceof Error ? e.message : String(e) });
    }
  });
  const ttlMinutes = feedTtlMinutes(readValue(first(channel.ttl)), first(ns(channel, ctx, "sy", "updatePeriod")), first(ns(channel, ctx, "sy", "updateFrequency")));
  return ttlMinutes === null ? { feed, items, problems } : { feed, items, problems, ttlMinutes };
}

const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/** RSS <ttl> minutes, else the syndication module's period divided by its frequency; null when neither is usable. */
function feedTtlMinutes(ttl: string | null, period: unknown, frequency: unknown): number | null {
  if (ttl && /^\d{1,7}$/.test(ttl) && Number(ttl) > 0) return Number(ttl);
  const minutes = PERIOD_MINUTES[readValue(period)?.toLowerCase() ?? ""];
  if (!minutes) return null;
  const times = readValue(frequency);
  const perPeriod = times && /^\d{1,5}$/.test(times) && Number(times) > 0 ? Number(times) : 1;
  return Math.max(1, Math.round(minutes / perPeriod));
}

function parseItem(item: unknown, ctx: Context): FeedItem {
  if (!isNode(item)) throw new Error("item has no child elements");
  const guidNode = first(item.guid);
  // RSS 1.0 names each item with rdf:about instead of a guid.
  const guid = readValue(guidNode) ?? attr(item, "rdf:about");
  // RSS 2.0: isPermaLink defaults to true. Only an absolute guid can stand in for a link, though:
  // "12345" with the attribute forgotten is an id, not a path under the site.
  const guidIsLink = attr(guidNode, "isPermaLink")?.toLowerCase() !== "false";
  const link = resolveHttpUrl(firstValue(item.link), ctx.base) ?? (guidIsLink ? resolveHttpUrl(guid) : null);
  // Content came from the article page, so its relative links are relative to that page ("#notes").
  const contentBase = link ?? ctx.base;
  const contentHtml = readHtml(first(ns(item, ctx, "content", "encoded")));
  const media = ctx.prefixes.media;

  return {
    guid,
    link,
    title: readText(item.title),
    published: parseFeedDate(readValue(item.pubDate)) ?? firstDate(ns(item, ctx, "dc", "date")),
    updated: firstDate(ns(item, ctx, "atom", "updated")),
    authors: distinct([...asArray(item.author), ...ns(item, ctx, "dc", "creator")].map(readText)),
    categories: distinct([...asArray(item.category), ...ns(item, ctx, "dc", "subject")].map(readText)),
    summary: readSummary(item.description, contentBase) ?? readSummary(mediaDescription(item, media), contentBase),
    contentHtml: contentHtml === null ? null : absolutiseHtml(contentHtml, contentBase),
    enclosures: distinctEnclosures([
      ...asArray(item.enclosure).flatMap((e) => parseEnclosure(e, ctx.base) ?? []),
      ...mediaEnclosures(item, media, contentBase),
    ]),
  };
}

function ns(node: XmlNode, ctx: Context, which: keyof typeof NS, local: string): unknown[] {
  const namespace: Namespace = NS[which];
  return nsChildren(node, namespace, ctx.prefixes[which], local);
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

function parseEnclosure(e: unknown, base: string | null): FeedEnclosure | null {
  const url = resolveHttpUrl(attr(e, "url"), base);
  if (!url) return null;
  return { url, type: attr(e, "type"), length: byteLength(attr(e, "length")) };
}
