"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "../_lib/send-json";

/** Pause, resume and remove: the outlet's one-click actions, each confirmed by what the server answers. */
export function OutletControls({ slug, name, paused }: { slug: string; name: string; paused: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/outlets/${encodeURIComponent(slug)}`;

  async function act(action: () => Promise<string>, then?: string) {
    setBusy(true);
    try {
      const text = await action();
      setMessage({ ok: true, text });
      if (then) router.push(then);
      router.refresh();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="form-actions">
      <span>
        Status: <strong>{paused ? "paused" : "active"}</strong>
      </span>
      <button type="button" disabled={busy} onClick={() => act(async () => {
        await sendJson("PATCH", path, { paused: !paused });
        return paused ? `${name} resumed: its sources are due now` : `${name} paused`;
      })}>
        {paused ? "Resume" : "Pause"}
      </button>
      <button type="button" className="danger" disabled={busy} onClick={() => {
        if (!window.confirm(`Remove ${name} with all its articles and fetch history? This cannot be undone.`)) return;
        void act(async () => {
          const { articles } = await sendJson<{ articles: number }>("DELETE", path);
          return `Removed ${name} and its ${articles} articles`;
        }, "/outlets");
      }}>
        Remove outlet
      </button>
      {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "form-ok" : "form-error"}>{message.text}</p>}
    </div>
  );
}
