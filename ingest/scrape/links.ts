import { parseHTML } from "linkedom";
import { canonicalUrl } from "../normalise";

/**
 * List page → article links. With the outlet's CSS selector, the links it selects; without one,
 * same-site links whose path looks like an article rather than a section, tag, author or
 * pagination page. Pure: no I/O.
 */

export interface LinkRules {
  /** CSS selector of article links (or of elements that contain them). */
  linkSelector?: string;
}

// Path segments that name listings and site furniture, in the languages of the monitored outlets.
const NON_ARTICLE_SEGMENTS = new Set([
  "tag", "tags", "category", "categories", "rubric", "rubrics", "section", "sections", "topic", "topics",
  "author", "authors", "page", "search", "login", "logout", "signin", "signup", "register", "account",
  "profile", "user", "users", "about", "contact", "contacts", "feed", "rss", "subscribe", "archive",
  "privacy", "terms", "advertising", "ads", "cart", "wp-admin", "wp-login.php", "cdn-cgi",
  "avtor", "avtory", "teg", "tegi", "rubrika", "kategoriya", "poisk", "o-nas", "kontakty", "reklama",
]);
const NON_ARTICLE_FILES = /\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|mp[34]|css|js|xml|rss|json|ico)$/i;
const PAGINATION_QUERY = /(?:^|&)(?:page|p|paged|sort|tag|category|author)=/i;

export function findArticleLinks(html: string, pageUrl: string, rules: LinkRules = {}): string[] {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  const base = resolve(baseHref, pageUrl) ?? pageUrl;
  const anchors = rules.linkSelector ? selectedAnchors(document, rules.linkSelector) : [...document.querySelectorAll("a[href]")];
  const page = new URL(pageUrl);
  const links = new Set<string>();
  for (const anchor of anchors) {
    const url = canonicalUrl(resolve(anchor.getAttribute("href"), base));
    if (!url || links.has(url) || sameDocument(url, page)) continue;
    if (rules.linkSelector || looksLikeArticleUrl(url, page)) links.add(url);
  }
  return [...links];
}

/** Same site, and a path that reads as one article: an id or date in it, or a long slug. */
export function looksLikeArticleUrl(link: string, listPage: URL): boolean {
  const url = new URL(link);
  if (!sameSite(url.hostname, listPage.hostname)) return false;
  if (PAGINATION_QUERY.test(url.search.slice(1))) return false;
  const segments = url.pathname.split("/").filter(Boolean).map((s) => safeDecode(s).toLowerCase());
  if (segments.length === 0) return false;
  if (segments.some((s) => NON_ARTICLE_SEGMENTS.has(s))) return false;
  const last = segments.at(-1)!;
  if (NON_ARTICLE_FILES.test(last)) return false;
  const hasId = segments.some((s) => /\d{4,}/.test(s)) || /\d{2,}/.test(last);
  const slugWords = last.replace(/\.(?:s?html?|php|aspx?)$/, "").split(/[-_+]+/).filter(Boolean).length;
  const listDepth = listPage.pathname.split("/").filter(Boolean).length;
  return hasId || slugWords >= 3 || (segments.length > listDepth + 1 && last.length >= 12);
}

function selectedAnchors(document: ParentNode, selector: string): Element[] {
  let selected: Element[];
  try {
    selected = [...document.querySelectorAll(selector)];
  } catch {
    return []; // A malformed outlet rule finds nothing; the run reports that no links were found.
  }
  return selected.flatMap((el) => (el.matches("a[href]") ? [el] : [...el.querySelectorAll("a[href]")]));
}

/** "www.24.kg" and "24.kg" are one site; other subdomains are not (en.example is another edition). */
function sameSite(a: string, b: string): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, "");
  return strip(a) === strip(b);
}

function sameDocument(url: string, page: URL): boolean {
  const u = new URL(url);
  const trim = (p: string) => p.replace(/\/+$/, "");
  return sameSite(u.hostname, page.hostname) && trim(u.pathname) === trim(page.pathname) && u.search === page.search;
}

function resolve(href: string | null | undefined, base: string): string | null {
  if (!href || /^\s*(?:javascript|mailto|tel|data):/i.test(href)) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
