import { z } from "zod";
import { AccountError, getUserById, setUserDisabled, setUserRole } from "../../../../lib/auth/accounts";
import { canChangeUser, canManageUsers, ROLES } from "../../../../lib/auth/permissions";
import { deleteUserSessions } from "../../../../lib/auth/sessions";
import { authorise, readJson } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

const changeSchema = z
  .object({ role: z.enum(ROLES as [string, ...string[]]).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((c) => c.role !== undefined || c.disabled !== undefined, "send role, disabled or both");

/**
 * PATCH /api/users/:id {role?, disabled?} — an admin changes another account; disabling ends its
 * sessions at once. Admins cannot change themselves, so an install never loses its last admin.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const auth = await authorise(request, canManageUsers);
  if (!auth.ok) return auth.response;
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) return jsonError(400, "invalid_params", "The account id must be a positive integer");
  if (!canChangeUser(auth.value.user, { id })) return jsonError(403, "forbidden", "Admins cannot change their own role or disable themselves");
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respond("PATCH /api/users/:id", async () => {
    const change = changeSchema.parse(body.value);
    const { db } = auth.value;
    const target = await getUserById(db, id);
    if (!target) return jsonError(404, "unknown_account", `No account with id ${id}`);
    try {
      return await db.transaction(async (tx) => {
        let user = target;
        if (change.role) user = await setUserRole(tx, target.email, change.role as (typeof ROLES)[number]);
        if (change.disabled !== undefined) {
          user = await setUserDisabled(tx, target.email, change.disabled);
          if (change.disabled) await deleteUserSessions(tx, id);
        }
        return user;
      });
    } catch (err) {
      if (err instanceof AccountError) return jsonError(400, err.code, err.message);
      throw err;
    }
  });
}
