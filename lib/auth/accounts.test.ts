import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appMeta, sessions, users } from "../../db/schema";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { Secret } from "../config";
import { authenticate, createUser, setUserDisabled, setUserPassword, setUserRole } from "./accounts";
import { completeSetup, ensureFirstAdmin } from "./first-admin";
import { hashPassword, verifyPassword } from "./password";
import { createSession, deleteSession, getSessionUser } from "./sessions";

const PASSWORD = "a long enough passphrase";

describe("password hashes", () => {
  it("verify the password they were made from and nothing else, salted each time", async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "md5$abc")).toBe(false);
  });
});

describe.each(BACKENDS)("accounts on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("creates an account once per email, stores no password, and refuses bad input by name", async () => {
    const user = await createUser(t().db, { email: " Desk@Example.org ", password: PASSWORD, role: "editor" });
    expect(user).toMatchObject({ email: "desk@example.org", role: "editor" });
    expect(user).not.toHaveProperty("passwordHash");
    const [row] = await t().db.select().from(users);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    await expect(createUser(t().db, { email: "desk@example.org", password: PASSWORD })).rejects.toMatchObject({ code: "duplicate_account" });
    await expect(createUser(t().db, { email: "not-an-email", password: PASSWORD })).rejects.toThrow(/email: is not an email address/);
    await expect(createUser(t().db, { email: "b@example.org", password: "short" })).rejects.toThrow(/at least 12 characters/);
  });

  it("signs in with the right password only, and never a disabled account", async () => {
    await createUser(t().db, { email: "desk@example.org", password: PASSWORD });
    expect(await authenticate(t().db, "DESK@example.org", PASSWORD)).toMatchObject({ email: "desk@example.org", role: "viewer" });
    expect(await authenticate(t().db, "desk@example.org", "wrong password!")).toBeNull();
    expect(await authenticate(t().db, "nobody@example.org", PASSWORD)).toBeNull();
    await setUserDisabled(t().db, "desk@example.org", true);
    expect(await authenticate(t().db, "desk@example.org", PASSWORD)).toBeNull();
    await setUserDisabled(t().db, "desk@example.org", false);
    await setUserPassword(t().db, "desk@example.org", "another long passphrase");
    expect(await authenticate(t().db, "desk@example.org", PASSWORD)).toBeNull();
    expect(await authenticate(t().db, "desk@example.org", "another long passphrase")).not.toBeNull();
    await expect(setUserRole(t().db, "nobody@example.org", "admin")).rejects.toMatchObject({ code: "unknown_account" });
  });

  it("keeps sessions by token hash, ends them at logout, expiry, or when the account is disabled", async () => {
    const user = await createUser(t().db, { email: "desk@example.org", password: PASSWORD, role: "editor" });
    const { token } = await createSession(t().db, user.id);
    const [stored] = await t().db.select().from(sessions);
    expect(stored!.tokenHash).not.toContain(token);
    expect(await getSessionUser(t().db, token)).toMatchObject({ id: user.id, role: "editor" });
    expect(await getSessionUser(t().db, `${token}x`)).toBeNull();
    expect(await getSessionUser(t().db, token, new Date(Date.now() + 31 * 86_400_000))).toBeNull();

    await setUserDisabled(t().db, user.email, true);
    expect(await getSessionUser(t().db, token)).toBeNull();
    await setUserDisabled(t().db, user.email, false);
    await deleteSession(t().db, token);
    expect(await getSessionUser(t().db, token)).toBeNull();
  });

  it("creates the first admin from the environment, once", async () => {
    const settings = { adminEmail: "admin@example.org", adminPassword: new Secret(PASSWORD) };
    expect(await ensureFirstAdmin(t().db, settings)).toEqual({ kind: "created", email: "admin@example.org" });
    expect(await ensureFirstAdmin(t().db, settings)).toEqual({ kind: "exists" });
    expect(await authenticate(t().db, "admin@example.org", PASSWORD)).toMatchObject({ role: "admin" });
  });

  it("without those settings, the printed one-time secret claims the install once; an older secret does not", async () => {
    const first = await ensureFirstAdmin(t().db, { adminEmail: null, adminPassword: null });
    const second = await ensureFirstAdmin(t().db, { adminEmail: null, adminPassword: null });
    if (first.kind !== "setup" || second.kind !== "setup") throw new Error("expected setup secrets");
    const account = { email: "admin@example.org", password: PASSWORD };
    await expect(completeSetup(t().db, first.secret, account)).rejects.toMatchObject({ code: "wrong_secret" });
    expect(await completeSetup(t().db, second.secret, account)).toMatchObject({ role: "admin", email: "admin@example.org" });
    await expect(completeSetup(t().db, second.secret, { ...account, email: "other@example.org" })).rejects.toMatchObject({ code: "setup_done" });
    expect(await t().db.select().from(appMeta).where(eq(appMeta.key, "admin_setup_secret"))).toEqual([]);
    expect(await t().db.select().from(users)).toHaveLength(1);
  });
});
