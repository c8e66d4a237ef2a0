import type { Metadata } from "next";
import Link from "next/link";
import { formatFigure } from "../../lib/claims/figures";
import { getDb } from "../../lib/db";
import { formatIssues } from "../../lib/queries/params";
import { traceClaim, type TraceOccurrence } from "../../lib/queries/trace";
import { traceQuerySchema } from "../../lib/queries/trace-params";
import { searchParamsToRecord, toQueryString } from "../../lib/search-params";
import { DateLabel } from "../_components/date-label";

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
          <ol className="trace-chain">
            {trace.occurrences.map((o) => <Occurrence key={`${o.articleId}-${o.sentence}`} occurrence={o} chain={trace.occurrences} />)}
          </ol>
        </section>
      )}
    </>
  );
}

function Occurrence({ occurrence: o, chain }: { occurrence: TraceOccurrence; chain: TraceOccurrence[] }) {
  const cited = (articleId: number | null) => chain.find((c) => c.articleId === articleId);
  return (
    <li className={o.first ? "trace-step first" : "trace-step"}>
      <div className="trace-meta">
        <strong><DateLabel iso={o.published} /></strong> · {o.outletName}
        {o.first && <span className="badge badge-first">first appearance</span>}
        {o.changes.map((change) => <span key={change} className="badge">{change}</span>)}
      </div>
      <p className="trace-sentence">{o.sentence}</p>
      <p className="trace-facts">
        {o.attributedTo ? <>Attributed to <strong>{o.attributedTo}</strong></> : <span className="unattributed">Unattributed</span>}
        {o.hedged && " · hedged"}
        {o.figures.length > 0 && <> · figures {o.figures.map(formatFigure).join(", ")}</>} · similarity {o.similarity.toFixed(2)} ·{" "}
        <Link href={`/articles/${o.articleId}`}>{o.title}</Link>
      </p>
      {o.citations.length > 0 && (
        <ul className="trace-citations">
          {o.citations.map((c) => (
            <li key={`${c.kind}-${c.outlet}-${c.articleId}`}>
              {c.kind === "hyperlink" ? "Links to " : "Names as its source "}
              {cited(c.articleId) ? <Link href={`/articles/${c.articleId}`}>{cited(c.articleId)!.outletName}&rsquo;s article</Link> : c.outlet}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
