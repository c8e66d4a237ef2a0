import { and, eq, gte, inArray, notInArray, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import {
  appMeta,
  articleCategories,
  articleRevisions,
  articles,
  categories,
  fetchRuns,
  outletFeeds,
  outlets,
  type FetchRunStatus,
  type NewOutlet,
  type Outlet,
  type OutletFeed,
} from "../db/schema";
import type { ArticleRecord } from "./types";

/** The ingest pipeline's only database I/O. Uniqueness is the database's job: inserts are ON CONFLICT decisions. */

export type StoreOutcome = "new" | "updated" | "unchanged";

export async function upsertOutlet(db: Database, outlet: NewOutlet, feedUrls: string[] = []): Promise<Outlet> {
  const { createdAt: _keepOriginal, ...fields } = outlet;
  const [row] = await db
    .insert(outlets)
    .values(outlet)
    .onConflictDoUpdate({ target: outlets.slug, set: fields })
    .returning();
  for (const url of feedUrls) {
    await db.insert(outletFeeds).values({ outletId: row!.id, url }).onConflictDoNothing();
  }
  return row!;
}

export async function getOutletBySlug(db: Database, slug: string): Promise<Outlet | null> {
  const [row] = await db.select().from(outlets).where(eq(outlets.slug, slug));
  return row ?? null;
}

/**
 * Outlets `ingest` fetches: the one named (even paused, so the caller can explain), or every
 * unpaused outlet; a scraped outlet without list pages or sitemaps simply has no sources.
 */
export async function listOutletsToIngest(db: Database, slug?: string): Promise<Outlet[]> {
  if (slug) return db.select().from(outlets).where(eq(outlets.slug, slug));
  return db.select().from(outlets).where(eq(outlets.paused, false)).orderBy(outlets.id);
}

/**
 * Of `urls`, those an outlet has stored and seen since `since`: a scraper need not fetch them
 * again this run. Older ones are fetched again, so an edited article still gets its revision.
 */
export async function listRecentlyStoredUrls(db: Database, outletId: number, urls: string[], since: Date): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const rows = await db
    .select({ url: articles.url })
    .from(articles)
    .where(and(eq(articles.outletId, outletId), inArray(articles.url, urls), gte(articles.lastSeenAt, since)));
  return new Set(rows.map((r) => r.url!));
}

export async function listOutletFeeds(db: Database, outletId: number): Promise<OutletFeed[]> {
  return db.select().from(outletFeeds).where(eq(outletFeeds.outletId, outletId)).orderBy(outletFeeds.id);
}

/** Remembers a feed's validators for the next conditional GET (and its title, when known). */
export async function updateOutletFeed(
  db: Database,
  feedId: number,
  fields: { etag: string | null; lastModified: string | null; title?: string | null },
): Promise<void> {
  await db.update(outletFeeds).set(fields).where(eq(outletFeeds.id, feedId));
}

export async function startFetchRun(
  db: Database,
  run: { outletId: number; feedId?: number | null; source: string; worker?: string | null },
): Promise<number> {
  const [row] = await db.insert(fetchRuns).values(run).returning({ id: fetchRuns.id });
  return row!.id;
}

export interface FetchRunResult {
  status: Exclude<FetchRunStatus, "running">;
  httpStatus?: number | null;
  etag?: string | null;
  lastModified?: string | null;
  itemsSeen?: number;
  itemsNew?: number;
  itemsUpdated?: number;
  itemsFailed?: number;
  errorCode?: string | null;
  errorMessage?: string | null;
}

export async function finishFetchRun(db: Database, id: number, result: FetchRunResult): Promise<void> {
  await db.update(fetchRuns).set({ ...result, finishedAt: new Date() }).where(eq(fetchRuns.id, id));
}

/**
 * Inserts a new article (revision 1) or, for a known one, refreshes its metadata; a changed text
 * becomes a new revision and the earlier ones are kept. Safe to run twice or concurrently.
 */
export async function storeArticle(
  db: Database,
  outletId: number,
  record: ArticleRecord,
  fetchRunId: number | null,
): Promise<StoreOutcome> {
  return db.transaction(async (tx) => {
    const { categories: categoryNames, dedupKey, ...fields } = record;
    const [row] = await tx
      .insert(articles)
      .values({ outletId, dedupKey, ...fields })
      .onConflictDoUpdate({
        target: [articles.outletId, articles.dedupKey],
        set: { lastSeenAt: sql`now()` },
      })
      .returning({ id: articles.id, contentHash: articles.contentHash, inserted: sql<boolean>`(xmax = 0)` });
    const { id, inserted } = row!;
    let outcome: StoreOutcome = "new";
    if (inserted) {
      await insertRevision(tx, id, 1, record, fetchRunId);
    } else {
      const metadata = {
        title: record.title,
        authors: record.authors,
        publishedAt: record.publishedAt,
        updatedAt: record.updatedAt,
        guid: record.guid,
        url: record.url,
        summary: record.summary,
        language: record.language,
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
    return outcome;
  });
}

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

export async function getMeta<T>(db: Database, key: string): Promise<T | null> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key));
  return (row?.value as T | undefined) ?? null;
}

export async function setMeta(db: Database, key: string, value: unknown): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: sql`now()` } });
}

export interface ClaimedFeed {
  feed: OutletFeed;
  outlet: Outlet;
}

/**
 * Takes up to `limit` due sources (feeds, list pages, sitemaps) of unpaused outlets for one worker. SKIP LOCKED lets any number of
 * workers, on any number of machines, claim from the same table without waiting on or doubling each
 * other; the lease makes a crashed worker's feeds due again once it lapses.
 */
export async function claimDueFeeds(db: Database, worker: string, limit: number, leaseMs: number): Promise<ClaimedFeed[]> {
  const claimed = await db.execute<{ id: number }>(sql`
    update ${outletFeeds} set lease_until = now() + make_interval(secs => ${leaseMs / 1000}), leased_by = ${worker}
    where id in (
      select f.id from ${outletFeeds} f join ${outlets} o on o.id = f.outlet_id
      where not o.paused and f.next_attempt_at <= now()
        and (f.lease_until is null or f.lease_until < now())
      order by f.next_attempt_at, f.id
      limit ${limit}
      for update of f skip locked
    )
    returning id`);
  const ids = [...claimed].map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = await db
    .select({ feed: outletFeeds, outlet: outlets })
    .from(outletFeeds)
    .innerJoin(outlets, eq(outlets.id, outletFeeds.outletId))
    .where(inArray(outletFeeds.id, ids))
    .orderBy(outletFeeds.nextAttemptAt, outletFeeds.id);
  return rows;
}

export interface FeedHealthUpdate {
  succeeded: boolean;
  nextAttemptAt: Date;
  consecutiveFailures: number;
  errorCode?: string | null;
  errorMessage?: string | null;
}

/** Records how a feed's attempt went and when it is due again, and releases the worker's lease. */
export async function recordFeedAttempt(db: Database, feedId: number, update: FeedHealthUpdate): Promise<void> {
  const now = new Date();
  await db
    .update(outletFeeds)
    .set({
      nextAttemptAt: update.nextAttemptAt,
      consecutiveFailures: update.consecutiveFailures,
      leaseUntil: null,
      leasedBy: null,
      ...(update.succeeded
        ? { lastSuccessAt: now }
        : { lastErrorAt: now, lastErrorCode: update.errorCode ?? null, lastErrorMessage: update.errorMessage ?? null }),
    })
    .where(eq(outletFeeds.id, feedId));
}
