import Link from "next/link";
import type { RelatedArticle, RepublicationEvidence } from "../../lib/queries/article-links";
import { DateLabel } from "./date-label";

/** The same story at other outlets, and links between them: each version stays its own article. */

const RELATION: Record<RelatedArticle["kind"], Record<RelatedArticle["direction"], string>> = {
  same_url: { to: "Same URL, seen earlier at", from: "Same URL, seen later at" },
  same_title: { to: "Same title, seen earlier at", from: "Same title, seen later at" },
  hyperlink: { to: "This article links to", from: "Linked from" },
  republication: { to: "Republished from", from: "Also published as" },
};

export function RelatedArticles({ related }: { related: RelatedArticle[] }) {
  if (related.length === 0) return null;
  return (
    <section className="card related" aria-labelledby="related-heading">
      <h2 id="related-heading">At other outlets</h2>
      <ul>
        {related.map((r) => (
          <li key={`${r.kind}|${r.direction}|${r.article.id}`}>
            <span className="muted">{RELATION[r.kind][r.direction]}</span> <strong>{r.article.outlet.name}</strong>:{" "}
            <Link href={`/articles/${r.article.id}`}>{r.article.title}</Link>{" "}
            <span className="muted">
              (<DateLabel iso={r.article.publishedAt} />)
            </span>
            {r.republication && <RepublicationDetails evidence={r.republication} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RepublicationDetails({ evidence }: { evidence: RepublicationEvidence }) {
  return (
    <details className="republication-evidence">
      <summary>
        {Math.round(evidence.containment * 100)}% of the text in common
        {evidence.credits.length > 0 ? `; the copy credits ${evidence.credits.join(", ")}` : "; no credit line on the copy"}
        {evidence.datedBy === "first seen" && "; undated, so ordered by when each was first seen"}
      </summary>
      {evidence.passages.length > 0 && (
        <ul>
          {evidence.passages.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
    </details>
  );
}
