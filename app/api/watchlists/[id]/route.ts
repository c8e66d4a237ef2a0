import { canWatch } from "../../../../lib/auth/permissions";
import { deleteWatchlist } from "../../../../lib/watchlists/watchlists";
import { authorise } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/watchlists/:id — stops following it; only its owner may. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  const auth = await authorise(request, canWatch);
  if (!auth.ok) return auth.response;
  const raw = (await context.params).id;
  if (!/^\d{1,9}$/.test(raw)) return jsonError(404, "unknown_watchlist", "No such watchlist");
  return respond("DELETE /api/watchlists/[id]", async () =>
    (await deleteWatchlist(auth.value.db, auth.value.user.id, Number(raw))) ? { removed: true } : jsonError(404, "unknown_watchlist", "No such watchlist of yours"),
  );
}
