import Link from "next/link";
import { formatFigure } from "../../lib/claims/figures";
import type { TraceOccurrence } from "../../lib/queries/trace";
import { DateLabel } from "./date-label";

/** A claim's appearances, oldest first: who wrote it when, with what attribution, and what changed. */
export function ClaimChain({ occurrences }: { occurrences: TraceOccurrence[] }) {
  return (
    <ol className="trace-chain">
      {occurrences.map((o) => <Occurrence key={`${o.articleId}-${o.sentence}`} occurrence={o} chain={occurrences} />)}
    </ol>
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
