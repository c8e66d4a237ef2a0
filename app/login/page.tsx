import type { Metadata } from "next";
import Link from "next/link";
import { isSetupPending } from "../../lib/auth/first-admin";
import { getDb } from "../../lib/db";
import { LoginForm } from "../_components/login-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const pending = await isSetupPending(await getDb());
  return (
    <>
      <h1>Sign in</h1>
      <section className="card form-card narrow">
        <p className="muted">Reading needs no account. Signing in lets editors add and change outlets, and admins manage accounts.</p>
        {pending && (
          <p className="alert">
            This install has no accounts yet: <Link href="/setup">create the first admin</Link> with the secret the server printed.
          </p>
        )}
        <LoginForm next={next} />
      </section>
    </>
  );
}
