"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sendJson } from "../_lib/send-json";

const ROLES = ["viewer", "editor", "admin"] as const;

/** A new account: the admin chooses its first password and passes it on; the person can be reset later from the CLI. */
export function AddAccountForm() {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setMessage(null);
    try {
      const user = await sendJson<{ email: string; role: string }>("POST", "/api/users", {
        email: form.get("email"), name: form.get("name") || null, role: form.get("role"), password: form.get("password"),
      });
      setMessage({ ok: true, text: `Added ${user.email} (${user.role})` });
      formElement.reset();
      router.refresh();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-grid" aria-label="Add account" onSubmit={submit}>
      <label>
        Email
        <input name="email" type="email" autoComplete="off" required />
      </label>
      <label>
        Name <span className="hint">optional</span>
        <input name="name" autoComplete="off" />
      </label>
      <label>
        Role
        <select name="role" defaultValue="viewer">
          {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
        </select>
      </label>
      <label>
        First password <span className="hint">12 characters or more</span>
        <input name="password" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      {message && <p role={message.ok ? "status" : "alert"} className={message.ok ? "form-ok" : "form-error"}>{message.text}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>Add account</button>
      </div>
    </form>
  );
}

/** Role and access of another account, changed at once and confirmed by the server's answer. */
export function AccountControls({ id, email, role, disabled }: { id: number; email: string; role: string; disabled: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function change(body: { role?: string; disabled?: boolean }) {
    setBusy(true);
    setError(null);
    try {
      await sendJson("PATCH", `/api/users/${id}`, body);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="account-controls">
      <label>
        <span className="visually-hidden">Role of {email}</span>
        <select value={role} disabled={busy} onChange={(event) => void change({ role: event.target.value })}>
          {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <button type="button" className={disabled ? undefined : "danger"} disabled={busy} aria-label={`${disabled ? "Enable" : "Disable"} ${email}`} onClick={() => void change({ disabled: !disabled })}>
        {disabled ? "Enable" : "Disable"}
      </button>
      {error && <p role="alert" className="form-error">{error}</p>}
    </div>
  );
}
