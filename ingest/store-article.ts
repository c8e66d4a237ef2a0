import { and, eq, gte, inArray, isNull, lte, ne, notInArray, or, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import { articleCategories, articleHrefs, articleLinks, articleRevisions, articles, categories, type ArticleLinkKind } from "../db/schema";
import { SAME_TITLE_WINDOW_DAYS, sameText } from "./dedup";
import type { ArticleRecord } from "./types";

/**
 * Storing one article: finding the article it already is (same outlet: GUID, canonical URL, or the
 * same title and text within a few days), keeping every revision of its text, and linking it to the
 * same story at other outlets. Other outlets' articles are linked, never merged.
 */

export type StoreOutcome = "new" | "updated" | "unchanged";
type Queryable = Database | Tx;

const WINDOW_MS = SAME_TITLE_WINDOW_DAYS * 86_400_000;

/**
 * Inserts a new article (revision 1) or, for a known one, refreshes its metadata; a changed text
 * becomes a new revision and the earlier ones are kept. Safe to run twice or concurrently; inside a
 * caller's transaction it runs as a savepoint, so one failing article leaves the others standing.
 */
export async function storeArticle(db: Queryable, outletId: number, record: ArticleRecord, fetchRunId: number | null): Promise<StoreOutcome> {
  return db.transaction(async (tx) => {
    const dedupKey = await existingKeyFor(tx, outletId, record);
    const { categories: categoryNames, linkedUrls, dedupKey: _ownKey, ...fields } = record;
    const [row] = await tx
      .insert(articles)
      .values({ outletId, dedupKey, ...fields })
      .onConflictDoUpdate({ target: [articles.outletId, articles.dedupKey], set: { lastSeenAt: sql`now()` } })
      .returning({ id: articles.id, inserted: sql<boolean>`(xmax = 0)` });
    const { id, inserted } = row!;
    let outcome: StoreOutcome = "new";
    if (inserted) {
      await insertRevision(tx, id, 1, record, fetchRunId);
    } else {
      const metadata = {
        title: record.title,
        titleKey: record.titleKey,
        authors: record.authors,
        publishedAt: record.publishedAt,
        updatedAt: record.updatedAt,
        guid: record.guid,
        url: record.url,
        summary: record.summary,
        language: record.language,
        credits: record.credits,
      };
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
        await insertRevision(tx, id, changed.revision, record, fetchRunId);
        outcome = "updated";
      } else {
        await tx.update(articles).set(metadata).where(eq(articles.id, id));
        outcome = "unchanged";
      }
    }
    await setCategories(tx, id, categoryNames);
    if (outcome !== "unchanged") {
      await replaceHrefs(tx, id, linkedUrls);
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
  // A URL shared by many items (a homepage link on every item) identifies nothing: require agreement.
  if (record.url) {
    candidates.push(...(await tx.select(CANDIDATE).from(articles).where(and(mine, eq(articles.url, record.url))).limit(5)));
  }
  if (record.titleKey) {
    const dated = record.publishedAt
      ? or(
          isNull(articles.publishedAt),
          and(gte(articles.publishedAt, new Date(record.publishedAt.getTime() - WINDOW_MS)), lte(articles.publishedAt, new Date(record.publishedAt.getTime() + WINDOW_MS))),
        )
      : gte(articles.firstSeenAt, new Date(Date.now() - WINDOW_MS));
    candidates.push(...(await tx.select(CANDIDATE).from(articles).where(and(mine, eq(articles.titleKey, record.titleKey), dated)).limit(5)));
  }
  const same = candidates.find(
    (c) => (record.titleKey !== null && c.titleKey === record.titleKey && sameText(c.contentText, record.contentText)) ||
      (c.url === record.url && (c.titleKey === record.titleKey || sameText(c.contentText, record.contentText))),
  );
  return same?.dedupKey ?? record.dedupKey;
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
      ? or(
          isNull(articles.publishedAt),
          and(gte(articles.publishedAt, new Date(record.publishedAt.getTime() - WINDOW_MS)), lte(articles.publishedAt, new Date(record.publishedAt.getTime() + WINDOW_MS))),
        )
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

async function insertRevision(tx: Tx, articleId: number, revision: number, record: ArticleRecord, fetchRunId: number | null) {
  await tx.insert(articleRevisions).values({
    articleId,
    revision,
    title: record.title,
    contentHtml: record.contentHtml,
    contentText: record.contentText,
    contentHash: record.contentHash,
    wordCount: record.wordCount,
    fetchRunId,
  });
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
