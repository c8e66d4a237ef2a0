/**
 * Media RSS (media:content, media:group, media:description), which RSS and Atom feeds alike use for
 * images and video: attachments become enclosures, and a media description stands in for a missing
 * summary.
 */
import type { FeedEnclosure } from "../types";
import { byteLength } from "./fields";
import { resolveHttpUrl } from "./links";
import { NS, nsChildren } from "./namespaces";
import { attr, isNode, type XmlNode } from "./xml-text";

export function mediaEnclosures(node: XmlNode, prefixes: Set<string>, base: string | null): FeedEnclosure[] {
  const groups = nsChildren(node, NS.media, prefixes, "group").filter(isNode);
  const contents = [node, ...groups].flatMap((n) => nsChildren(n, NS.media, prefixes, "content"));
  const out: FeedEnclosure[] = [];
  for (const c of contents) {
    const url = resolveHttpUrl(attr(c, "url"), base);
    if (!url) continue;
    out.push({ url, type: attr(c, "type"), length: byteLength(attr(c, "fileSize")) });
  }
  return out;
}

export function mediaDescription(node: XmlNode, prefixes: Set<string>): unknown {
  const groups = nsChildren(node, NS.media, prefixes, "group").filter(isNode);
  for (const n of [node, ...groups]) {
    const found = nsChildren(n, NS.media, prefixes, "description")[0];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Enclosures in document order with repeats dropped: feeds list one file as enclosure and media:content. */
export function distinctEnclosures(enclosures: FeedEnclosure[]): FeedEnclosure[] {
  const seen = new Set<string>();
  return enclosures.filter((e) => !seen.has(e.url) && (seen.add(e.url), true));
}
