"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { WatchlistInput } from "../../lib/watchlists/watchlists";
import { sendJson } from "../_lib/send-json";

/** Follows a search, a claim or an entity: new articles that match show up under Watchlists. */
export function WatchButton({ watch, label }: { watch: WatchlistInput; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="watch-button">
      <button type="button" disabled={busy} onClick={async () => {
        setBusy(true);
        try {
          const created = await sendJson<{ label: string }>("POST", "/api/watchlists", watch);
          setMessage({ ok: true, text: `Following ${created.label.replace(/^\w+: /, "")}` });
          router.refresh();
        } catch (err) {
          setMessage({ ok: false, text: (err as Error).message });
        } finally {
          setBusy(false);
        }
      }}>
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
