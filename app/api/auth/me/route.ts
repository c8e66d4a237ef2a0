import { requestUser } from "../../../../lib/auth/request";
import { getDb } from "../../../../lib/db";
import { respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/auth/me — who this browser is signed in as, or null. */
export async function GET(request: Request): Promise<Response> {
  return respond("/api/auth/me", async () => {
    const user = await requestUser(await getDb(), request);
    return { user: user && { id: user.id, email: user.email, name: user.name, role: user.role } };
  });
}
