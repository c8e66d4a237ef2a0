import type { Metadata } from "next";
import Link from "next/link";
import { getPageUser } from "../../lib/auth/page-user";
import { getDb } from "../../lib/db";
import { listCategories } from "../../lib/queries/articles";
import { listOutletGroups } from "../../lib/queries/outlet-groups";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { formatIssues } from "../../lib/queries/params";
import { searchArticles } from "../../lib/queries/search";
import { SEARCH_LANGUAGES, searchQuerySchema, type SearchQuery } from "../../lib/queries/search-params";
import { searchParamsToRecord, toQueryString } from "../../lib/search-params";
import { DateLabel } from "../_components/date-label";
import { WatchButton } from "../_components/watch-button";
import { PageLinks } from "../_components/page-links";
import { QuerySyntaxHelp, SearchHitList } from "../_components/search-results";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LANGUAGE_NAMES: Record<(typeof SEARCH_LANGUAGES)[number], string> = { en: "English", ru: "Russian", fr: "French", de: "German" };
const FILTER_KEYS = ["q", "outlet", "group", "language", "category", "from", "to", "sort"] as const;

export default async function SearchPage({ searchParams }: Props) {
  const raw = searchParamsToRecord(await searchParams);
  const db = await getDb();
  const [outlets, categories, groups, user] = await Promise.all([listOutletsWithStats(db), listCategories(db), listOutletGroups(db), getPageUser()]);
  const parsed = raw.q ? searchQuerySchema.safeParse(raw) : null;
  const page = parsed?.success ? await searchArticles(db, parsed.data) : null;
  // The URL's own values, so a filter that fails to parse stays in the form to be corrected.
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, raw[k]])) as Record<(typeof FILTER_KEYS)[number], string | undefined>;
  const hrefWith = (changes: Record<string, string | number | undefined>) => `/search${toQueryString({ ...filters, ...changes })}`;

  return (
    <>
      <h1>Search</h1>
      <form className="filters card search-form" method="get" action="/search" role="search" aria-label="Search articles">
        <label className="search-query">
          Words to find
          <input name="q" type="search" defaultValue={filters.q ?? ""} placeholder={'e.g. "special military operation" -Ukraine'} autoFocus={!filters.q} />
        </label>
        <label>
          Outlet
          <select name="outlet" defaultValue={filters.outlet ?? ""}>
            <option value="">All outlets</option>
            {outlets.map((o) => <option key={o.slug} value={o.slug}>{o.name}</option>)}
          </select>
        </label>
        {groups.length > 0 && (
          <label>
            Outlet group
            <select name="group" defaultValue={filters.group ?? ""}>
              <option value="">Any group</option>
              {groups.map((g) => <option key={g.name} value={g.name}>{`${g.name} (${g.outlets.length})`}</option>)}
            </select>
          </label>
        )}
        <label>
          Language
          <select name="language" defaultValue={filters.language ?? ""}>
            <option value="">Any language</option>
            {SEARCH_LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
          </select>
        </label>
        <label>
          Category
          <select name="category" defaultValue={filters.category ?? ""}>
            <option value="">All categories</option>
            {categories.map((c) => <option key={c.name} value={c.name}>{`${c.name} (${c.count})`}</option>)}
          </select>
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <label>
          Order
          <select name="sort" defaultValue={filters.sort ?? "relevance"}>
            <option value="relevance">Best match first</option>
            <option value="newest">Newest first</option>
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      <QuerySyntaxHelp open={!filters.q} />

      {parsed && !parsed.success && (
        <p className="error" role="alert">This search cannot be run: {formatIssues(parsed.error)}.</p>
      )}
      {page && parsed?.success && user && (
        <p><WatchButton watch={{ kind: "search", query: parsed.data.q }} label="Watch this search" /></p>
      )}
      {page && parsed?.success && (
        <Results page={page} query={parsed.data} hrefWith={hrefWith} exportHref={(format) => `/api/search${toQueryString({ ...filters, page: raw.page, format })}`} />
      )}
    </>
  );
}

function Results({ page, query, hrefWith, exportHref }: {
  page: Awaited<ReturnType<typeof searchArticles>>;
  query: SearchQuery;
  hrefWith: (changes: Record<string, string | number | undefined>) => string;
  exportHref: (format?: "csv") => string;
}) {
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const count = page.totalCapped
    ? `More than ${page.total.toLocaleString("en")} articles match`
    : page.rankedAmong
      ? `About ${page.total.toLocaleString("en")} articles match`
      : `${page.total.toLocaleString("en")} ${page.total === 1 ? "article matches" : "articles match"}`;
  return (
    <section className="card" aria-labelledby="results-heading">
      <div className="card-head">
        <h2 id="results-heading">{count} “{query.q}”</h2>
        {page.total > 0 && (
          <span className="export-links">
            <a className="button" href={exportHref("csv")} download>Download CSV</a>
            <a className="button" href={exportHref()}>JSON</a>
          </span>
        )}
      </div>
      {page.rankedAmong && (
        <p className="muted" role="note">
          So many articles match that these are ranked among the {page.rankedAmong.matches.toLocaleString("en")} matches in the newest{" "}
          {page.rankedAmong.articles.toLocaleString("en")} articles (since <DateLabel iso={page.rankedAmong.since} />), and the total is estimated
          from their share. <Link href={hrefWith({ sort: "newest", page: undefined })}>Sort by newest</Link> to go through every match, or narrow the search.
        </p>
      )}
      {page.total === 0 ? (
        <p className="empty">
          No article matches. Try fewer words, another spelling (Kyiv or Kiev), or clear the filters: <Link href={`/search${toQueryString({ q: query.q })}`}>search all outlets and dates</Link>.
        </p>
      ) : page.hits.length === 0 ? (
        <p className="empty">This page is past the last result. <Link href={hrefWith({ page: undefined })}>Back to the first page</Link>.</p>
      ) : (
        <SearchHitList hits={page.hits} />
      )}
      <PageLinks page={page.page} pages={pages} hrefFor={(n) => hrefWith({ page: n })} />
    </section>
  );
}
