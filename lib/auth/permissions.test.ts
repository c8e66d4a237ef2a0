import { describe, expect, it } from "vitest";
import { canChangeUser, canEditOutlets, canManageUsers, canPreviewOutlets, isRole } from "./permissions";

const viewer = { id: 1, role: "viewer" as const };
const editor = { id: 2, role: "editor" as const };
const admin = { id: 3, role: "admin" as const };

describe("permissions", () => {
  it("lets nobody signed out change anything", () => {
    expect([canEditOutlets(null), canPreviewOutlets(null), canManageUsers(null), canChangeUser(null, viewer)]).toEqual([false, false, false, false]);
  });

  it("keeps viewers read-only, lets editors manage outlets, and admins accounts too", () => {
    expect([canEditOutlets(viewer), canEditOutlets(editor), canEditOutlets(admin)]).toEqual([false, true, true]);
    expect([canPreviewOutlets(viewer), canPreviewOutlets(editor)]).toEqual([false, true]);
    expect([canManageUsers(viewer), canManageUsers(editor), canManageUsers(admin)]).toEqual([false, false, true]);
  });

  it("lets an admin change other accounts but not their own, so an install keeps its admin", () => {
    expect(canChangeUser(admin, editor)).toBe(true);
    expect(canChangeUser(admin, admin)).toBe(false);
    expect(canChangeUser(editor, viewer)).toBe(false);
  });

  it("knows the three roles and nothing else", () => {
    expect(["viewer", "editor", "admin", "root", 1].map(isRole)).toEqual([true, true, true, false, false]);
  });
});
