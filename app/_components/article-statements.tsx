import Link from "next/link";
import type { ReactNode } from "react";
import type { ArticleFundingClaim, ArticleSource, ArticleStatements, EntityRef } from "../../lib/queries/statements";
import { highlightRuns, type HighlightSpan, type Run } from "../_lib/highlight";
import { describeAmount, partyName, RELATION_LABELS, SOURCE_CATEGORY_LABELS, SOURCE_KIND_LABELS } from "../_lib/statement-labels";

/**
 * The article's plain text with its stated sources marked and its funding claims underlined, a
 * legend, and beside it the lists of both. Every entry of the lists is a link to its span (plain
 * fragment links: they scroll and move focus without script), and every span can be reached with Tab.
 */

type Span = HighlightSpan & ({ source: ArticleSource; claim?: never } | { claim: ArticleFundingClaim; source?: never });

export function ArticleStatementsView({ text, statements }: { text: string; statements: ArticleStatements }) {
  const spans: Span[] = [
    ...statements.sources.map((source): Span => ({ id: `source-${source.id}`, layer: "source", start: source.start, end: source.end, source })),
    ...statements.fundingClaims.map((claim): Span => ({ id: `claim-${claim.id}`, layer: "claim", start: claim.start, end: claim.end, claim })),
  ];
  const paragraphs = highlightRuns(text, spans);
  return (
    <div className="statements">
      <div className="statements-text">
        <Legend />
        <div className="article-body highlighted-text">
          {paragraphs.map((runs, i) => (
            <p key={i}>{runs.map((run) => <RunView key={run.start} run={run} />)}</p>
          ))}
        </div>
      </div>
      <aside className="statements-side" aria-label="Stated sources and funding claims">
        <SourceList sources={statements.sources} />
        <ClaimList claims={statements.fundingClaims} />
      </aside>
    </div>
  );
}

function Legend() {
  return (
    <ul className="statement-legend" aria-label="Legend">
      {(["attribution", "quote", "link", "credit"] as const).map((kind) => (
        <li key={kind}>
          <span className={`mark-sample src-${kind}`} aria-hidden="true">Aa</span> {SOURCE_KIND_LABELS[kind]}
        </li>
      ))}
      <li>
        <span className="mark-sample funding-claim" aria-hidden="true">Aa</span> Funding claim
      </li>
    </ul>
  );
}

function RunView({ run }: { run: Run<Span> }) {
  let content: ReactNode = run.text;
  if (run.source) {
    const s = run.source.source!;
    content = (
      <mark
        id={run.sourceStarts ? run.source.id : undefined}
        className={`src src-${s.kind}${s.anonymous ? " src-anonymous" : ""}`}
        tabIndex={run.sourceStarts ? 0 : undefined}
        title={`${SOURCE_KIND_LABELS[s.kind]}: ${s.name}${s.anonymous ? " (anonymous)" : ""}`}
        aria-label={run.sourceStarts ? `${SOURCE_KIND_LABELS[s.kind]}: ${s.name}. ${run.text}` : undefined}
      >
        {content}
      </mark>
    );
  }
  if (run.claim) {
    const c = run.claim.claim!;
    content = (
      <span
        id={run.claimStarts ? run.claim.id : undefined}
        className="funding-claim"
        tabIndex={run.claimStarts ? 0 : undefined}
        title={`Funding claim: ${claimSummary(c)}`}
      >
        {content}
      </span>
    );
  }
  return (
    <>
      {run.anchors.map((id) => <span key={id} id={id} tabIndex={-1} className="span-anchor" />)}
      {content}
    </>
  );
}

function SourceList({ sources }: { sources: ArticleSource[] }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Stated sources ({sources.length})</h2>
      {sources.length === 0 ? (
        <p className="empty">The text names no source.</p>
      ) : (
        <ol className="statement-list">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={`#source-${s.id}`} className={`statement-link src-edge-${s.kind}`}>
                <span className="statement-kind">{SOURCE_KIND_LABELS[s.kind]}</span>{" "}
                <strong>{s.name}</strong>
              </a>
              <div className="muted">
                {s.category !== "other" && SOURCE_CATEGORY_LABELS[s.category]}
                {s.entity && <EntityLink entity={s.entity} name={s.name} />}
                {s.url && (
                  <>
                    {" · "}
                    <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">{s.domain ?? "link"} ↗</a>
                  </>
                )}
              </div>
              {s.quote && <q className="statement-quote">{s.quote}</q>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ClaimList({ claims }: { claims: ArticleFundingClaim[] }) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Funding claims ({claims.length})</h2>
      {claims.length === 0 ? (
        <p className="empty">The text makes no funding claim.</p>
      ) : (
        <ol className="statement-list">
          {claims.map((c) => (
            <li key={c.id}>
              <a href={`#claim-${c.id}`} className="statement-link funding-edge">
                <strong>{partyName(c.funder, c, "funder")}</strong> → <strong>{partyName(c.recipient, c, "recipient")}</strong>
              </a>
              <div className="muted">
                {RELATION_LABELS[c.relation]}
                {c.amount !== null && ` · ${describeAmount(c.amount, c.currency)}`}
                {c.year !== null && ` · ${c.year}`}
              </div>
              <ul className="tags claim-flags">
                <li>{c.attributedTo ? `According to ${c.attributedTo}` : "Unattributed"}</li>
                {c.hedged && <li>Hedged</li>}
                {c.selfDisclosed && <li>Outlet's own disclosure</li>}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function EntityLink({ entity, name }: { entity: EntityRef; name: string }) {
  if (entity.outletSlug) return <> <Link href={`/outlets/${encodeURIComponent(entity.outletSlug)}`}>{entity.name}</Link> (monitored)</>;
  return entity.name !== name ? <> ({entity.name})</> : null;
}

function claimSummary(c: ArticleFundingClaim): string {
  const money = c.amount !== null ? `, ${describeAmount(c.amount, c.currency)}` : "";
  return `${partyName(c.funder, c, "funder")} → ${partyName(c.recipient, c, "recipient")} (${RELATION_LABELS[c.relation]}${money}${c.year ? `, ${c.year}` : ""})`;
}
