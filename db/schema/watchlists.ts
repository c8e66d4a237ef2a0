import { index, integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { articles } from "./articles";
import { claims } from "./claims";
import { entities } from "./statements";

export type WatchKind = "search" | "claim" | "entity";

/**
 * What a user follows: a saved search (words, in the search page's syntax), a claim, or an entity.
 * Each new article that matches raises an alert for its owner.
 */
export const watchlists = pgTable(
  "watchlists",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().$type<WatchKind>().notNull(),
    label: text().notNull(),
    query: text(),
    claimId: integer("claim_id").references(() => claims.id, { onDelete: "cascade" }),
    entityId: integer("entity_id").references(() => entities.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("watchlists_user").on(t.userId), index("watchlists_claim").on(t.claimId), index("watchlists_entity").on(t.entityId)],
);

/** One article that matched one watchlist, once; unread until its owner marks it read. */
export const watchAlerts = pgTable(
  "watch_alerts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    watchlistId: integer("watchlist_id")
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [unique("watch_alerts_once").on(t.watchlistId, t.articleId)],
);
