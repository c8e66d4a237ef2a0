import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { appMeta } from "../../db/schema";
import type { Secret } from "../config";
import { AccountError, countUsers, createUser, type PublicUser } from "./accounts";

/**
 * The first admin of an install. With CLAIMSCOPE_ADMIN_EMAIL and CLAIMSCOPE_ADMIN_PASSWORD set it is
 * created on first start; otherwise the server prints a one-time secret, and whoever can read the
 * server's output claims the install at /setup with it. Only the secret's hash is kept, and it is
 * gone once an admin exists.
 */

const SETUP_KEY = "admin_setup_secret";

export type FirstAdminOutcome = { kind: "exists" } | { kind: "created"; email: string } | { kind: "setup"; secret: string };

function digest(secret: string): Buffer {
  return createHash("sha256").update(secret.trim()).digest();
}

export async function ensureFirstAdmin(
  db: Database, settings: { adminEmail: string | null; adminPassword: Secret | null },
): Promise<FirstAdminOutcome> {
  if ((await countUsers(db)) > 0) {
    await db.delete(appMeta).where(eq(appMeta.key, SETUP_KEY));
    return { kind: "exists" };
  }
  if (settings.adminEmail && settings.adminPassword) {
    const user = await createUser(db, { email: settings.adminEmail, password: settings.adminPassword.reveal(), role: "admin", name: "Administrator" });
    return { kind: "created", email: user.email };
  }
  // A new secret on every start until someone uses one: an old log line never stays a key to the install.
  const secret = randomBytes(18).toString("base64url");
  const value = { sha256: digest(secret).toString("hex") };
  await db.insert(appMeta).values({ key: SETUP_KEY, value }).onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: new Date() } });
  return { kind: "setup", secret };
}

export async function isSetupPending(db: Database): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

export class SetupError extends Error {
  constructor(readonly code: "setup_done" | "wrong_secret", message: string) {
    super(message);
  }
}

/** Creates the first admin if the one-time secret matches, and retires the secret. */
export async function completeSetup(db: Database, secret: string, account: { email: string; name?: string | null; password: string }): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    // Row lock: two browsers racing with the secret cannot both become the first admin.
    const [row] = await tx.select().from(appMeta).where(eq(appMeta.key, SETUP_KEY)).for("update");
    if ((await countUsers(tx)) > 0 || !row) throw new SetupError("setup_done", "This install has an admin already: sign in instead");
    const expected = Buffer.from(String((row.value as { sha256?: string }).sha256 ?? ""), "hex");
    const given = digest(secret);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new SetupError("wrong_secret", "That is not the setup secret the server printed at its last start");
    }
    const user = await createUser(tx, { ...account, role: "admin" });
    await tx.delete(appMeta).where(eq(appMeta.key, SETUP_KEY));
    return user;
  });
}

export { AccountError };
