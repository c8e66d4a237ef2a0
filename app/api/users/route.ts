import { AccountError, createUser, listUsers, type AccountInput } from "../../../lib/auth/accounts";
import { canManageUsers } from "../../../lib/auth/permissions";
import { authorise, readJson } from "../_lib/guard";
import { jsonError, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/users — every account (admins only). */
export async function GET(request: Request): Promise<Response> {
  const auth = await authorise(request, canManageUsers);
  if (!auth.ok) return auth.response;
  return respond("/api/users", () => listUsers(auth.value.db));
}

/** POST /api/users {email, password, role, name?} — a new account (admins only). */
export async function POST(request: Request): Promise<Response> {
  const auth = await authorise(request, canManageUsers);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respond("POST /api/users", async () => {
    try {
      return Response.json(await createUser(auth.value.db, body.value as AccountInput), { status: 201 });
    } catch (err) {
      if (err instanceof AccountError) return jsonError(err.code === "duplicate_account" ? 409 : 400, err.code, err.message);
      throw err;
    }
  });
}
