import type { Database } from "../../../db/client";
import type { PublicUser } from "../../../lib/auth/accounts";
import type { Actor } from "../../../lib/auth/permissions";
import { isCrossOrigin, requestUser } from "../../../lib/auth/request";
import { getDb } from "../../../lib/db";
import { jsonError, type Parsed } from "./respond";

/**
 * The first line of every data-changing route handler: same origin, signed in, allowed.
 * 401 means "sign in", 403 means "signed in, but not allowed" (or another site's page).
 */
export async function authorise(request: Request, can: (user: Actor | null) => boolean): Promise<Parsed<{ user: PublicUser; db: Database }>> {
  if (isCrossOrigin(request)) return { ok: false, response: jsonError(403, "cross_origin", "Requests that change data must come from this dashboard") };
  const db = await getDb();
  const user = await requestUser(db, request);
  if (!user) return { ok: false, response: jsonError(401, "login_required", "Sign in to change data") };
  if (!can(user)) return { ok: false, response: jsonError(403, "forbidden", `Your role (${user.role}) may not do this`) };
  return { ok: true, value: { user, db } };
}

/** A JSON request body, or a 400 that says what is wrong with it. */
export async function readJson(request: Request): Promise<Parsed<unknown>> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return { ok: false, response: jsonError(400, "invalid_json", "The request body must be JSON") };
  }
}
