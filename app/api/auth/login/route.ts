import { z } from "zod";
import { authenticate } from "../../../../lib/auth/accounts";
import { isCrossOrigin } from "../../../../lib/auth/request";
import { getDb } from "../../../../lib/db";
import { readJson } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";
import { signedIn } from "../session-response";

export const dynamic = "force-dynamic";

const credentials = z.object({ email: z.string().max(320), password: z.string().max(1024) });

/** POST /api/auth/login {email, password} — sets the session cookie; 401 for any wrong combination. */
export async function POST(request: Request): Promise<Response> {
  if (isCrossOrigin(request)) return jsonError(403, "cross_origin", "Sign in from this dashboard");
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respond("/api/auth/login", async () => {
    const { email, password } = credentials.parse(body.value);
    const db = await getDb();
    const user = await authenticate(db, email, password);
    if (!user) return jsonError(401, "wrong_credentials", "That email and password do not match an active account");
    return signedIn(db, request, user);
  });
}
