"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "../_lib/send-json";

export function UserMenu({ user }: { user: { email: string; role: string; unreadAlerts: number } | null }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  if (!user) return <Link href="/login" className="user-menu">Sign in</Link>;
  return (
    <div className="user-menu">
      <span>
        {user.email} <span className="muted">({user.role})</span>
      </span>
      <Link href="/watchlists">{user.unreadAlerts ? `Watchlists (${user.unreadAlerts} new)` : "Watchlists"}</Link>
      {user.role === "admin" && <Link href="/users">Accounts</Link>}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await sendJson("POST", "/api/auth/logout").catch(() => undefined);
          router.push("/");
          router.refresh();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
