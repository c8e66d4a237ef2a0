import Link from "next/link";
import type { ArticleRevisions } from "../../lib/queries/revisions";
import { formatDateTime } from "../_lib/format";

/**
 * Every text the article has had, and what changed into the selected one: removed words struck
 * through, added words underlined, unchanged stretches far from a change folded away.
 */
export function RevisionHistory({ articleId, history }: { articleId: number; history: ArticleRevisions }) {
  const { revisions, change } = history;
  if (!change) return null;
  return (
    <section className="card revisions" aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">Revisions</h2>
      <ol className="revision-list">
        {revisions.map((r) => (
          <li key={r.revision}>
            {r.revision === change.revision ? (
              <strong aria-current="true">Revision {r.revision}</strong>
            ) : r.revision === 1 ? (
              <span>Revision 1</span>
            ) : (
              <Link href={`/articles/${articleId}?revision=${r.revision}`}>Revision {r.revision}</Link>
            )}{" "}
            <span className="muted">
              seen <time dateTime={r.recordedAt}>{formatDateTime(r.recordedAt)}</time>, {r.wordCount} words
            </span>
          </li>
        ))}
      </ol>
      <section aria-label={`Changes in revision ${change.revision}`}>
        <h3>
          Changes from revision {change.previous} to {change.revision}: {words(change.diff.wordsRemoved)} removed,{" "}
          {change.diff.wordsAdded} added
        </h3>
        {change.titleBefore !== change.titleAfter && (
          <p>
            Title: <del>{change.titleBefore}</del> <ins>{change.titleAfter}</ins>
          </p>
        )}
        <div className="revision-diff">
          {change.diff.segments.map((s, i) =>
            s.kind === "skip" ? (
              <span key={i} className="diff-skip">
                {" "}[… {s.words} unchanged words …]{" "}
              </span>
            ) : s.kind === "added" ? (
              <ins key={i}>{s.text}</ins>
            ) : s.kind === "removed" ? (
              <del key={i}>{s.text}</del>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </div>
      </section>
    </section>
  );
}

function words(n: number): string {
  return n === 1 ? "1 word" : `${n} words`;
}
