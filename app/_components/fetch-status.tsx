import type { LastFetch } from "../../lib/queries/outlets";
import { formatDateTime } from "../_lib/format";

/** The last fetch of an outlet in words, so a failing source is visible without a legend. */

const STATUS_TEXT: Record<LastFetch["status"], string> = {
  ok: "OK",
  not_modified: "OK, no changes",
  partial: "Partly failed",
  error: "Failed",
  running: "Running",
};

export function FetchStatus({ lastFetch }: { lastFetch: LastFetch | null }) {
  if (!lastFetch) return <span className="status status-none">Never fetched</span>;
  const { status, startedAt, finishedAt, itemsSeen, itemsNew, errorCode, errorMessage } = lastFetch;
  return (
    <div className="fetch-status">
      <span className={`status status-${status}`}>{STATUS_TEXT[status]}</span>{" "}
      <time dateTime={finishedAt ?? startedAt}>{formatDateTime(finishedAt ?? startedAt)}</time>
      {status !== "running" && (
        <div className="muted">
          {itemsSeen} seen, {itemsNew} new
        </div>
      )}
      {(errorCode || errorMessage) && (
        <div className="fetch-error" role="note">
          {errorCode && <code>{errorCode}</code>}
          {errorCode && errorMessage && ": "}
          {errorMessage}
        </div>
      )}
    </div>
  );
}
