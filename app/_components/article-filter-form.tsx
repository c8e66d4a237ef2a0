"use client";

import { useQuery } from "@tanstack/react-query";
import type { ArticleFilterKey, ArticleFilters } from "../_lib/article-filters";
import { categoryListQueryOptions } from "../_lib/query-options";

interface Props {
  filters: ArticleFilters;
  outlets: { slug: string; name: string }[];
  onChange: (key: ArticleFilterKey, value: string) => void;
}

/**
 * A plain GET form (it works without script: "Apply" submits it); with script every change
 * applies at once through the URL.
 */
export function ArticleFilterForm({ filters, outlets, onChange }: Props) {
  const categories = useQuery(categoryListQueryOptions({ outlet: filters.outlet }));
  const names = categories.data?.map((c) => c.name) ?? [];
  // Keep a category from the URL selectable even before (or without) the list arriving.
  const options =
    filters.category && !names.includes(filters.category)
      ? [{ name: filters.category, count: null }, ...(categories.data ?? [])]
      : (categories.data ?? []);

  return (
    <form
      className="filters"
      method="get"
      action="/articles"
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        Outlet
        <select name="outlet" value={filters.outlet ?? ""} onChange={(e) => onChange("outlet", e.target.value)}>
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select
          name="category"
          value={filters.category ?? ""}
          onChange={(e) => onChange("category", e.target.value)}
        >
          <option value="">All categories</option>
          {options.map((c) => (
            <option key={c.name} value={c.name}>
              {c.count === null ? c.name : `${c.name} (${c.count})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" value={filters.from ?? ""} onChange={(e) => onChange("from", e.target.value)} />
      </label>
      <label>
        To
        <input type="date" name="to" value={filters.to ?? ""} onChange={(e) => onChange("to", e.target.value)} />
      </label>
      <noscript>
        <button type="submit">Apply</button>
      </noscript>
    </form>
  );
}
