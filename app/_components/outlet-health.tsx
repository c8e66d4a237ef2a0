import type { OutletHealth as Health } from "../../lib/queries/outlets";
import { formatDateTime } from "../_lib/format";

/** Whether we can currently see an outlet, in words: a failing source must stand out, never vanish. */

const ERROR_CLASS: Record<string, string> = {
  dns: "DNS lookup failed",
  tls: "TLS error",
  timeout: "timed out",
  connect_timeout: "could not connect",
  too_large: "response too large",
  private_network: "private address refused",
  empty_body: "empty response",
  network: "network error",
  item_errors: "some items failed",
};

export function describeError(code: string | null): string {
  if (!code) return "error";
  if (code.startsWith("http_")) return `HTTP ${code.slice(5)}`;
  if (code.startsWith("parse") || code.startsWith("xml") || code.includes("format")) return `parse error (${code})`;
  return ERROR_CLASS[code] ?? code;
}

export function OutletHealth({ health }: { health: Health }) {
  if (health.paused) return <span className="status status-none">Paused</span>;
  if (health.feeds === 0) return <span className="muted">Imported, not fetched</span>;
  const since = health.lastSuccessAt ? `last success ${formatDateTime(health.lastSuccessAt)}` : "never succeeded";
  const next = health.nextAttemptAt && (
    <div className="muted">
      next attempt <time dateTime={health.nextAttemptAt}>{formatDateTime(health.nextAttemptAt)}</time>
    </div>
  );
  if (health.failingFeeds > 0) {
    const times = health.consecutiveFailures === 1 ? "once" : `${health.consecutiveFailures} times in a row`;
    return (
      <div>
        <span className="status status-error">Failing</span> {describeError(health.lastErrorCode)}, {times}
        <div className="muted">{since}</div>
        {next}
      </div>
    );
  }
  if (!health.lastSuccessAt) {
    return (
      <div>
        <span className="status status-none">Not fetched yet</span>
        {next}
      </div>
    );
  }
  return (
    <div>
      <span className="status status-ok">Healthy</span>
      <div className="muted">{since}</div>
      {next}
    </div>
  );
}

/** The overview's warning: which outlets we are blind to right now. */
export function FailingOutletsAlert({ outlets }: { outlets: { slug: string; name: string; health: Health }[] }) {
  if (outlets.length === 0) return null;
  return (
    <section className="alert" aria-label="Failing outlets">
      <strong>{outlets.length === 1 ? "1 outlet is" : `${outlets.length} outlets are`} failing to fetch:</strong>{" "}
      {outlets.map((o, i) => (
        <span key={o.slug}>
          {i > 0 && ", "}
          {o.name} ({describeError(o.health.lastErrorCode)}, {o.health.consecutiveFailures}×)
        </span>
      ))}
      . Their coverage below may have gaps that are ours, not theirs.
    </section>
  );
}
