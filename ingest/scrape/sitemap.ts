import { parseFeedDate } from "../parse/dates";
import { resolveHttpUrl } from "../parse/links";
import { parseXml } from "../parse/xml-parser";
import { asArray, child, isNode, readText, readValue, type XmlNode } from "../parse/xml-text";

/**
 * sitemaps.org documents: a `<urlset>` of pages, or a `<sitemapindex>` of further sitemaps. Read
 * with the project's one XML parser, so its limits and entity policy apply here too. Google News
 * sitemaps add a publication date and title per page, which are kept as hints.
 */

export interface SitemapPage {
  url: string;
  /** UTC ISO-8601 of <lastmod> or <news:publication_date>, the later of the two. */
  modified: string | null;
  published: string | null;
  title: string | null;
}

export type Sitemap = { kind: "urlset"; pages: SitemapPage[] } | { kind: "index"; sitemaps: { url: string; modified: string | null }[] };

export class SitemapError extends Error {
  readonly code = "not_a_sitemap";
}

export function parseSitemap(xml: string, baseUrl?: string): Sitemap {
  const tree = parseXml(xml, { arrayTags: ["url", "sitemap"] });
  const urlset = rootOf(tree, "urlset");
  if (urlset) {
    const pages: SitemapPage[] = [];
    for (const entry of asArray(child(urlset, ["url"])).filter(isNode)) {
      const url = resolveHttpUrl(readValue(child(entry, ["loc"])), baseUrl);
      if (!url) continue;
      const news = child(entry, ["news:news"]);
      const published = isNode(news) ? parseFeedDate(readValue(child(news, ["news:publication_date"]))) : null;
      const title = isNode(news) ? readText(child(news, ["news:title"])) : null;
      const lastmod = parseFeedDate(readValue(child(entry, ["lastmod"])));
      pages.push({ url, modified: latest(lastmod, published), published, title });
    }
    return { kind: "urlset", pages };
  }
  const index = rootOf(tree, "sitemapindex");
  if (index) {
    const sitemaps = asArray(child(index, ["sitemap"])).filter(isNode).flatMap((entry) => {
      const url = resolveHttpUrl(readValue(child(entry, ["loc"])), baseUrl);
      return url ? [{ url, modified: parseFeedDate(readValue(child(entry, ["lastmod"]))) }] : [];
    });
    return { kind: "index", sitemaps };
  }
  throw new SitemapError("The document is neither a <urlset> nor a <sitemapindex>");
}

/** Newest first; undated entries last, in document order. */
export function newestFirst<T extends { modified: string | null }>(entries: T[]): T[] {
  return entries.map((e, i) => ({ e, i })).sort((a, b) => (b.e.modified ?? "").localeCompare(a.e.modified ?? "") || a.i - b.i).map(({ e }) => e);
}

function rootOf(tree: XmlNode, name: string): XmlNode | null {
  // Some generators prefix the root ("sm:urlset"); the local name is what identifies it.
  const key = Object.keys(tree).find((k) => k === name || k.endsWith(`:${name}`));
  const root = key ? tree[key] : null;
  return isNode(root) ? root : null;
}

function latest(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}
