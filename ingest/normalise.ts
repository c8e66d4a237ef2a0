import { createHash } from "node:crypto";
import { countWords, htmlToPlainText, normaliseParagraphs } from "../lib/text/plain-text";
import { creditsInText } from "./extract-article/credits";
import { canonicalUrl, linkedUrls, titleKey } from "./dedup";
import { sanitiseHtml } from "./sanitise";
import type { ArticleRecord, FeedItem } from "./types";

/** Feed items become article records: sanitised HTML, plain text, dedup key, content hash. */

export interface NormaliseContext {
  /** The feed's language (e.g. "en-GB"), used when an item names none. */
  language: string | null;
}

export class NormaliseError extends Error {
  readonly code = "unusable_item";
}

// WordPress appends "The post <title> appeared first on <site>." to every syndicated item.
const WORDPRESS_FOOTER = /^The post .+ appeared first on .+\.$/s;

export function normaliseFeedItem(item: FeedItem, context: NormaliseContext): ArticleRecord {
  const url = canonicalUrl(item.link);
  const title = item.title?.trim() || null;
  const isBoilerplateParagraph = (text: string) =>
    WORDPRESS_FOOTER.test(text) || (title !== null && text === title); // the lead repeating the title as a self-link
  const contentHtml = sanitiseHtml(item.contentHtml ?? item.summary ?? "", { isBoilerplateParagraph });
  const contentText = htmlToPlainText(contentHtml);
  const summary = item.summary
    ? htmlToPlainText(sanitiseHtml(item.summary, { isBoilerplateParagraph })) || null
    : null;
  if (!title && !contentText) {
    throw new NormaliseError("Item has neither a title nor any text");
  }
  return buildArticleRecord({
    guid: item.guid?.trim() || null,
    url,
    title: title ?? firstWords(contentText),
    authors: item.authors,
    categories: item.categories,
    publishedAt: toDate(item.published),
    updatedAt: toDate(item.updated),
    language: context.language,
    summary,
    contentHtml,
    contentText,
  });
}

export { canonicalUrl };

export type ArticleFields = Omit<ArticleRecord, "dedupKey" | "wordCount" | "contentHash" | "credits" | "titleKey" | "linkedUrls"> & {
  /** Credits found by the caller (e.g. in page furniture it drops); those in the text are added here. */
  credits?: string[];
};

/**
 * Derives what every article record carries from its fields, whatever path it came in by.
 * `fallbackKey` identifies an article that has neither GUID nor URL better than its content hash
 * would (a text export's title survives an edit of its body; the hash does not).
 */
export function buildArticleRecord(fields: ArticleFields, fallbackKey?: string): ArticleRecord {
  const contentText = normaliseParagraphs(fields.contentText);
  const contentHash = sha256(contentText);
  return {
    ...fields,
    authors: uniqueTrimmed(fields.authors),
    categories: uniqueTrimmed(fields.categories),
    contentText,
    dedupKey: fields.guid
      ? `guid:${fields.guid}`
      : fields.url
        ? `url:${fields.url}`
        : (fallbackKey ?? `hash:${contentHash}`),
    wordCount: countWords(contentText),
    contentHash,
    credits: [...new Set([...(fields.credits ?? []), ...creditsInText(contentText)])],
    titleKey: titleKey(fields.title),
    linkedUrls: linkedUrls(fields.contentHtml, fields.url),
  };
}

function toDate(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function firstWords(text: string, max = 12): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, max).join(" ") + (words.length > max ? "…" : "");
}

function uniqueTrimmed(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
