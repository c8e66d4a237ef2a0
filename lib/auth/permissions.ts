import type { UserRole } from "../../db/schema";

/**
 * Who may do what, in one place. Reading the dashboard needs no account; changing data does.
 * Viewers are signed in but read-only; editors manage outlets and ingest; admins also manage accounts.
 */

export interface Actor {
  id: number;
  role: UserRole;
}

const RANK: Record<UserRole, number> = { viewer: 0, editor: 1, admin: 2 };

function atLeast(user: Actor | null, role: UserRole): boolean {
  return user !== null && RANK[user.role] >= RANK[role];
}

export const canEditOutlets = (user: Actor | null): boolean => atLeast(user, "editor");
/** Previews fetch arbitrary URLs from the server, so they are an editor's tool too. */
export const canPreviewOutlets = (user: Actor | null): boolean => atLeast(user, "editor");
/** The framing-marker lexicon decides what every comparison counts: an editor's call. */
export const canEditLexicon = (user: Actor | null): boolean => atLeast(user, "editor");
/** A claim's status is a newsroom's verdict: editors set it, viewers read it. */
export const canReviewClaims = (user: Actor | null): boolean => atLeast(user, "editor");
/** Watchlists are one's own: any signed-in account keeps them, a viewer's too. */
export const canWatch = (user: Actor | null): boolean => atLeast(user, "viewer");
export const canManageUsers = (user: Actor | null): boolean => atLeast(user, "admin");

/** An admin may change anyone but cannot demote or disable themself, so an install keeps an admin. */
export function canChangeUser(user: Actor | null, target: { id: number }): boolean {
  return canManageUsers(user) && user!.id !== target.id;
}

export const ROLES: readonly UserRole[] = ["viewer", "editor", "admin"];
export function isRole(value: unknown): value is UserRole {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
