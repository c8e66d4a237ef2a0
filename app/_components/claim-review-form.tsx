"use client";

import { sendJson } from "../_lib/send-json";
import { useAction } from "../_lib/use-action";

const STATUSES = ["unverified", "confirmed", "disputed", "false"] as const;

/** An editor's verdict on a claim: status, note, evidence links (one per line). Each save is kept. */
export function ClaimReviewForm({ claimId, status }: { claimId: number; status: string }) {
  const { run, busy, message } = useAction();

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const evidenceUrls = String(data.get("evidence") ?? "").split(/\s+/).map((u) => u.trim()).filter(Boolean);
    return run(async () => {
      await sendJson("POST", `/api/claims/${claimId}/reviews`, { status: data.get("status"), note: data.get("note"), evidenceUrls });
      // The status stays as saved; the note and links are cleared for the next change.
      for (const name of ["note", "evidence"]) (form.elements.namedItem(name) as HTMLTextAreaElement).value = "";
      return `Saved: the claim is now ${data.get("status")}`;
    });
  }

  return (
    <form className="review-form" onSubmit={(e) => { e.preventDefault(); void submit(e.currentTarget); }}>
      <label>
        Status
        <select name="status" defaultValue={status}>
          {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        Note
        <textarea name="note" rows={3} placeholder="What the evidence shows" />
      </label>
      <label>
        Evidence links (one per line)
        <textarea name="evidence" rows={2} placeholder="https://…" />
      </label>
      <button type="submit" disabled={busy}>Save review</button>
      {message && <p className={message.ok ? "notice" : "error"} role={message.ok ? "status" : "alert"}>{message.text}</p>}
    </form>
  );
}
