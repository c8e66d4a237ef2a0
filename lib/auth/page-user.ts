import { cookies } from "next/headers";
import { cache } from "react";
import type { PublicUser } from "./accounts";
import { SESSION_COOKIE, getSessionUser } from "./sessions";
import { getDb } from "../db";

/**
 * Who is viewing a server-rendered page: for showing or hiding controls. Routes check again
 * themselves. Looked up once per request, however many of the layout and the page ask.
 */
export const getPageUser = cache(async (): Promise<PublicUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? getSessionUser(await getDb(), token) : null;
});
