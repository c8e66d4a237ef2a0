import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "../../lib/db";
import { formatIssues } from "../../lib/queries/params";
import { traceClaim } from "../../lib/queries/trace";
import { traceQuerySchema } from "../../lib/queries/trace-params";
import { searchParamsToRecord, toQueryString } from "../../lib/search-params";
import { ClaimChain } from "../_components/claim-chain";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trace a claim" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TracePage({ searchParams }: Props) {
  const raw = searchParamsToRecord(await searchParams);
  const parsed = raw.q !== undefined ? traceQuerySchema.safeParse(raw) : null;
  const trace = parsed?.success ? await traceClaim(await getDb(), parsed.data.q) : null;
  const exportHref = (format: "json" | "csv") => `/api/trace${toQueryString({ q: raw.q, format: format === "csv" ? "csv" : undefined })}`;

  return (
    <>
      <h1>Trace a claim</h1>
      <form className="card trace-form" method="get" action="/trace" role="search" aria-label="Trace a claim">
        <label>
          Sentence or fragment
          <textarea name="q" rows={3} defaultValue={raw.q ?? ""} placeholder="e.g. 12,000 soldiers from Central Asia" autoFocus={!raw.q} />
        </label>
        <button type="submit">Trace</button>
        <p className="export-links">
          Reviewed claims: <a className="button" href="/api/claims/reviewed?format=csv" download>CSV</a>
          <a className="button" href="/api/claims/reviewed?format=jsonld" download>ClaimReview JSON-LD</a>
        </p>
        <p className="muted">
          Finds where the claim first appeared among the monitored outlets&rsquo; articles, who repeated it and when, with the
          attribution each gives. A fragment is matched by its words and figures; a whole sentence also by its wording, so
          repeats that changed a figure or dropped the source are found too.
        </p>
      </form>
      {parsed && !parsed.success && <p className="error" role="alert">{formatIssues(parsed.error)}</p>}
      {trace && trace.occurrences.length === 0 && (
        <p className="empty" role="status">No monitored article states &ldquo;{trace.claim}&rdquo;.</p>
      )}
      {trace && trace.occurrences.length > 0 && (
        <section className="card" aria-labelledby="chain-heading">
          <div className="card-head">
            <h2 id="chain-heading">
              {trace.occurrences.length} {trace.occurrences.length === 1 ? "appearance" : "appearances"} in{" "}
              {new Set(trace.occurrences.map((o) => o.outlet)).size} {new Set(trace.occurrences.map((o) => o.outlet)).size === 1 ? "outlet" : "outlets"}
            </h2>
            <span className="export-links">
              <a className="button" href={exportHref("json")}>JSON</a>
              <a className="button" href={exportHref("csv")} download>CSV</a>
            </span>
          </div>
          <blockquote className="trace-claim">{trace.claim}</blockquote>
          <p className="muted">
            {trace.claims.map((c, i) => (
              <span key={c.id}>
                {i > 0 && " · "}
                <Link href={`/claims/${c.id}`}>Review this claim{trace.claims.length > 1 ? ` (${i + 1})` : ""}</Link> <span className={`status status-${c.status}`}>{c.status}</span>
              </span>
            ))}
          </p>
          <ClaimChain occurrences={trace.occurrences} />
        </section>
      )}
    </>
  );
}
