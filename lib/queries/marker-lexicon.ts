import { createHash } from "node:crypto";
import { asc, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../../db/client";
import { markerGroups } from "../../db/schema";
import { rowsOf } from "./sql-rows";
import { DEFAULT_MARKER_GROUPS, type MarkerGroup } from "../framing/lexicon";

/** The lexicon as stored. The default one is stored into an empty table, so a deleted default group stays deleted. */
export async function loadLexicon(db: Database | Tx): Promise<MarkerGroup[]> {
  let rows = await db.select().from(markerGroups).orderBy(asc(markerGroups.position), asc(markerGroups.key));
  if (rows.length === 0) {
    await db
      .insert(markerGroups)
      .values(DEFAULT_MARKER_GROUPS.map((g, position) => ({ key: g.key, label: g.label, variants: g.variants, position })))
      .onConflictDoNothing();
    rows = await db.select().from(markerGroups).orderBy(asc(markerGroups.position), asc(markerGroups.key));
  }
  return rows.map((r) => ({ key: r.key, label: r.label, variants: r.variants }));
}

/** Replaces the whole lexicon at once; the marker job then recounts every article under the new one. */
export async function saveLexicon(db: Database, groups: MarkerGroup[], userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(markerGroups);
    if (groups.length === 0) return;
    await tx.insert(markerGroups).values(groups.map((g, position) => ({ key: g.key, label: g.label, variants: g.variants, position, updatedBy: userId, updatedAt: new Date() })));
  });
}

export function lexiconHash(groups: MarkerGroup[]): string {
  return createHash("sha256").update(JSON.stringify(groups)).digest("hex").slice(0, 16);
}

/** How many articles are counted under the current lexicon, of all stored. */
export async function getMarkerProgress(db: Database): Promise<{ counted: number; total: number }> {
  const hash = lexiconHash(await loadLexicon(db));
  const [row] = await rowsOf<{ counted: number; total: number }>(db, sql`
    select (select count(*) from article_marker_states where lexicon_hash = ${hash})::int as counted, (select count(*) from articles)::int as total`);
  return row ?? { counted: 0, total: 0 };
}
