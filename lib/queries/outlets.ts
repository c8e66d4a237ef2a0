import { asc, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articles, fetchRuns, outlets, type FetchRunStatus, type OutletKind } from "../../db/schema";

/** Outlets with what a reader of the dashboard needs to trust them: volume, gaps, and fetch health. */

export interface LastFetch {
  status: FetchRunStatus;
  startedAt: string;
  finishedAt: string | null;
  itemsSeen: number;
  itemsNew: number;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface OutletWithStats {
  id: number;
  slug: string;
  name: string;
  kind: OutletKind;
  homepageUrl: string | null;
  articleCount: number;
  unknownDateCount: number;
  lastFetch: LastFetch | null;
}

export async function listOutletsWithStats(db: Database): Promise<OutletWithStats[]> {
  const stats = db
    .select({
      outletId: articles.outletId,
      articleCount: sql<number>`count(*)::int`.as("article_count"),
      unknownDateCount: sql<number>`(count(*) filter (where ${articles.publishedAt} is null))::int`.as(
        "unknown_date_count",
      ),
    })
    .from(articles)
    .groupBy(articles.outletId)
    .as("stats");

  // LATERAL picks each outlet's newest run through the (outlet_id, started_at) index.
  const lastRun = db
    .select({
      id: fetchRuns.id,
      status: fetchRuns.status,
      startedAt: fetchRuns.startedAt,
      finishedAt: fetchRuns.finishedAt,
      itemsSeen: fetchRuns.itemsSeen,
      itemsNew: fetchRuns.itemsNew,
      errorCode: fetchRuns.errorCode,
      errorMessage: fetchRuns.errorMessage,
    })
    .from(fetchRuns)
    .where(eq(fetchRuns.outletId, outlets.id))
    .orderBy(desc(fetchRuns.startedAt), desc(fetchRuns.id))
    .limit(1)
    .as("last_run");

  const rows = await db
    .select({
      id: outlets.id,
      slug: outlets.slug,
      name: outlets.name,
      kind: outlets.kind,
      homepageUrl: outlets.homepageUrl,
      articleCount: stats.articleCount,
      unknownDateCount: stats.unknownDateCount,
      runId: lastRun.id,
      runStatus: lastRun.status,
      runStartedAt: lastRun.startedAt,
      runFinishedAt: lastRun.finishedAt,
      runItemsSeen: lastRun.itemsSeen,
      runItemsNew: lastRun.itemsNew,
      runErrorCode: lastRun.errorCode,
      runErrorMessage: lastRun.errorMessage,
    })
    .from(outlets)
    .leftJoin(stats, eq(stats.outletId, outlets.id))
    .leftJoinLateral(lastRun, sql`true`)
    .orderBy(asc(outlets.name), asc(outlets.id));

  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    homepageUrl: r.homepageUrl,
    articleCount: r.articleCount ?? 0,
    unknownDateCount: r.unknownDateCount ?? 0,
    // Columns of a left-joined row are all null when the outlet was never fetched.
    lastFetch:
      r.runId !== null && r.runStatus !== null && r.runStartedAt !== null
        ? {
            status: r.runStatus,
            startedAt: toIso(r.runStartedAt),
            finishedAt: r.runFinishedAt ? toIso(r.runFinishedAt) : null,
            itemsSeen: r.runItemsSeen ?? 0,
            itemsNew: r.runItemsNew ?? 0,
            errorCode: r.runErrorCode,
            errorMessage: r.runErrorMessage,
          }
        : null,
  }));
}

function toIso(value: Date | string): string {
  return new Date(value).toISOString();
}
