import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { outlets } from "./outlets";

/**
 * What each article states about where its information comes from and who pays whom (lib/extract),
 * with the people, organisations and outlets named resolved to entities.
 */

export type EntityKind = "person" | "organisation" | "outlet";

/** What kind of source an entity is when cited: the outlet page's sourcing profile groups by it. */
export type SourceCategory =
  | "official" | "state_media" | "ngo" | "international" | "outlet" | "expert" | "company" | "person" | "anonymous" | "other";

export const entities = pgTable(
  "entities",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    kind: text().$type<EntityKind>().notNull(),
    category: text().$type<SourceCategory>().notNull().default("other"),
    /** Set when the entity is a monitored outlet: citing it links to the outlet. */
    outletId: integer("outlet_id").references(() => outlets.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("entities_outlet").on(t.outletId)],
);

/** Every spelling that names an entity, folded (case, accents, punctuation): "NED" and its full name are one. */
export const entityAliases = pgTable(
  "entity_aliases",
  {
    key: text().primaryKey(),
    alias: text().notNull(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
  },
  (t) => [index("entity_aliases_entity").on(t.entityId)],
);

/** Which rules read an article, when, and what they could not read; absent or older than the rules means pending. */
export const articleExtractions = pgTable(
  "article_extractions",
  {
    articleId: integer("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    language: text(),
    /** Sentences that state a figure, and those of them that name a source: the share of unattributed figures. */
    figureSentences: integer("figure_sentences").notNull().default(0),
    attributedFigureSentences: integer("attributed_figure_sentences").notNull().default(0),
    error: text(),
    extractedAt: timestamp("extracted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_extractions_version").on(t.version)],
);

export const sources = pgTable(
  "sources",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text().$type<"attribution" | "quote" | "link" | "credit">().notNull(),
    name: text().notNull(),
    entityId: integer("entity_id").references(() => entities.id, { onDelete: "set null" }),
    category: text().$type<SourceCategory>().notNull(),
    url: text(),
    domain: text(),
    quote: text(),
    anonymous: boolean().notNull(),
    sentence: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
  },
  (t) => [
    index("sources_article").on(t.articleId),
    index("sources_entity").on(t.entityId),
    index("sources_domain").on(t.domain),
  ],
);

export const fundingClaims = pgTable(
  "funding_claims",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    funder: text(),
    funderEntityId: integer("funder_entity_id").references(() => entities.id, { onDelete: "set null" }),
    recipient: text(),
    recipientEntityId: integer("recipient_entity_id").references(() => entities.id, { onDelete: "set null" }),
    amount: doublePrecision(),
    currency: text(),
    year: integer(),
    relation: text().notNull(),
    selfDisclosed: boolean("self_disclosed").notNull(),
    hedged: boolean().notNull(),
    attributedTo: text("attributed_to"),
    sentence: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
  },
  (t) => [
    index("funding_claims_article").on(t.articleId),
    index("funding_claims_funder").on(t.funderEntityId),
    index("funding_claims_recipient").on(t.recipientEntityId),
  ],
);

/** Where an article names an entity: as a source, a funding party, or by a known alias in its text. */
export const mentions = pgTable(
  "mentions",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    start: integer().notNull(),
    end: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.entityId, t.start] }), index("mentions_entity").on(t.entityId)],
);

export type Entity = typeof entities.$inferSelect;
export type StoredSource = typeof sources.$inferSelect;
export type StoredFundingClaim = typeof fundingClaims.$inferSelect;
