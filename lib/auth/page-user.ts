import { cookies } from "next/headers";
import type { PublicUser } from "./accounts";
import { SESSION_COOKIE, getSessionUser } from "./sessions";
import { getDb } from "../db";

/** Who is viewing a server-rendered page: for showing or hiding controls. Routes check again themselves. */
export async function getPageUser(): Promise<PublicUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? getSessionUser(await getDb(), token) : null;
}
