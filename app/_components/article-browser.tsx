"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
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
      {filters.from || filters.to ? (
        <p className="muted">Articles with an unknown date are not shown while a date range is set.</p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : !data ? (
        <p role="status">Loading articles…</p>
      ) : (
        <div aria-busy={isFetching}>
          <p className="result-count" role="status">
            {data.total} {data.total === 1 ? "article" : "articles"}
          </p>
          <ArticleList items={data.items} />
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            hrefFor={(page) => `?${new URLSearchParams({ ...changeFilter(filters, "page", String(page)) } as Record<string, string>)}`}
            onSelect={(page) => setFilter("page", String(page))}
          />
        </div>
      )}
    </>
  );
}
