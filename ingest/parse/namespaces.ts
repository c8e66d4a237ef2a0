/**
 * Namespaced children without a namespace-aware parser. Feeds almost always use the conventional
 * prefixes (`dc:`, `content:`, `atom:`), but FeedBurner writes `atom10:link` and declares it on the
 * element itself, and some feeds misspell the URI (no trailing slash), so match loosely.
 */
import { asArray, attr, isNode, type XmlNode } from "./xml-text";

export interface Namespace {
  uri: string;
  /** The prefix nearly every feed uses; accepted even when undeclared or declared with a typo'd URI. */
  prefix: string;
}

export const NS = {
  atom: { uri: "http://www.w3.org/2005/Atom", prefix: "atom" },
  content: { uri: "http://purl.org/rss/1.0/modules/content/", prefix: "content" },
  dc: { uri: "http://purl.org/dc/elements/1.1/", prefix: "dc" },
  media: { uri: "http://search.yahoo.com/mrss/", prefix: "media" },
  slash: { uri: "http://purl.org/rss/1.0/modules/slash/", prefix: "slash" },
  sy: { uri: "http://purl.org/rss/1.0/modules/syndication/", prefix: "sy" },
} as const satisfies Record<string, Namespace>;

function sameUri(a: string | null, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/[/#]+$/, "");
  return a !== null && norm(a) === norm(b);
}

/** Prefixes bound to `ns` by declarations on the given ancestors (root, channel), plus the usual one. */
export function prefixesFor(ns: Namespace, scopes: unknown[]): Set<string> {
  const found = new Set([ns.prefix]);
  for (const scope of scopes) {
    if (!isNode(scope)) continue;
    for (const key of Object.keys(scope)) {
      const m = /^@_xmlns:(.+)$/.exec(key);
      if (m && sameUri(attr(scope, `xmlns:${m[1]}`), ns.uri)) found.add(m[1]!);
    }
  }
  return found;
}

/** Every `prefix:local` child of `node` in namespace `ns`, in document order per prefix. */
export function nsChildren(node: XmlNode, ns: Namespace, prefixes: Set<string>, local: string): unknown[] {
  const out: unknown[] = [];
  for (const key of Object.keys(node)) {
    const colon = key.indexOf(":");
    if (colon <= 0 || key.slice(colon + 1) !== local) continue;
    const prefix = key.slice(0, colon);
    const values = asArray(node[key]);
    const declaredHere = values.some((v) => sameUri(attr(v, `xmlns:${prefix}`), ns.uri));
    if (prefixes.has(prefix) || declaredHere) out.push(...values);
  }
  return out;
}
