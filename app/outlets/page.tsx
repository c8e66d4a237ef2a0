import type { Metadata } from "next";
import { getDb } from "../../lib/db";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { OutletTable } from "../_components/outlet-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outlets" };

export default async function OutletsPage() {
  const outlets = await listOutletsWithStats(await getDb());
  return (
    <>
      <h1>Outlets</h1>
      <section className="card">
        <OutletTable outlets={outlets} />
      </section>
    </>
  );
}
