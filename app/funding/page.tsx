import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "../../lib/db";
import { getExtractionProgress } from "../../lib/queries/extraction-status";
import { getFundingNetwork, listFundingClaims } from "../../lib/queries/funding";
import { FUNDING_RELATIONS, fundingQuerySchema, type FundingQuery, type FundingSort } from "../../lib/queries/funding-params";
import { formatIssues } from "../../lib/queries/params";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { searchParamsToRecord, toQueryString } from "../../lib/search-params";
import { DateLabel } from "../_components/date-label";
import { PageLinks } from "../_components/page-links";
import { FundingNetworkView } from "../_components/funding-network";
import { describeAmount, partyName, RELATION_LABELS } from "../_lib/statement-labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Funding claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTER_KEYS = ["outlet", "party", "relation", "hedged", "attributed", "self"] as const;

export default async function FundingPage({ searchParams }: Props) {
  const raw = searchParamsToRecord(await searchParams);
  const parsed = fundingQuerySchema.safeParse(raw);
  const db = await getDb();
  const [outlets, progress] = await Promise.all([listOutletsWithStats(db), getExtractionProgress(db)]);
  if (!parsed.success) {
    return (
      <>
        <h1>Funding claims</h1>
        <p className="error" role="alert">These filters cannot be read: {formatIssues(parsed.error)}. <Link href="/funding">Clear them</Link>.</p>
      </>
    );
  }
  const query = parsed.data;
  const [page, network] = await Promise.all([listFundingClaims(db, query), getFundingNetwork(db, query)]);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, query[k]])) as Record<string, string | undefined>;
  const hrefWith = (changes: Record<string, string | number | undefined>) => `/funding${toQueryString({ ...filters, sort: query.sort, dir: query.dir, ...changes })}`;
  const exportQuery = toQueryString({ ...filters, sort: query.sort, dir: query.dir, format: "csv" });
  const jsonLdQuery = toQueryString({ ...filters, sort: query.sort, dir: query.dir, format: "jsonld" });
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  return (
    <>
      <h1>Funding claims</h1>
      <p className="muted">
        Every claim the monitored outlets make about who funds, founds, supports or controls whom, with who asserts it and on whose word.
        {progress.done < progress.total && ` ${progress.done} of ${progress.total} articles have been read by the current rules (v${progress.version}); the rest follow.`}
      </p>
      <form className="filters card" method="get" action="/funding" aria-label="Filter funding claims">
        <label>
          Asserted by
          <select name="outlet" defaultValue={query.outlet ?? ""}>
            <option value="">All outlets</option>
            {outlets.map((o) => <option key={o.slug} value={o.slug}>{o.name}</option>)}
          </select>
        </label>
        <label>
          Funder or recipient
          <input name="party" type="search" defaultValue={query.party ?? ""} placeholder="e.g. NED" />
        </label>
        <label>
          Relation
          <select name="relation" defaultValue={query.relation ?? ""}>
            <option value="">Any</option>
            {FUNDING_RELATIONS.map((r) => <option key={r} value={r}>{RELATION_LABELS[r]}</option>)}
          </select>
        </label>
        <YesNo name="attributed" label="Attributed to a source" value={query.attributed} />
        <YesNo name="hedged" label="Hedged" value={query.hedged} />
        <YesNo name="self" label="Outlet's own disclosure" value={query.self} />
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit">Apply</button>
        <Link href="/funding">Clear</Link>
      </form>

      <section className="card" aria-labelledby="claims-table-heading">
        <div className="card-head">
          <h2 id="claims-table-heading">{page.total} {page.total === 1 ? "claim" : "claims"}</h2>
          <span className="export-links">
            <a className="button" href={`/api/funding${exportQuery}`} download>Download CSV</a>
            <a className="button" href={`/api/funding${jsonLdQuery}`} download>MonetaryGrant JSON-LD</a>
          </span>
        </div>
        {page.total === 0 ? (
          <p className="empty">No funding claim matches these filters.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table funding-table">
              <thead>
                <tr>
                  <SortHeader query={query} column="funder" label="Funder" hrefWith={hrefWith} />
                  <SortHeader query={query} column="recipient" label="Recipient" hrefWith={hrefWith} />
                  <th scope="col">Relation</th>
                  <SortHeader query={query} column="amount" label="Amount" hrefWith={hrefWith} numeric />
                  <SortHeader query={query} column="year" label="Year" hrefWith={hrefWith} numeric />
                  <SortHeader query={query} column="outlet" label="Asserted by" hrefWith={hrefWith} />
                  <th scope="col">Attributed to</th>
                  <th scope="col">Hedged</th>
                  <SortHeader query={query} column="published" label="Article" hrefWith={hrefWith} />
                </tr>
              </thead>
              <tbody>
                {page.rows.map((c) => (
                  <tr key={c.id}>
                    <td>{c.funder ?? <span className="muted">{partyName(null, c, "funder")}</span>}</td>
                    <td>{c.recipient ?? <span className="muted">{partyName(null, c, "recipient")}</span>}</td>
                    <td>{RELATION_LABELS[c.relation]}{c.selfDisclosed && <span className="badge">own disclosure</span>}</td>
                    <td className="num">{c.amount === null ? "—" : describeAmount(c.amount, c.currency)}</td>
                    <td className="num">{c.year ?? "—"}</td>
                    <td><Link href={`/outlets/${encodeURIComponent(c.outlet.slug)}`}>{c.outlet.name}</Link></td>
                    <td>{c.attributedTo ?? <span className="muted">unattributed</span>}</td>
                    <td>{c.hedged ? "yes" : "no"}</td>
                    <td>
                      <Link href={`/articles/${c.article.id}#claim-${c.id}`} title={c.sentence}>{c.article.title}</Link>
                      <div className="muted"><DateLabel iso={c.article.publishedAt} /></div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <PageLinks page={page.page} pages={pages} hrefFor={(n) => hrefWith({ page: n })} />
      </section>

      <section className="card" aria-labelledby="network-heading">
        <div className="card-head">
          <h2 id="network-heading">Network of funders and recipients</h2>
          <a className="button" href={`/api/funding/network${exportQuery}`} download>Download CSV</a>
        </div>
        <FundingNetworkView network={network} />
      </section>
    </>
  );
}

function YesNo({ name, label, value }: { name: string; label: string; value: "yes" | "no" | undefined }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">Either</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
    </label>
  );
}

function SortHeader({ query, column, label, hrefWith, numeric = false }: {
  query: FundingQuery; column: FundingSort; label: string; numeric?: boolean;
  hrefWith: (changes: Record<string, string | number | undefined>) => string;
}) {
  const active = query.sort === column;
  const next = active && query.dir === "desc" ? "asc" : "desc";
  return (
    <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={hrefWith({ sort: column, dir: next, page: undefined })} aria-label={`Sort by ${label.toLowerCase()}, ${next === "asc" ? "ascending" : "descending"}`}>
        {label} {active ? (query.dir === "asc" ? "▲" : "▼") : ""}
      </Link>
    </th>
  );
}
