import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { sanitiseHtml } from "../sanitise";
import { CAPTION_SELECTORS, compilePatterns, dropElements, FURNITURE_SELECTORS, markElements, MARK, paragraphFilter } from "./boilerplate";
import { findCredits } from "./credits";
import { densestBlock } from "./densest";
import { readMetadata } from "./metadata";
import { textOf } from "./text";

/**
 * extract-article: a full HTML page → its main content (DESIGN.md §4). Pure: no I/O.
 * Readability finds the content; metadata comes from what the page states; text is assembled per
 * block; fallbacks cover pages where Readability finds too little.
 */

export interface ExtractRules {
  /** CSS selector of the outlet's article body; when it matches, it replaces Readability's guess. */
  contentSelector?: string;
  /** Elements removed before extraction (CSS selectors). */
  dropSelectors?: string[];
  /** Paragraphs removed from the result when a pattern (a regular expression, case-insensitive) matches. */
  dropPatterns?: string[];
}

export interface ExtractOptions {
  url?: string;
  rules?: ExtractRules;
}

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  published: string | null;
  language: string | null;
  text: string;
  html: string;
  credits: string[];
}

export class ExtractArticleError extends Error {
  constructor(readonly code: "empty_input", message: string) {
    super(message);
    this.name = "ExtractArticleError";
  }
}

// Below this, Readability has most likely picked a teaser or caption rather than the article.
const MIN_TEXT = 250;

export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  if (typeof html !== "string" || !html.trim()) throw new ExtractArticleError("empty_input", "extract-article needs a non-empty HTML document");
  const { document } = parseHTML(html);
  const meta = readMetadata(document as unknown as Document);
  const rules = opts.rules ?? {};
  const isBoilerplate = paragraphFilter(compilePatterns(rules.dropPatterns));
  const body = document.body ?? document.documentElement;
  const credits = body ? findCredits(body) : [];
  if (opts.url) setBase(document as unknown as Document, opts.url);

  dropElements(document, rules.dropSelectors ?? []);
  markElements(document, FURNITURE_SELECTORS, "furniture");
  markElements(document, CAPTION_SELECTORS, "caption");
  let content: Element | null = rules.contentSelector ? safeQuery(document, rules.contentSelector) : null;
  let article: ReturnType<Readability<Node>["parse"]> = null;
  if (!content) {
    article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
    content = (article?.content as Element | null | undefined) ?? null;
  }
  const title = meta.title ?? clean(article?.title);
  let text = content ? textOf(content, { isBoilerplate, title }) : "";
  let contentHtml = content ? htmlOf(content) : "";

  if (text.length < MIN_TEXT) {
    // Readability may have removed or skipped the body; look again at an unmodified copy.
    const fallback = fallbackContent(html, meta.articleBody, isBoilerplate, title);
    if (fallback && fallback.text.length > text.length) ({ text, html: contentHtml } = fallback);
  }

  return {
    title,
    byline: meta.byline ?? clean(article?.byline),
    published: meta.published,
    language: meta.language ?? clean(article?.lang),
    text,
    html: contentHtml ? sanitiseHtml(contentHtml, { isBoilerplateParagraph: isBoilerplate }) : "",
    credits,
  };
}

function fallbackContent(html: string, articleBody: string | null, isBoilerplate: (p: string) => boolean, title: string | null): { text: string; html: string } | null {
  if (articleBody && articleBody.length >= MIN_TEXT) {
    const paragraphs = articleBody.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
    return { text: paragraphs.join("\n\n"), html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("") };
  }
  const { document } = parseHTML(html);
  const block = densestBlock(document as unknown as Document);
  if (!block) return articleBody ? { text: articleBody, html: `<p>${escapeHtml(articleBody)}</p>` } : null;
  markElements(block, FURNITURE_SELECTORS, "furniture");
  markElements(block, CAPTION_SELECTORS, "caption");
  return { text: textOf(block, { isBoilerplate, title }), html: htmlOf(block) };
}

/** Furniture goes from the html too; captions stay beside their images. */
function htmlOf(content: Element): string {
  for (const el of content.querySelectorAll(`[${MARK}=furniture]`)) el.remove();
  return content.outerHTML;
}

function safeQuery(document: ParentNode, selector: string): Element | null {
  try {
    return document.querySelector(selector);
  } catch {
    return null; // A malformed outlet rule falls back to automatic extraction.
  }
}

/** Readability resolves relative links against the document's base; a page saved to disk has none. */
function setBase(document: Document, url: string): void {
  if (document.querySelector("base[href]") || !document.head) return;
  const base = document.createElement("base");
  base.setAttribute("href", url);
  document.head.prepend(base);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
