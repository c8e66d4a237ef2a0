import { NextResponse } from "next/server";
import type { Database } from "../../../db/client";
import type { PublicUser } from "../../../lib/auth/accounts";
import { sessionCookieOptions } from "../../../lib/auth/request";
import { SESSION_COOKIE, createSession } from "../../../lib/auth/sessions";

/** Starts a session for a user who just proved who they are, and answers with who that is. */
export async function signedIn(db: Database, request: Request, user: PublicUser): Promise<Response> {
  const { token, expiresAt } = await createSession(db, user.id);
  const response = NextResponse.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } });
  response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(request, expiresAt));
  return response;
}
