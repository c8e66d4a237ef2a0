import { searchParamsToRecord, type SearchParamsInput } from "../../lib/search-params";

/**
 * The article list's filters as they appear in the URL. Values stay raw strings: the API
 * validates them (a bad date gets its 400 message there), and server and browser derive the
 * same query key from the same URL.
 */

export const ARTICLE_FILTER_KEYS = ["outlet", "category", "entity", "from", "to", "page"] as const;
export type ArticleFilterKey = (typeof ARTICLE_FILTER_KEYS)[number];
export type ArticleFilters = Partial<Record<ArticleFilterKey, string>>;

export function readArticleFilters(params: SearchParamsInput): ArticleFilters {
  const record = searchParamsToRecord(params);
  const filters: ArticleFilters = {};
  for (const key of ARTICLE_FILTER_KEYS) {
    if (record[key] !== undefined) filters[key] = record[key];
  }
  // Page 1 is the default: leaving it out keeps one cache entry (and one URL) per view.
  if (filters.page === "1") delete filters.page;
  return filters;
}

/** The filters after one of them changed; any filter change returns to the first page. */
export function changeFilter(filters: ArticleFilters, key: ArticleFilterKey, value: string): ArticleFilters {
  const next: ArticleFilters = { ...filters, [key]: value || undefined };
  if (key !== "page") delete next.page;
  if (key === "outlet") delete next.category; // categories differ per outlet
  return readArticleFilters(next);
}
