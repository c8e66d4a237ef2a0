import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";

export type OutletKind = "feed" | "scrape";

/**
 * Per-outlet rules for scraped outlets: how to find article links on its list pages, where the
 * article body is, and which lines or blocks are page furniture, not article text. The first four
 * apply to text exports (`import`); the rest to scraped pages.
 */
export interface ScrapeRules {
  /** Lines dropped wherever they occur ("Fight Censorship, Share This Post!"). */
  dropLines?: string[];
  /** A line that starts a teaser block ("Read more"): it, its credit line and the teaser title are dropped. */
  teaserMarkers?: string[];
  /** Lines after which nothing belongs to the article ("Leave a Comment"). */
  endMarkers?: string[];
  /** Lines before the title that are advertising or navigation. */
  leadingNoise?: string[];
  /** CSS selector of article links on list pages; without it, same-site article links are detected. */
  linkSelector?: string;
  /** CSS selector of the article body; without it, the main content is found automatically. */
  contentSelector?: string;
  /** CSS selectors of elements removed from article pages before extraction (share bars, teasers). */
  dropSelectors?: string[];
  /** Regular expressions (case-insensitive): paragraphs of article text that match are dropped. */
  dropPatterns?: string[];
  /** At most this many article pages are fetched per list page or sitemap per run (default 20). */
  maxArticlesPerRun?: number;
}

export const outlets = pgTable("outlets", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  kind: text().$type<OutletKind>().notNull(),
  homepageUrl: text("homepage_url"),
  languages: text().array().notNull().default(sql`'{}'::text[]`),
  country: text(),
  /** Outlet groups it belongs to ("Russian state media", "Independent"): coverage and compare take a group as one side. */
  groups: text().array().notNull().default(sql`'{}'::text[]`),
  scrapeRules: jsonb("scrape_rules").$type<ScrapeRules>(),
  /** A paused outlet keeps its data and history but is not fetched. */
  paused: boolean().notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What a source URL of an outlet is: a feed, a list page of article links, or a sitemap. */
export type OutletSourceKind = "feed" | "list_page" | "sitemap";

export const outletFeeds = pgTable(
  "outlet_feeds",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    outletId: integer("outlet_id")
      .notNull()
      .references(() => outlets.id, { onDelete: "cascade" }),
    url: text().notNull(),
    /** Scraped outlets' sources are list pages or sitemaps; they share the queue and health with feeds. */
    kind: text().$type<OutletSourceKind>().notNull().default("feed"),
    title: text(),
    etag: text(),
    lastModified: text("last_modified"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Scheduling and health: the feed rows are the work queue that workers claim with SKIP LOCKED.
    /** When the feed is due next; a new feed is due at once. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** A worker's claim: until then no other worker takes the feed; past it, a crashed worker's claim lapses. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    leasedBy: text("leased_by"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    lastErrorCode: text("last_error_code"),
    lastErrorMessage: text("last_error_message"),
  },
  (t) => [
    unique("outlet_feeds_outlet_url").on(t.outletId, t.url),
    index("outlet_feeds_next_attempt").on(t.nextAttemptAt),
  ],
);

export type Outlet = typeof outlets.$inferSelect;
export type NewOutlet = typeof outlets.$inferInsert;
export type OutletFeed = typeof outletFeeds.$inferSelect;
export type NewOutletFeed = typeof outletFeeds.$inferInsert;
