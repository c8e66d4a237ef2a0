import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { articles } from "./articles";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * A claim: check-worthy sentences of the corpus found to say the same thing, each an occurrence.
 * Claims outlive their occurrences (an article read again by newer rules gets its occurrences anew
 * and rejoins its claim), so what is recorded about a claim is never lost to re-extraction.
 */
export const claims = pgTable("claims", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** The sentence the claim was first seen in, as it is shown. */
  sentence: text().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each distinct wording of a claim, once however many articles repeat it word for word: what finds a
 * claim. Its figures, names and shingles are recomputed from the sentence when needed
 * (lib/claims/signature.ts); only the LSH band keys and a text-search document in its language are
 * stored. Looking repeats up by wording rather than by occurrence keeps a sentence copied into a
 * thousand articles one row to compare, not a thousand.
 */
export const claimVariants = pgTable(
  "claim_variants",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    sentence: text().notNull(),
    /** sha256 of the sentence: one row per claim and wording. */
    sentenceHash: text("sentence_hash").notNull(),
    language: text().notNull(),
    bands: integer().array().notNull(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(sql`to_tsvector(claimscope_search_config(language), sentence)`),
  },
  (t) => [
    unique("claim_variants_claim_sentence").on(t.claimId, t.sentenceHash),
    index("claim_variants_bands").using("gin", t.bands),
    index("claim_variants_search").using("gin", t.searchVector),
  ],
);

/** A check-worthy sentence of an article, as one appearance of its claim. */
export const claimOccurrences = pgTable(
  "claim_occurrences",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    sentence: text().notNull(),
    /** Offsets of the sentence in the article's plain text. */
    start: integer().notNull(),
    end: integer().notNull(),
    language: text().notNull(),
    /** Why the sentence is check-worthy: "figure", "attribution", "funding". */
    reasons: text().array().notNull(),
    /** The source the article gives for it; null when it stands unattributed. */
    attributedTo: text("attributed_to"),
    hedged: boolean().notNull(),
  },
  (t) => [index("claim_occurrences_claim").on(t.claimId), index("claim_occurrences_article").on(t.articleId)],
);

/**
 * An article's text fingerprint for finding republications: the MinHash band keys of its shingles
 * (lib/republication/fingerprint.ts), looked up through a GIN index when another outlet's article
 * arrives. Kept by the extraction job beside the article's claims.
 */
export const articleFingerprints = pgTable(
  "article_fingerprints",
  {
    articleId: integer("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    bands: integer().array().notNull(),
    shingles: integer().notNull(),
  },
  (t) => [index("article_fingerprints_bands").using("gin", t.bands)],
);

export type ReviewStatus = "unverified" | "confirmed" | "disputed" | "false";

/**
 * An editor's verdict on a claim: a status, a note, evidence links. Rows are only ever added, so
 * the table is the claim's audit trail (who, when, what); the newest row is its current status.
 */
export const claimReviews = pgTable(
  "claim_reviews",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    status: text().$type<ReviewStatus>().notNull(),
    note: text().notNull().default(""),
    evidenceUrls: text("evidence_urls").array().notNull().default(sql`'{}'::text[]`),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Kept beside the id: the trail still says who when the account is gone. */
    userEmail: text("user_email").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("claim_reviews_claim").on(t.claimId, t.createdAt)],
);

export type Claim = typeof claims.$inferSelect;
export type ClaimOccurrence = typeof claimOccurrences.$inferSelect;
