import type { Metadata } from "next";
import Link from "next/link";
import { isSetupPending } from "../../lib/auth/first-admin";
import { getDb } from "../../lib/db";
import { SetupForm } from "../_components/setup-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  const pending = await isSetupPending(await getDb());
  return (
    <>
      <h1>Create the first admin</h1>
      <section className="card form-card narrow">
        {pending ? (
          <SetupForm />
        ) : (
          <p>
            This install has an admin already. <Link href="/login">Sign in</Link>, or ask an admin for an account.
          </p>
        )}
      </section>
    </>
  );
}
