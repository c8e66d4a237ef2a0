import { getDb } from "../../../lib/db";
import { listOutletsWithStats } from "../../../lib/queries/outlets";
import { respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/outlets — outlets with article counts and their latest fetch run. */
export async function GET(): Promise<Response> {
  return respond("/api/outlets", async () => listOutletsWithStats(await getDb()));
}
