import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getPageUser } from "../../../../lib/auth/page-user";
import { canEditOutlets } from "../../../../lib/auth/permissions";
import { getDb } from "../../../../lib/db";
import { getOutletSettings } from "../../../../lib/queries/outlet-settings";
import { OutletControls } from "../../../_components/outlet-controls";
import { OutletForm } from "../../../_components/outlet-form";
import { toFormValues } from "../../../_lib/outlet-form-values";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit outlet" };

export default async function EditOutletPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getPageUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/outlets/${slug}/edit`)}`);
  const settings = await getOutletSettings(await getDb(), slug);
  if (!settings) notFound();
  return (
    <>
      <h1>Edit {settings.name}</h1>
      {canEditOutlets(user) ? (
        <>
          <section className="card form-card">
            <OutletControls slug={settings.slug} name={settings.name} paused={settings.paused} />
          </section>
          <section className="card form-card">
            <OutletForm initial={toFormValues(settings)} editing={settings.slug} />
          </section>
        </>
      ) : (
        <p className="alert">Your role ({user.role}) may not change outlets; ask an admin.</p>
      )}
    </>
  );
}
