import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPageUser } from "../../../lib/auth/page-user";
import { canEditOutlets } from "../../../lib/auth/permissions";
import { OutletForm } from "../../_components/outlet-form";
import { EMPTY_OUTLET_FORM } from "../../_lib/outlet-form-values";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add outlet" };

export default async function NewOutletPage() {
  const user = await getPageUser();
  if (!user) redirect("/login?next=/outlets/new");
  return (
    <>
      <h1>Add outlet</h1>
      <section className="card form-card">
        {canEditOutlets(user) ? <OutletForm initial={EMPTY_OUTLET_FORM} /> : <p className="alert">Your role ({user.role}) may not add outlets; ask an admin.</p>}
      </section>
    </>
  );
}
