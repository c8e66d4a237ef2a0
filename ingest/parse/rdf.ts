/**
 * RSS 1.0 and RSS 0.90, both RDF documents: `<rdf:RDF>` holding a `<channel>` and, beside it, the
 * `<item>`s. Item fields are RSS's own (title, link, description, dc:*, content:encoded), so the
 * channel and item readers are shared with rss.ts.
 */
import type { ParsedFeed } from "../types";
import { FeedParseError } from "./errors";
import { parseChannel, RSS_XML_OPTIONS, type ParseRssOptions } from "./rss";
import type { XmlParseOptions } from "./xml-parser";
import { asArray, first, isNode, type XmlNode } from "./xml-text";

export const RDF_XML_OPTIONS: XmlParseOptions = RSS_XML_OPTIONS;

export function parseRdf(doc: XmlNode, opts: ParseRssOptions = {}): ParsedFeed {
  const rdf = doc["rdf:RDF"];
  if (!isNode(rdf)) throw new FeedParseError("invalid_feed", "<rdf:RDF> has no content");
  const channel = first(rdf.channel);
  if (!isNode(channel)) throw new FeedParseError("invalid_feed", "<rdf:RDF> has no <channel>");
  // Items are siblings of the channel; some generators nest them inside it as in RSS 2.0.
  return parseChannel(channel, [rdf, channel], [...asArray(rdf.item), ...asArray(channel.item)], opts);
}
