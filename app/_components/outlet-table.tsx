import Link from "next/link";
import type { OutletWithStats } from "../../lib/queries/outlets";
import { isWebUrl } from "../_lib/format";
import { FetchStatus } from "./fetch-status";
import { OutletHealth } from "./outlet-health";

const KIND_TEXT = { feed: "Feed", scrape: "Scraped" } as const;

export function OutletTable({ outlets, editable = false }: { outlets: OutletWithStats[]; editable?: boolean }) {
  if (outlets.length === 0) {
    return <p className="empty">No outlets yet. Add one here (sign in as an editor) or with the command line: <code>outlets add</code>.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">Articles</th>
            <th scope="col">Health</th>
            <th scope="col">Last fetch</th>
            {editable && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.id} className={o.health.failingFeeds > 0 && !o.health.paused ? "row-failing" : undefined}>
              <th scope="row">
                <div>
                  <Link href={`/outlets/${encodeURIComponent(o.slug)}`}>{o.name}</Link>
                </div>
                <div className="muted">
                  {isWebUrl(o.homepageUrl) ? (
                    <a href={o.homepageUrl} rel="noopener noreferrer">
                      {new URL(o.homepageUrl).host}
                    </a>
                  ) : (
                    o.slug
                  )}
                </div>
              </th>
              <td>{KIND_TEXT[o.kind] ?? o.kind}</td>
              <td className="num">
                <Link href={`/articles?outlet=${encodeURIComponent(o.slug)}`}>{o.articleCount}</Link>
                {o.unknownDateCount > 0 && (
                  <div className="muted">{o.unknownDateCount} with unknown date</div>
                )}
              </td>
              <td>
                <OutletHealth health={o.health} />
              </td>
              <td>
                <FetchStatus lastFetch={o.lastFetch} />
              </td>
              {editable && (
                <td>
                  <Link href={`/outlets/${encodeURIComponent(o.slug)}/edit`} aria-label={`Edit ${o.name}`}>Edit</Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
