import type { OutletPreview } from "../../ingest/preview";
import { formatDateTime } from "../_lib/format";

/** What "Test this outlet" answers: ingest/preview.ts is the one definition of the shape. */
export type OutletPreviewDocument = OutletPreview;

const KIND_TEXT: Record<string, string> = { feed: "Feed", list_page: "List page", sitemap: "Sitemap" };

export function OutletPreviewPanel({ preview }: { preview: OutletPreviewDocument }) {
  return (
    <section className="card" aria-label="Test results">
      <h2>What a fetch would ingest</h2>
      <p className="muted">Nothing has been saved.</p>
      {preview.sources.length === 0 && <p className="empty">This outlet has no sources to test: add a feed, list page or sitemap.</p>}
      {preview.sources.map((source) => (
        <div key={source.url} className="preview-source">
          <h3>
            {KIND_TEXT[source.kind] ?? source.kind}: <code>{source.url}</code>
          </h3>
          {source.status === "error" ? (
            <p className="form-error">
              Failed ({source.errorCode}): {source.errorMessage}
            </p>
          ) : (
            <p className="form-ok">
              {source.feedTitle ? `${source.feedTitle}: ` : ""}
              {source.itemsSeen} items found{source.items.length < source.itemsSeen ? `, the first ${source.items.length} shown` : ""}
            </p>
          )}
          {source.problems.length > 0 && (
            <ul className="fetch-error" aria-label="Problems">
              {source.problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
          <ul className="preview-items">
            {source.items.map((item, i) => (
              <li key={`${item.url}-${i}`}>
                <strong>{item.title ?? "(untitled)"}</strong>{" "}
                <span className="muted">
                  {item.publishedAt ? formatDateTime(item.publishedAt) : <span className="date-unknown">date unknown</span>} · {item.textLength.toLocaleString("en")} characters
                  {item.language ? ` · ${item.language}` : ""}
                  {item.authors.length > 0 ? ` · by ${item.authors.join(", ")}` : ""}
                  {item.credits.length > 0 ? ` · credits: ${item.credits.join("; ")}` : ""}
                </span>
                {item.url && <div className="muted"><a href={item.url} rel="noopener noreferrer">{item.url}</a></div>}
                <p>{item.textExcerpt || <span className="empty">no text extracted</span>}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
