import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Database, Transaction } from "../../db/client";
import { sessions, users } from "../../db/schema";
import type { PublicUser } from "./accounts";

/**
 * Sessions: a random token in an httpOnly cookie, and only its SHA-256 in the database, so reading
 * the sessions table signs nobody in. A session ends at logout, at expiry, or when its user is disabled.
 */

export const SESSION_COOKIE = "claimscope_session";
export const SESSION_DAYS = 30;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(db: Database, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  // Expired sessions are swept here rather than by a job: signing in is rare and cheap.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function getSessionUser(db: Database, token: string | undefined, now = new Date()): Promise<PublicUser | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt, createdAt: users.createdAt, lastLoginAt: users.lastLoginAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  return row ?? null;
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: Database | Transaction, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
