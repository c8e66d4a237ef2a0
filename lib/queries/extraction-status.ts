import { count, eq, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../../db/client";
import { articleExtractions, articles } from "../../db/schema";
import { EXTRACTION_VERSION } from "../extract";

/** How far the extraction job has read the archive with the current rules. */

export interface ExtractionProgress {
  version: number;
  /** Articles read by the current rules, of all stored articles. */
  done: number;
  total: number;
  /** Articles whose text the rules could not read; their error is stored with them. */
  failed: number;
}

export async function getExtractionProgress(db: Database | Tx): Promise<ExtractionProgress> {
  const [totals] = await db.select({ total: count() }).from(articles);
  const [read] = await db
    .select({ done: count(), failed: sql<number>`count(*) filter (where ${articleExtractions.error} is not null)`.mapWith(Number) })
    .from(articleExtractions)
    .where(eq(articleExtractions.version, EXTRACTION_VERSION));
  return { version: EXTRACTION_VERSION, done: read?.done ?? 0, total: totals?.total ?? 0, failed: read?.failed ?? 0 };
}

