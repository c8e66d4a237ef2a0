import { asc } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../../db/client";
import { markerGroups } from "../../db/schema";
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
