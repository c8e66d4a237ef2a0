import {
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { fetchRuns } from "./fetch-runs";
import { outlets } from "./outlets";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The article's title (weight A) and text (weight B) as a text-search document in its own language's
 * configuration (english, russian, french, german; simple for any other). Postgres keeps it current on
 * every insert and update; `claimscope_search_config` is created by migration 0006.
 */
const searchDocument = sql`setweight(to_tsvector(claimscope_search_config(language), coalesce(title, '')), 'A') || setweight(to_tsvector(claimscope_search_config(language), content_text), 'B')`;

export const articles = pgTable(
  "articles",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    outletId: integer("outlet_id")
      .notNull()
      .references(() => outlets.id, { onDelete: "cascade" }),
    /** GUID, else canonical URL, else content hash: what makes an article the same article. */
    dedupKey: text("dedup_key").notNull(),
    guid: text(),
    url: text(),
    title: text().notNull(),
    /** The title folded for matching (case, punctuation, spacing): a re-posted story under a new URL is found by it. */
    titleKey: text("title_key"),
    authors: text().array().notNull().default(sql`'{}'::text[]`),
    /** Null when the source gives no date: shown as unknown, never invented. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    language: text(),
    summary: text(),
    /** Sanitised at ingest; the only HTML the dashboard renders. */
    contentHtml: text("content_html").notNull(),
    contentText: text("content_text").notNull(),
    wordCount: integer("word_count").notNull(),
    contentHash: text("content_hash").notNull(),
    revisionCount: integer("revision_count").notNull().default(1),
    /** Image and text credits the page states ("© RIA / Sputnik", "Originally published by …"): provenance evidence. */
    credits: text().array().notNull().default(sql`'{}'::text[]`),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(searchDocument),
  },
  (t) => [
    index("articles_search").using("gin", t.searchVector),
    unique("articles_outlet_dedup_key").on(t.outletId, t.dedupKey),
    index("articles_published_at").on(t.publishedAt),
    index("articles_outlet_published_at").on(t.outletId, t.publishedAt),
    /** Undated articles per outlet, counted beside every coverage chart: an index-only scan, not a heap visit per article. */
    index("articles_undated_outlet").on(t.outletId, t.id).where(sql`${t.publishedAt} is null`),
    index("articles_outlet_title_key").on(t.outletId, t.titleKey),
    /** A search filtered by language and period intersects this with the GIN index's matches. */
    index("articles_search_config").on(sql`claimscope_search_config(${t.language})`, t.publishedAt),
    index("articles_url").on(t.url),
  ],
);

/** Every text an article has had, oldest first; revision 1 is the first text seen. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: integer().notNull(),
    title: text().notNull(),
    contentHtml: text("content_html").notNull(),
    contentText: text("content_text").notNull(),
    contentHash: text("content_hash").notNull(),
    wordCount: integer("word_count").notNull(),
    fetchRunId: integer("fetch_run_id").references(() => fetchRuns.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("article_revisions_article_revision").on(t.articleId, t.revision)],
);

export const categories = pgTable("categories", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull().unique(),
});

export const articleCategories = pgTable(
  "article_categories",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.categoryId] }),
    index("article_categories_category").on(t.categoryId),
  ],
);

export type ArticleLinkKind = "same_url" | "same_title" | "hyperlink" | "republication";

/**
 * Two articles of different outlets that are related: the same story kept as a link, never merged.
 * `articleId` is the later one (or the one that links), `linkedArticleId` the earlier (or the one linked to).
 */
export const articleLinks = pgTable(
  "article_links",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    linkedArticleId: integer("linked_article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: text().$type<ArticleLinkKind>().notNull(),
    /** What the link rests on: the shared URL, the title, the href. */
    evidence: text(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("article_links_pair_kind").on(t.articleId, t.linkedArticleId, t.kind),
    index("article_links_linked").on(t.linkedArticleId),
  ],
);

/**
 * The URLs an article's body links to (canonical form). A hyperlink between two stored articles is
 * found through them whichever of the two arrives first.
 */
export const articleHrefs = pgTable(
  "article_hrefs",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    url: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.url] }), index("article_hrefs_url").on(t.url)],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type ArticleLink = typeof articleLinks.$inferSelect;
