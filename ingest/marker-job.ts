import { inArray, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import { articleMarkers, articleMarkerStates, articles } from "../db/schema";
import { lexiconHash, loadLexicon } from "../lib/queries/marker-lexicon";
import { compileLexicon, countMarkers, type CompiledLexicon } from "../lib/framing/markers";

/**
 * Counts the framing markers of every article the current lexicon has not counted: new, changed, or
 * counted before an editor changed the lexicon. Batches are claimed with SKIP LOCKED and commit on
 * their own, as the extraction job's do.
 */

export interface MarkerJobResult {
  counted: number;
}


export async function runMarkerCounts(db: Database, options: { batchSize?: number; shouldStop?: () => boolean } = {}): Promise<MarkerJobResult> {
  const groups = await loadLexicon(db);
  const hash = lexiconHash(groups);
  const lexicon = compileLexicon(groups);
  const result: MarkerJobResult = { counted: 0 };
  while (!options.shouldStop?.()) {
    const claimed = await db.transaction((tx) => countBatch(tx, lexicon, hash, options.batchSize ?? 500));
    if (claimed === 0) break;
    result.counted += claimed;
  }
  return result;
}

async function countBatch(tx: Tx, lexicon: CompiledLexicon, hash: string, limit: number): Promise<number> {
  const pending = [...((await tx.execute(sql`
    select a.id, a.content_text from ${articles} a
    left join ${articleMarkerStates} s on s.article_id = a.id
    where s.article_id is null or s.lexicon_hash <> ${hash}
    order by a.id limit ${limit}
    for update of a skip locked`)) as unknown as Iterable<{ id: number; content_text: string }>)];
  if (pending.length === 0) return 0;
  const ids = pending.map((a) => a.id);
  const rows = pending.flatMap((a) => countMarkers(a.content_text, lexicon).map((c) => ({
    articleId: a.id, groupKey: c.group, variant: c.variant, count: c.count, inQuotes: c.inQuotes, inScareQuotes: c.inScareQuotes,
  })));
  await tx.delete(articleMarkers).where(inArray(articleMarkers.articleId, ids));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(articleMarkers).values(rows.slice(i, i + 1000));
  await tx
    .insert(articleMarkerStates)
    .values(ids.map((articleId) => ({ articleId, lexiconHash: hash, countedAt: new Date() })))
    .onConflictDoUpdate({ target: articleMarkerStates.articleId, set: { lexiconHash: sql`excluded.lexicon_hash`, countedAt: sql`excluded.counted_at` } });
  return pending.length;
}
