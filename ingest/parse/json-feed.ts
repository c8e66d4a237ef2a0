/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org) → ParsedFeed. The document is untrusted JSON: every field is
 * checked for its type, and a wrong one is dropped rather than trusted, as an XML field would be.
 */
import type { FeedEnclosure, FeedItem, FeedMeta, ItemProblem, ParsedFeed } from "../types";
import { parseFeedDate } from "./dates";
import { FeedParseError } from "./errors";
import { byteLength, distinct, escapeHtml, summaryFromHtml, textToHtml } from "./fields";
import { absolutiseHtml, resolveHttpUrl } from "./links";

export interface ParseJsonFeedOptions {
  baseUrl?: string;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

export function parseJsonFeed(text: string, opts: ParseJsonFeedOptions = {}): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new FeedParseError("malformed_json", `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (!isObject(doc) || !/jsonfeed\.org\/version\//i.test(str(doc.version) ?? "")) {
    throw new FeedParseError("invalid_feed", 'a JSON document without a JSON Feed "version" (https://jsonfeed.org/version/1.1)');
  }
  const documentUrl = resolveHttpUrl(opts.baseUrl) ?? resolveHttpUrl(str(doc.feed_url));
  const home = resolveHttpUrl(str(doc.home_page_url), documentUrl);
  const base = documentUrl ?? home;
  const feed: FeedMeta = {
    title: str(doc.title) ?? "",
    link: home,
    description: str(doc.description) === null ? null : summaryFromHtml(escapeHtml(str(doc.description)!), base),
    language: str(doc.language),
  };
  const feedAuthors = authorsOf(doc);

  const items: FeedItem[] = [];
  const problems: ItemProblem[] = [];
  const rawItems = Array.isArray(doc.items) ? doc.items : [];
  if (doc.items !== undefined && !Array.isArray(doc.items)) problems.push({ index: 0, message: '"items" is not an array' });
  rawItems.forEach((raw, index) => {
    try {
      items.push(parseItem(raw, base, feedAuthors));
    } catch (e) {
      problems.push({ index, message: e instanceof Error ? e.message : String(e) });
    }
  });
  return { feed, items, problems };
}

function parseItem(raw: unknown, base: string | null, feedAuthors: string[]): FeedItem {
  if (!isObject(raw)) throw new Error("item is not an object");
  const link = resolveHttpUrl(str(raw.url), base) ?? resolveHttpUrl(str(raw.external_url), base);
  const contentBase = link ?? base;
  const html = str(raw.content_html);
  const text = str(raw.content_text);
  const summary = str(raw.summary);
  const ownAuthors = authorsOf(raw);
  return {
    guid: str(raw.id),
    link,
    title: str(raw.title)?.replace(/\s+/g, " ") ?? null,
    published: parseFeedDate(str(raw.date_published)) ?? parseFeedDate(str(raw.date_modified)),
    updated: parseFeedDate(str(raw.date_modified)),
    authors: ownAuthors.length ? ownAuthors : feedAuthors,
    categories: distinct((Array.isArray(raw.tags) ? raw.tags : []).map(str)),
    summary: summary !== null ? summaryFromHtml(escapeHtml(summary), contentBase) : null,
    contentHtml: html !== null ? absolutiseHtml(html, contentBase) : text !== null ? textToHtml(text) : null,
    enclosures: (Array.isArray(raw.attachments) ? raw.attachments : []).flatMap((a) => attachment(a, contentBase) ?? []),
  };
}

/** 1.1 has `authors: [{name}]`; 1.0 had a single `author`. */
function authorsOf(node: Json): string[] {
  const list = Array.isArray(node.authors) ? node.authors : node.author !== undefined ? [node.author] : [];
  return distinct(list.map((a) => (isObject(a) ? str(a.name) : null)));
}

function attachment(a: unknown, base: string | null): FeedEnclosure | null {
  if (!isObject(a)) return null;
  const url = resolveHttpUrl(str(a.url), base);
  return url ? { url, type: str(a.mime_type), length: byteLength(a.size_in_bytes) } : null;
}
