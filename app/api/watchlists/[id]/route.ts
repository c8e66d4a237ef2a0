import { canWatch } from "../../../../lib/auth/permissions";
import { rowIdParam } from "../../../../lib/queries/params";
import { deleteWatchlist } from "../../../../lib/watchlists/watchlists";
import { authorise } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** DELETE /api/watchlists/:id — stops following it; only its owner may. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  const auth = await authorise(request, canWatch);
  if (!auth.ok) return auth.response;
  const id = rowIdParam("watchlist id").safeParse((await context.params).id);
  if (!id.success) return jsonError(404, "unknown_watchlist", "No such watchlist");
  return respond("DELETE /api/watchlists/[id]", async () =>
    (await deleteWatchlist(auth.value.db, auth.value.user.id, id.data)) ? { removed: true } : jsonError(404, "unknown_watchlist", "No such watchlist of yours"),
  );
}
