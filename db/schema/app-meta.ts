import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Facts about the installation itself, e.g. whether the bundled sample was ever ingested. */
export const appMeta = pgTable("app_meta", {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
