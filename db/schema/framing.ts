import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { MarkerVariant } from "../../lib/framing/lexicon";
import { users } from "./accounts";
import { articles } from "./articles";

/**
 * The framing-marker lexicon as editors keep it, and how often each article writes each variant, in
 * its own voice or in quotation marks (lib/framing).
 */

export const markerGroups = pgTable("marker_groups", {
  key: text().primaryKey(),
  label: text().notNull(),
  variants: jsonb().$type<MarkerVariant[]>().notNull(),
  /** The order groups are shown in. */
  position: integer().notNull().default(0),
  updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const articleMarkers = pgTable(
  "article_markers",
  {
    articleId: integer("article_id").notNull().references(() => articles.id, { onDelete: "cascade" }),
    groupKey: text("group_key").notNull(),
    variant: text().notNull(),
    count: integer().notNull(),
    inQuotes: integer("in_quotes").notNull(),
    inScareQuotes: integer("in_scare_quotes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.groupKey, t.variant] }), index("article_markers_variant").on(t.groupKey, t.variant)],
);

/** Which lexicon each article was counted with: a lexicon edit changes the hash, and the job recounts. */
export const articleMarkerStates = pgTable("article_marker_states", {
  articleId: integer("article_id").primaryKey().references(() => articles.id, { onDelete: "cascade" }),
  lexiconHash: text("lexicon_hash").notNull(),
  countedAt: timestamp("counted_at", { withTimezone: true }).notNull().defaultNow(),
});
