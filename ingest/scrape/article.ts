import type { ExtractedArticle } from "../extract-article";
import { buildArticleRecord, canonicalUrl, NormaliseError } from "../normalise";
import { sanitiseHtml } from "../sanitise";
import type { ArticleRecord } from "../types";

/**
 * normalise for scraped pages: an extracted article becomes the same ArticleRecord feeds produce.
 * Credits ("© RIA / Sputnik") are provenance data: one that extraction left out of the body (it
 * stood in a caption or footer) is kept as a closing paragraph, so it reaches the text that
 * source extraction reads.
 */

export interface ScrapedPageContext {
  /** The link the page was found under: its canonical form is the article's URL. */
  url: string;
  /** The outlet's language, used when the page states none. */
  language: string | null;
  /** What the sitemap said about the page, used when the page itself is silent. */
  hint?: { title: string | null; published: string | null };
}

export function normaliseScrapedArticle(article: ExtractedArticle, context: ScrapedPageContext): ArticleRecord {
  const title = article.title ?? context.hint?.title ?? null;
  if (!article.text.trim()) throw new NormaliseError("The page has no article text");
  if (!title) throw new NormaliseError("The page has no title");
  const missingCredits = article.credits.filter((credit) => !article.text.includes(credit));
  const contentText = [article.text, ...missingCredits].join("\n\n");
  const creditsHtml = missingCredits.length ? sanitiseHtml(missingCredits.map((c) => `<p>${escapeHtml(c)}</p>`).join("")) : "";
  const published = article.published ?? context.hint?.published ?? null;
  return buildArticleRecord({
    guid: null,
    url: canonicalUrl(context.url),
    title,
    authors: splitByline(article.byline),
    categories: [],
    publishedAt: published ? new Date(published) : null,
    updatedAt: null,
    language: article.language ?? context.language,
    summary: null,
    contentHtml: article.html + creditsHtml,
    contentText,
  });
}

/** "Anna Ivanova and Dmitry Petrov", "Анна Иванова, Дмитрий Петров" → one name each; "By" dropped. */
function splitByline(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*(?:by|von|par|автор[ы]?:?)\s+/i, "")
    .split(/\s*(?:,|;|\||\s&\s|\sand\s|\sи\s|\sund\s|\set\s)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
