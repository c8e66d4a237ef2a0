import { and, eq, gte, inArray, isNull, lte, ne, notInArray, or, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import { articleCategories, articleExtractions, articleHrefs, articleMarkerStates, articleLinks, articleRevisions, articles, categories, type ArticleLinkKind } from "../db/schema";
import { isSameStory, sameTitleWindow, undatedTitleSince } from "./dedup";
import type { ArticleRecord } from "./types";

/**
 * Storing one article: finding the article it already is (same outlet: GUID, canonical URL, or the
 * same title and text within a few days), keeping every revision of its text, and linking it to the
 * same story at other outlets. Other outlets' articles are linked, never merged.
 */

export type StoreOutcome = "new" | "updated" | "unchanged";
type Queryable = Database | Tx;

/**
 * Inserts a new article (revision 1) or, for a known one, refreshes its metadata; a changed text
 * becomes a new revision and the earlier ones are kept. Safe to run twice or concurrently; inside a
 * caller's transaction it runs as a savepoint, so one failing article leaves the others standing.
 */
export async function storeArticle(db: Queryable, outletId: number, record: ArticleRecord, fetchRunId: number | null): Promise<StoreOutcome> {
  return db.transaction(async (tx) => {
    const dedupKey = await existingKeyFor(tx, outletId, record);
    const [row] = await tx
      .insert(articles)
      .values({ outletId, dedupKey, ...articleColumns(record) })
      .onConflictDoUpdate({ target: [articles.outletId, articles.dedupKey], set: { lastSeenAt: sql`now()` } })
      .returning({ id: articles.id, inserted: sql<boolean>`(xmax = 0)` });
    const { id, inserted } = row!;
    let outcome: StoreOutcome = "new";
    if (inserted) {
      await tx.insert(articleRevisions).values(revisionRow(id, 1, record, fetchRunId));
    } else {
      const metadata = metadataOf(record);
      // The row lock taken by this UPDATE serialises concurrent writers of one article.
      const [changed] = await tx
        .update(articles)
        .set({
          ...metadata,
          contentHtml: record.contentHtml,
          contentText: record.contentText,
          contentHash: record.contentHash,
          wordCount: record.wordCount,
          revisionCount: sql`${articles.revisionCount} + 1`,
        })
        .where(and(eq(articles.id, id), sql`${articles.contentHash} <> ${record.contentHash}`))
        .returning({ revision: articles.revisionCount });
      if (changed) {
        await tx.insert(articleRevisions).values(revisionRow(id, changed.revision, record, fetchRunId));
        // A new text is read again by the extraction job and counted again for framing markers.
        await tx.delete(articleExtractions).where(eq(articleExtractions.articleId, id));
        await tx.delete(articleMarkerStates).where(eq(articleMarkerStates.articleId, id));
        outcome = "updated";
      } else {
        await tx.update(articles).set(metadata).where(eq(articles.id, id));
        outcome = "unchanged";
      }
    }
    await setCategories(tx, id, record.categories);
    if (outcome !== "unchanged") {
      await replaceHrefs(tx, id, record.linkedUrls);
      await linkAcrossOutlets(tx, id, outletId, record);
    }
    return outcome;
  });
}

/**
 * The dedup key of the stored article this record is, or its own key for a new one. GUID (or URL,
 * for items without one) is the key itself; a record under another key is the same article when it
 * has the same canonical URL and agrees in title or text, or the same title and text within the window.
 */
async function existingKeyFor(tx: Tx, outletId: number, record: ArticleRecord): Promise<string> {
  const mine = eq(articles.outletId, outletId);
  const [exact] = await tx.select({ id: articles.id }).from(articles).where(and(mine, eq(articles.dedupKey, record.dedupKey))).limit(1);
  if (exact) return record.dedupKey;

  const candidates = [];
  if (record.url) {
    candidates.push(...(await tx.select(CANDIDATE).from(articles).where(and(mine, eq(articles.url, record.url))).limit(5)));
  }
  if (record.titleKey) {
    const dated = record.publishedAt
      ? publishedWithin(sameTitleWindow(record.publishedAt))
      : gte(articles.firstSeenAt, undatedTitleSince());
    candidates.push(...(await tx.select(CANDIDATE).from(articles).where(and(mine, eq(articles.titleKey, record.titleKey), dated)).limit(5)));
  }
  return candidates.find((c) => isSameStory(c, record))?.dedupKey ?? record.dedupKey;
}

const CANDIDATE = { dedupKey: articles.dedupKey, url: articles.url, titleKey: articles.titleKey, contentText: articles.contentText };

async function replaceHrefs(tx: Tx, articleId: number, urls: string[]): Promise<void> {
  if (urls.length > 0) await tx.insert(articleHrefs).values(urls.map((url) => ({ articleId, url }))).onConflictDoNothing();
  await tx.delete(articleHrefs).where(
    urls.length > 0 ? and(eq(articleHrefs.articleId, articleId), notInArray(articleHrefs.url, urls)) : eq(articleHrefs.articleId, articleId),
  );
}

interface Link {
  articleId: number;
  linkedArticleId: number;
  kind: ArticleLinkKind;
  evidence: string | null;
}

/** The same story elsewhere: same URL, same title (within the window when both are dated), hyperlinks either way. */
async function linkAcrossOutlets(tx: Tx, id: number, outletId: number, record: ArticleRecord): Promise<void> {
  const others = ne(articles.outletId, outletId);
  const links: Link[] = [];
  const laterFirst = (other: { id: number; publishedAt: Date | null }, kind: ArticleLinkKind, evidence: string | null): Link =>
    // The earlier article is the one linked to; by arrival order when a date is missing.
    other.publishedAt && record.publishedAt && record.publishedAt < other.publishedAt
      ? { articleId: other.id, linkedArticleId: id, kind, evidence }
      : { articleId: id, linkedArticleId: other.id, kind, evidence };

  if (record.url) {
    const sameUrl = await tx.select(OTHER).from(articles).where(and(others, eq(articles.url, record.url))).limit(50);
    links.push(...sameUrl.map((o) => laterFirst(o, "same_url", record.url)));
  }
  if (record.titleKey) {
    const window = record.publishedAt
      ? publishedWithin(sameTitleWindow(record.publishedAt))
      : undefined;
    const sameTitle = await tx.select(OTHER).from(articles).where(and(others, eq(articles.titleKey, record.titleKey), window)).limit(50);
    links.push(...sameTitle.map((o) => laterFirst(o, "same_title", record.title)));
  }
  if (record.linkedUrls.length > 0) {
    const linkedTo = await tx.select({ ...OTHER, url: articles.url }).from(articles).where(and(others, inArray(articles.url, record.linkedUrls))).limit(200);
    links.push(...linkedTo.map((o) => ({ articleId: id, linkedArticleId: o.id, kind: "hyperlink" as const, evidence: o.url })));
  }
  if (record.url) {
    const linkingHere = await tx
      .select({ id: articleHrefs.articleId })
      .from(articleHrefs)
      .innerJoin(articles, eq(articles.id, articleHrefs.articleId))
      .where(and(eq(articleHrefs.url, record.url), others))
      .limit(200);
    links.push(...linkingHere.map((o) => ({ articleId: o.id, linkedArticleId: id, kind: "hyperlink" as const, evidence: record.url })));
  }
  if (links.length > 0) await tx.insert(articleLinks).values(links).onConflictDoNothing();
}

const OTHER = { id: articles.id, publishedAt: articles.publishedAt };

/** Undated stored articles may be the same story: their date is unknown, not different. */
function publishedWithin({ from, to }: { from: Date; to: Date }) {
  return or(isNull(articles.publishedAt), and(gte(articles.publishedAt, from), lte(articles.publishedAt, to)));
}

/** A record's own article columns: what it says of itself, without the key it may be stored under. */
export function articleColumns(record: ArticleRecord) {
  const { categories: _names, linkedUrls: _urls, dedupKey: _ownKey, ...fields } = record;
  return fields;
}

/** What a re-fetch refreshes on a known article even when its text is unchanged. */
export const METADATA_KEYS = ["title", "titleKey", "authors", "publishedAt", "updatedAt", "guid", "url", "summary", "language", "credits"] as const;
export type ArticleMetadata = Pick<ArticleRecord, (typeof METADATA_KEYS)[number]>;

export function metadataOf(record: ArticleRecord): ArticleMetadata {
  return Object.fromEntries(METADATA_KEYS.map((key) => [key, record[key]])) as ArticleMetadata;
}

export function revisionRow(articleId: number, revision: number, record: ArticleRecord, fetchRunId: number | null) {
  return {
    articleId,
    revision,
    title: record.title,
    contentHtml: record.contentHtml,
    contentText: record.contentText,
    contentHash: record.contentHash,
    wordCount: record.wordCount,
    fetchRunId,
  };
}

async function setCategories(tx: Tx, articleId: number, names: string[]) {
  if (names.length > 0) {
    await tx.insert(categories).values(names.map((name) => ({ name }))).onConflictDoNothing();
    const rows = await tx.select({ id: categories.id }).from(categories).where(inArray(categories.name, names));
    await tx
      .insert(articleCategories)
      .values(rows.map((r) => ({ articleId, categoryId: r.id })))
      .onConflictDoNothing();
    await tx.delete(articleCategories).where(
      and(eq(articleCategories.articleId, articleId), notInArray(articleCategories.categoryId, rows.map((r) => r.id))),
    );
  } else {
    await tx.delete(articleCategories).where(eq(articleCategories.articleId, articleId));
  }
}
