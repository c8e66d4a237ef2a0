"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sendJson } from "../_lib/send-json";

export function SetupForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get("password") !== form.get("confirm")) return setError("The two passwords differ");
    setBusy(true);
    setError(null);
    try {
      await sendJson("POST", "/api/auth/setup", {
        secret: form.get("secret"), email: form.get("email"), name: form.get("name") || undefined, password: form.get("password"),
      });
      router.push("/outlets");
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="form-grid" onSubmit={submit}>
      <label>
        Setup secret <span className="hint">printed by the server when it started</span>
        <input name="secret" required autoComplete="off" />
      </label>
      <label>
        Your email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Your name <span className="hint">optional</span>
        <input name="name" autoComplete="name" />
      </label>
      <label>
        Password <span className="hint">at least 12 characters</span>
        <input name="password" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label>
        Password again
        <input name="confirm" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      {error && <p role="alert" className="form-error">{error}</p>}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>Create admin account</button>
      </div>
    </form>
  );
}
