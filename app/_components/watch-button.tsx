"use client";

import Link from "next/link";
import type { WatchlistInput } from "../../lib/watchlists/watchlists";
import { sendJson } from "../_lib/send-json";
import { useAction } from "../_lib/use-action";

/** Follows a search, a claim or an entity: new articles that match show up under Watchlists. */
export function WatchButton({ watch, label }: { watch: WatchlistInput; label: string }) {
  const { run, busy, message } = useAction();
  return (
    <span className="watch-button">
      <button type="button" disabled={busy} onClick={() => void run(async () => {
        const created = await sendJson<{ label: string }>("POST", "/api/watchlists", watch);
        return `Following ${created.label.replace(/^\w+: /, "")}`;
      })}>
        {label}
      </button>
      {message && (
        <span className={message.ok ? "muted" : "error"} role={message.ok ? "status" : "alert"}>
          {message.text}{message.ok && <> · <Link href="/watchlists">Watchlists</Link></>}
        </span>
      )}
    </span>
  );
}
