import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articles, fetchRuns, outlets } from "../../db/schema";

/** The `status --json` contract: { outlets, articles, lastFetch }. */
export interface Status {
  outlets: number;
  articles: number;
  /** When the latest fetch run ended (or started, if still running), ISO-8601; null before any. */
  lastFetch: string | null;
}

export async function getStatus(db: Database): Promise<Status> {
  const [outletCount] = await db.select({ n: sql<number>`count(*)::int` }).from(outlets);
  const [articleCount] = await db.select({ n: sql<number>`count(*)::int` }).from(articles);
  const [last] = await db
    .select({ at: sql<string | null>`max(coalesce(${fetchRuns.finishedAt}, ${fetchRuns.startedAt}))` })
    .from(fetchRuns);
  return {
    outlets: outletCount?.n ?? 0,
    articles: articleCount?.n ?? 0,
    lastFetch: last?.at ? new Date(last.at).toISOString() : null,
  };
}
