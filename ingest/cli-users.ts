import { randomBytes } from "node:crypto";
import { createUser, listUsers, setUserDisabled, setUserPassword, setUserRole, type PublicUser } from "../lib/auth/accounts";
import { isRole } from "../lib/auth/permissions";
import { deleteUserSessions } from "../lib/auth/sessions";
import { UsageError, withDatabase, type CommandOutput } from "./cli-commands";

/**
 * `users list|add|set-role|disable|enable|reset-password`: accounts from the server's shell, for the
 * first admin of a headless install and for whoever lost every admin password. Without --password a
 * strong one is generated and printed once.
 */

export interface UserFlags {
  email?: string;
  role?: string;
  name?: string;
  password?: string;
}

export async function usersCommand(action: string | undefined, args: string[], flags: UserFlags): Promise<CommandOutput> {
  const email = flags.email ?? args[0];
  switch (action) {
    case "list":
      return withDatabase(listUsers).then((users) => ({ json: users.map(summary), text: users.map(line).join("\n") || "No accounts" }));
    case "add": {
      const role = flags.role ?? "viewer";
      if (!email) throw new UsageError("users add needs --email");
      if (!isRole(role)) throw new UsageError(`--role must be viewer, editor or admin, not "${role}"`);
      const password = flags.password ?? generatePassword();
      const user = await withDatabase((db) => createUser(db, { email, role, name: flags.name ?? null, password }));
      return withPassword(user, flags.password ? null : password, `Added ${user.email} (${user.role})`);
    }
    case "set-role": {
      if (!email || !flags.role || !isRole(flags.role)) throw new UsageError("users set-role needs --email and --role viewer|editor|admin");
      const role = flags.role;
      const user = await withDatabase((db) => setUserRole(db, email, role));
      return { json: summary(user), text: `${user.email} is now ${user.role}` };
    }
    case "disable":
    case "enable": {
      if (!email) throw new UsageError(`users ${action} needs --email`);
      const user = await withDatabase(async (db) => {
        const changed = await setUserDisabled(db, email, action === "disable");
        if (action === "disable") await deleteUserSessions(db, changed.id);
        return changed;
      });
      return { json: summary(user), text: `${user.email} ${action}d` };
    }
    case "reset-password": {
      if (!email) throw new UsageError("users reset-password needs --email");
      const password = flags.password ?? generatePassword();
      const user = await withDatabase(async (db) => {
        const changed = await setUserPassword(db, email, password);
        await deleteUserSessions(db, changed.id);
        return changed;
      });
      return withPassword(user, flags.password ? null : password, `New password for ${user.email}; their sessions were ended`);
    }
    default:
      throw new UsageError(`users needs one of list, add, set-role, disable, enable, reset-password${action ? `, not "${action}"` : ""}`);
  }
}

function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

function summary(user: PublicUser) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabled: user.disabledAt !== null, lastLoginAt: user.lastLoginAt };
}

function line(user: PublicUser): string {
  return `${user.email.padEnd(36)} ${user.role.padEnd(7)} ${user.disabledAt ? "disabled" : "active"}`;
}

function withPassword(user: PublicUser, generated: string | null, text: string): CommandOutput {
  return {
    json: { ...summary(user), ...(generated ? { generatedPassword: generated } : {}) },
    text: generated ? `${text}\nPassword (shown once): ${generated}` : text,
  };
}
