import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canReviewClaims } from "../../../lib/auth/permissions";
import { getPageUser } from "../../../lib/auth/page-user";
import { getDb } from "../../../lib/db";
import { rowIdParam } from "../../../lib/queries/params";
import { claimChain } from "../../../lib/queries/trace";
import { claimReviewHistory } from "../../../lib/reviews/claim-reviews";
import { ClaimChain } from "../../_components/claim-chain";
import { ClaimReviewForm } from "../../_components/claim-review-form";
import { WatchButton } from "../../_components/watch-button";
import { formatDateTime } from "../../_lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claim" };

type Props = { params: Promise<{ id: string }> };

export default async function ClaimPage({ params }: Props) {
  const parsed = rowIdParam("claim id").safeParse((await params).id);
  if (!parsed.success) notFound();
  const id = parsed.data;
  const db = await getDb();
  const [trace, history, user] = await Promise.all([claimChain(db, id), claimReviewHistory(db, id), getPageUser()]);
  if (!trace) notFound();
  const status = trace.claims[0]?.status ?? "unverified";
  return (
    <>
      <p className="muted"><Link href="/trace">Trace a claim</Link></p>
      <h1>Claim</h1>
      <blockquote className="trace-claim">{trace.claim}</blockquote>
      <p>
        Status: <span className={`status status-${status}`}>{status}</span>
        {history[0] && <span className="muted"> · set by {history[0].by} on <time dateTime={history[0].at}>{formatDateTime(history[0].at)}</time></span>}
      </p>
      {user && <p><WatchButton watch={{ kind: "claim", claimId: id }} label="Track this claim" /></p>}
      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">Review</h2>
        {canReviewClaims(user) ? (
          <ClaimReviewForm claimId={id} status={status} />
        ) : (
          <p className="muted">{user ? "Your role may read reviews but not set them." : <><Link href={`/login?next=/claims/${id}`}>Sign in</Link> as an editor to review this claim.</>}</p>
        )}
        <h3>History</h3>
        {history.length === 0 ? (
          <p className="empty">Nobody has reviewed this claim yet.</p>
        ) : (
          <ol className="review-history" aria-label="Review history">
            {history.map((r) => (
              <li key={r.id}>
                <span className={`status status-${r.status}`}>{r.status}</span> by {r.by} on <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                {r.note && <p>{r.note}</p>}
                {r.evidenceUrls.length > 0 && (
                  <ul>{r.evidenceUrls.map((u) => <li key={u}><a href={u} rel="noopener noreferrer nofollow">{u}</a></li>)}</ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="appearances-heading">
        <h2 id="appearances-heading">{trace.occurrences.length} {trace.occurrences.length === 1 ? "appearance" : "appearances"}</h2>
        <ClaimChain occurrences={trace.occurrences} />
      </section>
    </>
  );
}
