import type { Metadata } from "next";
import Link from "next/link";
import { getPageUser } from "../../lib/auth/page-user";
import { canEditOutlets } from "../../lib/auth/permissions";
import { getDb } from "../../lib/db";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { OpmlImport } from "../_components/opml-import";
import { OutletTable } from "../_components/outlet-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outlets" };

export default async function OutletsPage() {
  const [outlets, user] = await Promise.all([getDb().then(listOutletsWithStats), getPageUser()]);
  const editable = canEditOutlets(user);
  return (
    <>
      <h1>Outlets</h1>
      <div className="toolbar">
        {editable ? (
          <>
            <Link href="/outlets/new" className="button">Add outlet</Link>
            <OpmlImport />
          </>
        ) : (
          <span className="muted">{user ? `Your role (${user.role}) is read-only.` : <><Link href="/login?next=/outlets">Sign in</Link> to add, edit, pause or remove outlets.</>}</span>
        )}
        <a href="/api/outlets/opml" className="button" download>Export OPML</a>
      </div>
      <section className="card">
        <OutletTable outlets={outlets} editable={editable} />
      </section>
    </>
  );
}
