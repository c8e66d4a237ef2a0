"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { toQueryString } from "../../lib/search-params";
import { changeFilter, readArticleFilters, type ArticleFilterKey } from "../_lib/article-filters";
import { articleListQueryOptions } from "../_lib/query-options";
import { ArticleFilterForm } from "./article-filter-form";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";
import { useUrlUpdate } from "./use-url-update";

/** Filters and results of /articles; all state is in the URL so any view can be shared. */
export function ArticleBrowser({ outlets }: { outlets: { slug: string; name: string }[] }) {
  const filters = readArticleFilters(useSearchParams());
  const updateUrl = useUrlUpdate();
  const { data, error, isFetching } = useQuery({
    ...articleListQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const setFilter = (key: ArticleFilterKey, value: string) => updateUrl(changeFilter(filters, key, value));

  return (
    <>
      <ArticleFilterForm filters={filters} outlets={outlets} onChange={setFilter} />
      {Object.keys(filters).length > 0 && (
        <p className="muted">
          <a href="/articles">Clear filters</a>
          {filters.from || filters.to ? " · Articles with an unknown date are not shown while a date range is set." : ""}
        </p>
      )}
      {error ? (
        <p className="error" role="alert">
          Could not list articles: {error.message}
        </p>
      ) : !data ? (
        <p role="status">Loading articles…</p>
      ) : (
        <div aria-busy={isFetching}>
          <p className="result-count" role="status">
            {data.total} {data.total === 1 ? "article" : "articles"}
          </p>
          {data.items.length === 0 && data.total > 0 ? (
            <p className="empty">
              This page is past the end of the list. <a href="/articles">Back to the first page</a>.
            </p>
          ) : (
            <ArticleList items={data.items} />
          )}
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            hrefFor={(page) => `/articles${toQueryString(changeFilter(filters, "page", String(page)))}`}
            onSelect={(page) => setFilter("page", String(page))}
          />
        </div>
      )}
    </>
  );
}
