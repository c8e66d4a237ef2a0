import { asc, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { fetchRuns, outletDailyCounts, outletFeeds, outlets, type FetchRunStatus, type OutletKind } from "../../db/schema";

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

/** Fetch health across an outlet's feeds: the worst feed decides whether the outlet is failing. */
export interface OutletHealth {
  paused: boolean;
  feeds: number;
  failingFeeds: number;
  /** The longest current run of failures among its feeds. */
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastErrorCode: string | null;
  /** The soonest next attempt among its feeds; null without feeds or while paused. */
  nextAttemptAt: string | null;
}

export interface OutletWithStats {
  id: number;
  slug: string;
  name: string;
  kind: OutletKind;
  homepageUrl: string | null;
  groups: string[];
  articleCount: number;
  unknownDateCount: number;
  lastFetch: LastFetch | null;
  health: OutletHealth;
}

export async function listOutletsWithStats(db: Database): Promise<OutletWithStats[]> {
  // From the daily rollup: a few thousand rows at any corpus size, where counting articles read them all.
  const stats = db
    .select({
      outletId: outletDailyCounts.outletId,
      articleCount: sql<number>`sum(${outletDailyCounts.articles})::int`.as("article_count"),
      unknownDateCount: sql<number>`coalesce(sum(${outletDailyCounts.articles}) filter (where ${outletDailyCounts.day} = '-infinity'::date), 0)::int`.as(
        "unknown_date_count",
      ),
    })
    .from(outletDailyCounts)
    .groupBy(outletDailyCounts.outletId)
    .as("stats");

  const feedHealth = db
    .select({
      outletId: outletFeeds.outletId,
      feeds: sql<number>`count(*)::int`.as("feeds"),
      failingFeeds: sql<number>`(count(*) filter (where ${outletFeeds.consecutiveFailures} > 0))::int`.as("failing_feeds"),
      consecutiveFailures: sql<number>`max(${outletFeeds.consecutiveFailures})::int`.as("max_failures"),
      lastSuccessAt: sql<string | null>`max(${outletFeeds.lastSuccessAt})`.as("last_success_at"),
      lastErrorAt: sql<string | null>`max(${outletFeeds.lastErrorAt})`.as("last_error_at"),
      lastErrorCode: sql<string | null>`(array_agg(${outletFeeds.lastErrorCode} order by ${outletFeeds.lastErrorAt} desc nulls last))[1]`.as("last_error_code"),
      nextAttemptAt: sql<string | null>`min(${outletFeeds.nextAttemptAt})`.as("next_attempt_at"),
    })
    .from(outletFeeds)
    .groupBy(outletFeeds.outletId)
    .as("feed_health");

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
      groups: outlets.groups,
      paused: outlets.paused,
      feeds: feedHealth.feeds,
      failingFeeds: feedHealth.failingFeeds,
      consecutiveFailures: feedHealth.consecutiveFailures,
      lastSuccessAt: feedHealth.lastSuccessAt,
      lastErrorAt: feedHealth.lastErrorAt,
      lastErrorCode: feedHealth.lastErrorCode,
      nextAttemptAt: feedHealth.nextAttemptAt,
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
    .leftJoin(feedHealth, eq(feedHealth.outletId, outlets.id))
    .leftJoinLateral(lastRun, sql`true`)
    .orderBy(asc(outlets.name), asc(outlets.id));

  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    homepageUrl: r.homepageUrl,
    groups: r.groups,
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
    health: {
      paused: r.paused,
      feeds: r.feeds ?? 0,
      failingFeeds: r.failingFeeds ?? 0,
      consecutiveFailures: r.consecutiveFailures ?? 0,
      lastSuccessAt: r.lastSuccessAt ? toIso(r.lastSuccessAt) : null,
      lastErrorAt: r.lastErrorAt ? toIso(r.lastErrorAt) : null,
      lastErrorCode: r.lastErrorCode ?? null,
      nextAttemptAt: r.nextAttemptAt && !r.paused ? toIso(r.nextAttemptAt) : null,
    },
  }));
}

/** Outlets whose feeds are failing right now: what the overview must not let anyone miss. */
export function listFailingOutlets(outletsWithStats: OutletWithStats[]): OutletWithStats[] {
  return outletsWithStats.filter((o) => !o.health.paused && o.health.failingFeeds > 0);
}

function toIso(value: Date | string): string {
  return new Date(value).toISOString();
}
