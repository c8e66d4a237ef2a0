import { canWatch } from "../../../../lib/auth/permissions";
import { markAlertsRead } from "../../../../lib/watchlists/watchlists";
import { authorise } from "../../_lib/guard";
import { respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** POST /api/watchlists/alerts — marks every alert of the signed-in user read. */
export async function POST(request: Request): Promise<Response> {
  const auth = await authorise(request, canWatch);
  if (!auth.ok) return auth.response;
  return respond("POST /api/watchlists/alerts", async () => ({ read: await markAlertsRead(auth.value.db, auth.value.user.id) }));
}
