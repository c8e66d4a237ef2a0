import { z } from "zod";
import { AccountError } from "../../../../lib/auth/accounts";
import { SetupError, completeSetup } from "../../../../lib/auth/first-admin";
import { isCrossOrigin } from "../../../../lib/auth/request";
import { getDb } from "../../../../lib/db";
import { readJson } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";
import { signedIn } from "../session-response";

export const dynamic = "force-dynamic";

const setup = z.object({ secret: z.string().max(200), email: z.string().max(320), name: z.string().max(200).optional(), password: z.string().max(1024) });

/** POST /api/auth/setup {secret, email, password} — the first admin, with the secret the server printed. */
export async function POST(request: Request): Promise<Response> {
  if (isCrossOrigin(request)) return jsonError(403, "cross_origin", "Set up from this dashboard");
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respond("/api/auth/setup", async () => {
    const { secret, ...account } = setup.parse(body.value);
    const db = await getDb();
    try {
      return await signedIn(db, request, await completeSetup(db, secret, account));
    } catch (err) {
      if (err instanceof SetupError) return jsonError(err.code === "setup_done" ? 409 : 403, err.code, err.message);
      if (err instanceof AccountError) return jsonError(400, err.code, err.message);
      throw err;
    }
  });
}
