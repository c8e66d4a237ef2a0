import type { Metadata } from "next";
import Link from "next/link";
import { getPageUser } from "../../lib/auth/page-user";
import { getDb } from "../../lib/db";
import { listAlerts, listWatchlists } from "../../lib/watchlists/watchlists";
import { DateLabel } from "../_components/date-label";
import { FollowEntityForm, MarkAlertsRead, StopWatching } from "../_components/watchlist-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Watchlists" };

export default async function WatchlistsPage() {
  const user = await getPageUser();
  if (!user) {
    return (
      <>
        <h1>Watchlists</h1>
        <p><Link href="/login?next=/watchlists">Sign in</Link> to follow searches, claims and people, and see the new articles that match them.</p>
      </>
    );
  }
  const db = await getDb();
  const [watchlists, alerts] = await Promise.all([listWatchlists(db, user.id), listAlerts(db, user.id)]);
  const unread = alerts.filter((a) => !a.read).length;
  return (
    <>
      <h1>Watchlists</h1>
      <p className="muted">
        Follow a search (&ldquo;Watch this search&rdquo; on the search page), a claim (&ldquo;Track this claim&rdquo; on its page) or a
        person or organisation below. Each article that arrives afterwards and matches raises an alert here.
      </p>
      <section className="card" aria-labelledby="alerts-heading">
        <div className="card-head">
          <h2 id="alerts-heading">Alerts{unread ? ` (${unread} new)` : ""}</h2>
          {alerts.length > 0 && <MarkAlertsRead unread={unread} />}
        </div>
        {alerts.length === 0 ? (
          <p className="empty">No alerts yet: new articles that match what you follow will appear here.</p>
        ) : (
          <ul className="alert-list" aria-label="Alerts">
            {alerts.map((a) => (
              <li key={a.id} className={a.read ? "read" : "unread"}>
                {!a.read && <span className="badge">new</span>} <Link href={`/articles/${a.article.id}`}>{a.article.title}</Link>{" "}
                <span className="muted">· {a.article.outlet} · <DateLabel iso={a.article.publishedAt} /> · matched {a.watchlist.label}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="following-heading">
        <h2 id="following-heading">Following</h2>
        <FollowEntityForm />
        {watchlists.length === 0 ? (
          <p className="empty">You follow nothing yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">What you follow</caption>
            <thead>
              <tr><th scope="col">What</th><th scope="col" className="num">New alerts</th><th scope="col">Since</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
            </thead>
            <tbody>
              {watchlists.map((w) => (
                <tr key={w.id}>
                  <td>{w.label}</td>
                  <td className="num">{w.unread}</td>
                  <td><DateLabel iso={w.createdAt} /></td>
                  <td><StopWatching id={w.id} label={w.label} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
