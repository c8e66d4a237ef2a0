/**
 * Shapes shared by the ingest stages. `FeedDocument` is the `parse-feed --json` contract
 * (DESIGN.md §4): tests and outside tools depend on it, so extend it, never break it.
 */

export interface FeedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** UTC ISO-8601, or null when the feed gives no (valid) date. */
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  summary: string | null;
  /** The item's full HTML as the feed gives it, unsanitised; links made absolute. */
  contentHtml: string | null;
  enclosures: FeedEnclosure[];
}

export interface FeedMeta {
  title: string;
  link: string | null;
  description: string | null;
  language: string | null;
}

export interface FeedDocument {
  feed: FeedMeta;
  items: FeedItem[];
}

/** One item the parser could not turn into a FeedItem; the rest of the feed is kept. */
export interface ItemProblem {
  index: number;
  message: string;
}

export interface ParsedFeed extends FeedDocument {
  problems: ItemProblem[];
  /** How long the feed asks readers to wait between fetches (RSS <ttl>, sy:updatePeriod), in minutes. */
  ttlMinutes?: number;
}

/** An article ready to store: what normalise produces and store consumes. */
export interface ArticleRecord {
  /** Unique per outlet: the GUID when the source gives one, else the canonical URL, else a content hash. */
  dedupKey: string;
  guid: string | null;
  url: string | null;
  title: string;
  authors: string[];
  categories: string[];
  /** Null means the date is unknown; it is never invented. */
  publishedAt: Date | null;
  updatedAt: Date | null;
  language: string | null;
  summary: string | null;
  /** Sanitised HTML: the only HTML the dashboard ever renders. */
  contentHtml: string;
  contentText: string;
  wordCount: number;
  /** sha256 of contentText: a changed hash on re-ingest makes a new revision. */
  contentHash: string;
  /**
   * Image and text credits as the page states them ("© RIA / Sputnik", "Originally published by …"):
   * evidence of where a text or picture came from, kept even when the credit line is not article text.
   */
  credits: string[];
  /** The title folded for matching (dedup.ts), or null when it is too short to identify a story. */
  titleKey: string | null;
  /** Canonical URLs the body links to: hyperlinks between stored articles are found by them. */
  linkedUrls: string[];
}
