import { and, eq, gte, inArray, notInArray, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import {
  appMeta,
  articles,
  fetchRuns,
  outletFeeds,
  outlets,
  type FetchRunStatus,
  type NewOutlet,
  type Outlet,
  type OutletFeed,
} from "../db/schema";

/** The ingest pipeline's only database I/O. Uniqueness is the database's job: inserts are ON CONFLICT decisions. */

export { storeArticle, type StoreOutcome } from "./store-article";
export { storeArticles, type StoreResult } from "./store-batch";

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
  db: Database | Tx,
  feedId: number,
  fields: { etag: string | null; lastModified: string | null; title?: string | null },
): Promise<void> {
  await db.update(outletFeeds).set(fields).where(eq(outletFeeds.id, feedId));
}

export async function startFetchRun(
  db: Database,
  run: { outletId: number; feedId?: number | null; source: string; worker?: string | null },
): Promise<number> {
  if (run.feedId) {
    // One feed is worked by one process at a time (the queue's lease), so a run of it still marked
    // running is one whose process died: say so, instead of leaving it running for ever.
    await db
      .update(fetchRuns)
      .set({ status: "error", errorCode: "interrupted", errorMessage: "The process stopped before this run finished; nothing of it was stored", finishedAt: new Date() })
      .where(and(eq(fetchRuns.feedId, run.feedId), eq(fetchRuns.status, "running")));
  }
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

export async function finishFetchRun(db: Database | Tx, id: number, result: FetchRunResult): Promise<void> {
  await db.update(fetchRuns).set({ ...result, finishedAt: new Date() }).where(eq(fetchRuns.id, id));
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
