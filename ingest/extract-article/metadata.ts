/**
 * Page metadata from what publishers state explicitly: JSON-LD first (it is what search engines
 * consume, so outlets keep it right), then OpenGraph/article and plain meta tags. Readability's
 * guesses are only the last resort, applied by the caller.
 */

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  /** JSON-LD articleBody, used as a fallback when the DOM yields little text. */
  articleBody: string | null;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage)$/;

type Json = Record<string, unknown>;

export function readMetadata(document: Document): PageMetadata {
  const ld = readJsonLd(document);
  const meta = (key: string) => metaContent(document, key);
  const title = clean(ld?.headline ?? ld?.name) ?? meta("og:title") ?? meta("twitter:title") ?? clean(document.querySelector("title")?.textContent);
  const byline = authorNames(ld?.author) ?? meta("author") ?? meta("article:author") ?? meta("parsely-author") ?? meta("dc.creator");
  const published = toIso(ld?.datePublished) ?? toIso(meta("article:published_time")) ?? toIso(meta("og:published_time"))
    ?? toIso(meta("datePublished")) ?? toIso(meta("pubdate")) ?? toIso(meta("publishdate")) ?? toIso(meta("dc.date"))
    ?? toIso(meta("parsely-pub-date")) ?? toIso(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  const language = clean(ld?.inLanguage) ?? clean(document.documentElement?.getAttribute("lang"))
    ?? meta("og:locale")?.replace("_", "-") ?? meta("content-language") ?? null;
  return { title, byline, published, language: normaliseLanguage(language), articleBody: clean(ld?.articleBody) };
}

/** The first article-like JSON-LD object, looking through arrays and @graph. */
function readJsonLd(document: Document): Json | null {
  let fallback: Json | null = null;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? "").trim());
    } catch {
      continue; // Malformed JSON-LD is common; the meta tags still apply.
    }
    for (const node of flatten(data)) {
      const types = ([] as unknown[]).concat(node["@type"]).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) return node;
      if (!fallback && types.includes("WebPage") && node.datePublished) fallback = node;
    }
  }
  return fallback;
}

function* flatten(data: unknown): Generator<Json> {
  if (Array.isArray(data)) for (const d of data) yield* flatten(d);
  else if (data && typeof data === "object") {
    const node = data as Json;
    yield node;
    if (node["@graph"]) yield* flatten(node["@graph"]);
  }
}

function authorNames(author: unknown): string | null {
  const names = ([] as unknown[]).concat(author ?? []).map((a) => (typeof a === "string" ? a : clean((a as Json)?.name))).filter((n): n is string => !!n && !/^https?:/.test(n));
  return names.length ? [...new Set(names)].join(", ") : null;
}

function metaContent(document: Document, key: string): string | null {
  for (const el of document.querySelectorAll("meta")) {
    const name = el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? el.getAttribute("http-equiv");
    if (name && name.toLowerCase() === key.toLowerCase()) {
      const value = clean(el.getAttribute("content"));
      if (value) return value;
    }
  }
  return null;
}

function clean(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** UTC ISO-8601, or null when the value is not a date we can read unambiguously. */
export function toIso(value: unknown): string | null {
  const text = clean(value);
  if (!text) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function normaliseLanguage(value: string | null): string | null {
  if (!value) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(value.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}
