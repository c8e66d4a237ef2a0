import { ZodError } from "zod";
import { canWatch } from "../../../lib/auth/permissions";
import { formatIssues } from "../../../lib/queries/params";
import { createWatchlist, listAlerts, listWatchlists, WatchTargetError } from "../../../lib/watchlists/watchlists";
import { authorise, readJson } from "../_lib/guard";
import { jsonError, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/watchlists — the signed-in user's watchlists and newest alerts. */
export async function GET(request: Request): Promise<Response> {
  const auth = await authorise(request, canWatch);
  if (!auth.ok) return auth.response;
  const { db, user } = auth.value;
  return respond("/api/watchlists", async () => ({ watchlists: await listWatchlists(db, user.id), alerts: await listAlerts(db, user.id) }));
}

/** POST /api/watchlists — {kind: "search", query} | {kind: "claim", claimId} | {kind: "entity", entity}. */
export async function POST(request: Request): Promise<Response> {
  const auth = await authorise(request, canWatch);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const { db, user } = auth.value;
  return respond("POST /api/watchlists", async () => {
    try {
      return await createWatchlist(db, user.id, body.value as never);
    } catch (err) {
      if (err instanceof ZodError) return jsonError(400, "invalid_watchlist", formatIssues(err));
      if (err instanceof WatchTargetError) return jsonError(404, "unknown_target", err.message);
      throw err;
    }
  });
}
