"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * A button's or form's one request: busy while it runs, then the server's answer as a message, and
 * the page refreshed so what it shows is what the database now holds.
 */
export function useAction() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ ok: true, text: await action() });
      router.refresh();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, message };
}
