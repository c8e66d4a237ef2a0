import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Transaction as Tx } from "../db/client";
import { articleFingerprints, articleLinks } from "../db/schema";
import { documentBands, documentShingles, isRepublication, sharedPassages, textOverlap } from "../lib/republication/fingerprint";
import { idArray, rowsOf } from "../lib/queries/sql-rows";

/**
 * The republication step of the extract stage: each article's fingerprint is stored, and any other
 * outlet's article whose fingerprint shares a band key is compared with it on the exact shingles of
 * both texts. A copy is linked to its original (`article_links`, kind "republication"): the earlier
 * by publication date when both have one, else the one seen first, which the evidence then says.
 * The evidence names the share of the text in common, the copy's credits ("© RIA / Sputnik") and
 * the longest passages the two share.
 */

export interface FingerprintedArticle {
  id: number;
  outletId: number;
  text: string;
  language: string;
}

interface CandidateRow {
  id: number;
  candidate_id: number;
  content_text: string;
  language: string | null;
  published_at: string | Date | null;
  first_seen_at: string | Date;
  credits: string[];
  own_published_at: string | Date | null;
  own_first_seen_at: string | Date;
  own_credits: string[];
}

export async function linkRepublications(tx: Tx, batch: FingerprintedArticle[]): Promise<void> {
  const ids = batch.map((a) => a.id);
  if (ids.length === 0) return;
  await tx.delete(articleLinks).where(and(eq(articleLinks.kind, "republication"), or(inArray(articleLinks.articleId, ids), inArray(articleLinks.linkedArticleId, ids))));
  const shingles = new Map(batch.map((a) => [a.id, documentShingles(a.text, a.language)]));
  const rows = batch.map((a) => ({ articleId: a.id, bands: documentBands(shingles.get(a.id)!), shingles: shingles.get(a.id)!.size }));
  await tx.insert(articleFingerprints).values(rows).onConflictDoUpdate({
    target: articleFingerprints.articleId,
    set: { bands: sql`excluded.bands`, shingles: sql`excluded.shingles` },
  });
  const probes = rows.filter((r) => r.bands.length > 0).map((r) => ({ id: r.articleId, bands: r.bands, outlet: batch.find((a) => a.id === r.articleId)!.outletId }));
  if (probes.length === 0) return;
  // Each pair once, from its lower id: two articles of one batch find each other both ways.
  const candidates = await rowsOf<CandidateRow>(tx, sql`
    select p.id, c.id as candidate_id, c.content_text, c.language, c.published_at, c.first_seen_at, c.credits,
      own.published_at as own_published_at, own.first_seen_at as own_first_seen_at, own.credits as own_credits
    from jsonb_to_recordset(${JSON.stringify(probes)}::jsonb) p(id int, bands int[], outlet int)
    join articles own on own.id = p.id
    cross join lateral (select f.article_id from article_fingerprints f where f.bands && p.bands and f.article_id <> p.id) f
    join articles c on c.id = f.article_id and c.outlet_id <> p.outlet
    where not (f.article_id = any(${idArray(ids)}) and f.article_id < p.id)`);
  const links: (typeof articleLinks.$inferInsert)[] = [];
  for (const row of candidates) {
    const article = batch.find((a) => a.id === row.id)!;
    const own = shingles.get(row.id)!;
    // A candidate of the batch, or one several of its articles copy, is split into shingles once.
    let other = shingles.get(row.candidate_id);
    if (!other) shingles.set(row.candidate_id, (other = documentShingles(row.content_text, row.language ?? article.language)));
    const overlap = textOverlap(own, other);
    if (!isRepublication(overlap)) continue;
    const mine = { id: row.id, published: row.own_published_at, seen: row.own_first_seen_at, credits: row.own_credits, text: article.text, shingles: own, language: article.language };
    const theirs = { id: row.candidate_id, published: row.published_at, seen: row.first_seen_at, credits: row.credits, text: row.content_text, shingles: other, language: row.language ?? article.language };
    const byDate = mine.published && theirs.published;
    const time = (x: typeof mine) => new Date((byDate ? x.published : x.seen)!).getTime();
    const [copy, original] = time(mine) > time(theirs) || (time(mine) === time(theirs) && mine.id > theirs.id) ? [mine, theirs] : [theirs, mine];
    const evidence = {
      containment: Math.round(overlap.containment * 100) / 100,
      sharedShingles: overlap.shared,
      datedBy: byDate ? "published" : "first seen",
      credits: copy.credits,
      passages: sharedPassages(copy.text, copy.language, original.shingles),
    };
    links.push({ articleId: copy.id, linkedArticleId: original.id, kind: "republication", evidence: JSON.stringify(evidence) });
  }
  if (links.length) await tx.insert(articleLinks).values(links).onConflictDoNothing();
}
