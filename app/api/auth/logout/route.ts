import { NextResponse } from "next/server";
import { isCrossOrigin, readCookie, sessionCookieOptions } from "../../../../lib/auth/request";
import { SESSION_COOKIE, deleteSession } from "../../../../lib/auth/sessions";
import { getDb } from "../../../../lib/db";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** POST /api/auth/logout — ends this browser's session. */
export async function POST(request: Request): Promise<Response> {
  if (isCrossOrigin(request)) return jsonError(403, "cross_origin", "Sign out from this dashboard");
  return respond("/api/auth/logout", async () => {
    const token = readCookie(request.headers.get("cookie"), SESSION_COOKIE);
    if (token) await deleteSession(await getDb(), token);
    const response = NextResponse.json({ signedOut: true });
    response.cookies.set(SESSION_COOKIE, "", sessionCookieOptions(request));
    return response;
  });
}
