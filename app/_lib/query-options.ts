import { queryOptions } from "@tanstack/react-query";
import type { TimeUnit } from "../../lib/coverage/units";
import type { ArticlePage, CategoryCount } from "../../lib/queries/articles";
import type { CoverageResult } from "../../lib/queries/coverage";
import { toQueryString } from "../../lib/search-params";
import type { ArticleFilters } from "./article-filters";
import { fetchJson } from "./fetch-json";

/**
 * One factory per endpoint; every variable of the request is in the key. Pages prefetch with
 * the same key and a queryFn that calls the query function directly (no HTTP hop on the server);
 * the result types are the query functions' own, so both paths yield the same JSON shape.
 */

export function coverageQueryOptions(params: { unit: TimeUnit }) {
  return queryOptions({
    queryKey: ["coverage:get", params] as const,
    queryFn: ({ signal }) =>
      fetchJson<CoverageResult>(`/api/coverage${toQueryString(params)}`, signal),
  });
}

export function articleListQueryOptions(filters: ArticleFilters) {
  return queryOptions({
    queryKey: ["articles:list", filters] as const,
    queryFn: ({ signal }) => fetchJson<ArticlePage>(`/api/articles${toQueryString(filters)}`, signal),
  });
}

export function categoryListQueryOptions(params: { outlet?: string }) {
  return queryOptions({
    queryKey: ["categories:list", params] as const,
    queryFn: ({ signal }) =>
      fetchJson<CategoryCount[]>(`/api/categories${toQueryString(params)}`, signal),
  });
}
