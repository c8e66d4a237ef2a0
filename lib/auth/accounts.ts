import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Transaction } from "../../db/client";
import { users, type User, type UserRole } from "../../db/schema";
import { hashPassword, passwordProblem, unknownUserHash, verifyPassword } from "./password";
import { ROLES } from "./permissions";

/** Accounts: creating, listing and changing users, and checking a password. The CLI and the dashboard share these. */

export class AccountError extends Error {
  constructor(readonly code: "invalid_account" | "duplicate_account" | "unknown_account", message: string) {
    super(message);
  }
}

export type PublicUser = Pick<User, "id" | "email" | "name" | "role" | "disabledAt" | "createdAt" | "lastLoginAt">;

const accountSchema = z.object({
  email: z.string().trim().toLowerCase().email("is not an email address").max(320),
  name: z.string().trim().max(200).nullable().default(null),
  role: z.enum(ROLES as [UserRole, ...UserRole[]]).default("viewer"),
  password: z.string(),
});

export type AccountInput = z.input<typeof accountSchema>;

function toPublic(user: User): PublicUser {
  const { passwordHash: _secret, ...rest } = user;
  return rest;
}

export async function createUser(db: Database | Transaction, input: AccountInput): Promise<PublicUser> {
  const parsed = accountSchema.safeParse(input);
  if (!parsed.success) {
    throw new AccountError("invalid_account", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  const problem = passwordProblem(parsed.data.password);
  if (problem) throw new AccountError("invalid_account", problem);
  const { password, ...fields } = parsed.data;
  const [row] = await db.insert(users).values({ ...fields, passwordHash: await hashPassword(password) }).onConflictDoNothing().returning();
  if (!row) throw new AccountError("duplicate_account", `An account for ${fields.email} exists already`);
  return toPublic(row);
}

export async function listUsers(db: Database): Promise<PublicUser[]> {
  return (await db.select().from(users).orderBy(asc(users.email))).map(toPublic);
}

export async function countUsers(db: Database | Transaction): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function getUserById(db: Database | Transaction, id: number): Promise<PublicUser | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toPublic(row) : null;
}

async function updateUser(db: Database | Transaction, email: string, set: Partial<typeof users.$inferInsert>): Promise<PublicUser> {
  const [row] = await db.update(users).set(set).where(eq(users.email, email.trim().toLowerCase())).returning();
  if (!row) throw new AccountError("unknown_account", `No account for ${email}`);
  return toPublic(row);
}

export async function setUserRole(db: Database | Transaction, email: string, role: UserRole): Promise<PublicUser> {
  if (!ROLES.includes(role)) throw new AccountError("invalid_account", `role: use one of ${ROLES.join(", ")}`);
  return updateUser(db, email, { role });
}

/** Disabling also ends every session of the account (sessions.ts checks disabledAt on each request). */
export async function setUserDisabled(db: Database | Transaction, email: string, disabled: boolean): Promise<PublicUser> {
  return updateUser(db, email, { disabledAt: disabled ? new Date() : null });
}

export async function setUserPassword(db: Database | Transaction, email: string, password: string): Promise<PublicUser> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError("invalid_account", problem);
  return updateUser(db, email, { passwordHash: await hashPassword(password) });
}

/**
 * The user this email and password sign in, or null. Unknown emails and disabled accounts take the
 * same scrypt work as a wrong password, so timing does not tell which emails have accounts.
 */
export async function authenticate(db: Database | Transaction, email: string, password: string): Promise<PublicUser | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  const matches = await verifyPassword(password, row?.passwordHash ?? (await unknownUserHash()));
  if (!row || !matches || row.disabledAt) return null;
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, row.id));
  return toPublic(row);
}
