"use client";

import { sendJson } from "../_lib/send-json";
import { useAction } from "../_lib/use-action";

/** The watchlist page's actions: follow an entity by name, stop following, mark alerts read. */

function useShownAction() {
  const { run, busy, message } = useAction();
  const shown = message && <p className={message.ok ? "notice" : "error"} role={message.ok ? "status" : "alert"}>{message.text}</p>;
  return { run, busy, shown };
}

export function FollowEntityForm() {
  const { run, busy, shown } = useShownAction();
  return (
    <form className="filters" onSubmit={(e) => {
      e.preventDefault();
      const form = e.currentTarget;
      const entity = String(new FormData(form).get("entity") ?? "");
      void run(async () => {
        const created = await sendJson<{ label: string }>("POST", "/api/watchlists", { kind: "entity", entity });
        form.reset();
        return `Following ${created.label.replace(/^Entity: /, "")}`;
      });
    }}>
      <label>
        Person or organisation
        <input name="entity" placeholder="e.g. NED, Dimash Alzhanov" required />
      </label>
      <button type="submit" disabled={busy}>Follow</button>
      {shown}
    </form>
  );
}

export function StopWatching({ id, label }: { id: number; label: string }) {
  const { run, busy, shown } = useShownAction();
  return (
    <>
      <button type="button" className="danger" disabled={busy} aria-label={`Stop following ${label}`}
        onClick={() => void run(async () => (await sendJson("DELETE", `/api/watchlists/${id}`), "Stopped following"))}>
        Stop following
      </button>
      {shown}
    </>
  );
}

export function MarkAlertsRead({ unread }: { unread: number }) {
  const { run, busy, shown } = useShownAction();
  return (
    <>
      <button type="button" disabled={busy || unread === 0} onClick={() => void run(async () => {
        const { read } = await sendJson<{ read: number }>("POST", "/api/watchlists/alerts");
        return `${read} marked read`;
      })}>
        Mark all read
      </button>
      {shown}
    </>
  );
}
