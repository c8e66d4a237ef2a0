import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { Transaction as Tx } from "../db/client";
import { claimOccurrences, claims, claimVariants } from "../db/schema";
import type { ClaimCandidate } from "../lib/claims/candidates";
import { claimSimilarity, isSameClaim } from "../lib/claims/match";
import { signatureCache, type ClaimSignature } from "../lib/claims/signature";
import { rowsOf } from "../lib/queries/sql-rows";

/**
 * The claim step of the extract stage: a batch's check-worthy sentences stored as occurrences, each
 * joined to the claim it repeats. Repeats are found incrementally: the band keys of each new sentence
 * are looked up in the GIN index over every claim wording's keys (never a scan of the corpus),
 * the candidates are compared on their shingles, figures and names, and a sentence that repeats none
 * starts a claim of its own. An article read again keeps its claims for the sentences it still has.
 */

export interface ArticleClaims {
  articleId: number;
  language: string;
  candidates: ClaimCandidate[];
}

interface Pending {
  articleId: number;
  language: string;
  candidate: ClaimCandidate;
  signature: ClaimSignature;
  claimId: number | null;
}

interface StoredCandidate {
  i: number;
  claim_id: number;
  sentence: string;
  language: string;
}

export async function storeClaims(tx: Tx, batch: ArticleClaims[]): Promise<void> {
  const ids = batch.map((a) => a.articleId);
  if (ids.length === 0) return;
  const previous = await tx
    .select({ articleId: claimOccurrences.articleId, sentence: claimOccurrences.sentence, claimId: claimOccurrences.claimId })
    .from(claimOccurrences)
    .where(inArray(claimOccurrences.articleId, ids));
  const kept = new Map(previous.map((p) => [`${p.articleId}\u0000${p.sentence}`, p.claimId]));
  await tx.delete(claimOccurrences).where(inArray(claimOccurrences.articleId, ids));

  const signatureOf = signatureCache();
  const pending: Pending[] = batch.flatMap((article) =>
    article.candidates.map((candidate) => ({
      articleId: article.articleId, language: article.language, candidate,
      signature: signatureOf(candidate.sentence, article.language),
      claimId: kept.get(`${article.articleId}\u0000${candidate.sentence}`) ?? null,
    })),
  );
  if (pending.length === 0) return;
  const withKeys = pending.map((p, i) => ({ i, bands: p.signature.bands })).filter((p) => p.bands.length > 0);

  const stored = withKeys.length
    ? await rowsOf<StoredCandidate>(tx, sql`
        select n.i, v.claim_id, v.sentence, v.language
        from jsonb_to_recordset(${JSON.stringify(withKeys)}::jsonb) n(i int, bands int[])
        cross join lateral (select * from ${claimVariants} v where v.bands && n.bands) v`)
    : [];
  const storedByPending = new Map<number, StoredCandidate[]>();
  for (const row of stored) storedByPending.set(row.i, [...(storedByPending.get(row.i) ?? []), row]);

  // Earlier sentences of the batch by band key: two new articles repeating each other meet here. A
  // sentence that starts a claim holds a provisional (negative) id until the claims are inserted.
  const batchByBand = new Map<number, number[]>();
  const started: Pending[] = [];
  for (const [i, p] of pending.entries()) {
    if (p.claimId === null) p.claimId = bestClaim(p, storedByPending.get(i) ?? [], pending, batchByBand, signatureOf);
    for (const band of p.signature.bands) batchByBand.set(band, [...(batchByBand.get(band) ?? []), i]);
    if (p.claimId === null) {
      started.push(p);
      p.claimId = -started.length;
    }
  }
  const claimIds = await insertClaims(tx, started.map((p) => p.candidate.sentence));
  const real = (id: number) => (id < 0 ? claimIds[-id - 1]! : id);
  const rows = pending.map((p) => ({
    claimId: real(p.claimId!), articleId: p.articleId, sentence: p.candidate.sentence, start: p.candidate.start, end: p.candidate.end,
    language: p.language, reasons: p.candidate.reasons, attributedTo: p.candidate.attributedTo, hedged: p.candidate.hedged,
  }));
  // Ten parameters a row: far below Postgres's 65,535 per statement.
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(claimOccurrences).values(rows.slice(i, i + 1000));
  const variants = new Map<string, typeof claimVariants.$inferInsert>();
  for (const p of pending) {
    const sentenceHash = createHash("sha256").update(p.candidate.sentence).digest("hex");
    variants.set(`${real(p.claimId!)}:${sentenceHash}`, { claimId: real(p.claimId!), sentence: p.candidate.sentence, sentenceHash, language: p.language, bands: p.signature.bands });
  }
  const newVariants = [...variants.values()];
  for (let i = 0; i < newVariants.length; i += 1000) await tx.insert(claimVariants).values(newVariants.slice(i, i + 1000)).onConflictDoNothing();
}

/** New claims in one statement, their ids drawn from the sequence first so each sentence knows its own. */
async function insertClaims(tx: Tx, sentences: string[]): Promise<number[]> {
  if (sentences.length === 0) return [];
  const ids = (await rowsOf<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('claims', 'id'))::int as id from generate_series(1, ${sentences.length})`)).map((r) => r.id);
  const rows = sentences.map((sentence, i) => ({ id: ids[i], sentence }));
  await tx.execute(sql`insert into ${claims} (id, sentence) overriding system value
    select id, sentence from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) r(id int, sentence text)`);
  return ids;
}

function bestClaim(
  p: Pending,
  stored: StoredCandidate[],
  pending: Pending[],
  batchByBand: Map<number, number[]>,
  signatureOf: (sentence: string, language: string) => ClaimSignature,
): number | null {
  let best: { claimId: number; similarity: number } | null = null;
  const consider = (claimId: number | null, other: ClaimSignature) => {
    if (claimId === null || !isSameClaim(p.signature, other)) return;
    const similarity = claimSimilarity(p.signature, other);
    if (!best || similarity > best.similarity) best = { claimId, similarity };
  };
  for (const row of stored) consider(row.claim_id, signatureOf(row.sentence, row.language));
  const seen = new Set<number>();
  for (const band of p.signature.bands) {
    for (const j of batchByBand.get(band) ?? []) {
      if (seen.has(j) || pending[j]!.articleId === p.articleId) continue;
      seen.add(j);
      consider(pending[j]!.claimId, pending[j]!.signature);
    }
  }
  return (best as { claimId: number } | null)?.claimId ?? null;
}
