import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export type UserRole = "viewer" | "editor" | "admin";

/** People who sign in to the dashboard. Viewers read; editors change outlets and data; admins manage accounts. */
export const users = pgTable("users", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Stored lower-case: the sign-in name. */
  email: text().notNull().unique(),
  name: text(),
  role: text().$type<UserRole>().notNull().default("viewer"),
  /** scrypt, with its parameters and salt in the string. */
  passwordHash: text("password_hash").notNull(),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
});

/** A signed-in browser. Only the token's hash is stored, so a database dump signs nobody in. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
