import { sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import { countTerms, type TermCounts } from "../lib/framing/vocabulary";
import { rowsOf } from "../lib/queries/sql-rows";

/**
 * Counts the words of every outlet month the triggers queued (term_months_pending) and keeps the
 * TERMS_PER_MONTH most frequent in outlet_month_terms, which the comparison's distinctive vocabulary
 * sums. A month is counted whole, from its articles, so an edit or a deletion needs no bookkeeping of
 * what each article added. Months are claimed with SKIP LOCKED and commit on their own; a month that
 * changes while it is counted is queued again by its trigger and counted next round.
 */

export const TERMS_PER_MONTH = 300;

export interface TermJobResult {
  months: number;
  articles: number;
}

export async function runTermCounts(db: Database, options: { batchSize?: number; shouldStop?: () => boolean } = {}): Promise<TermJobResult> {
  const result: TermJobResult = { months: 0, articles: 0 };
  while (!options.shouldStop?.()) {
    const counted = await db.transaction((tx) => countBatch(tx, options.batchSize ?? 10));
    if (counted.months === 0) break;
    result.months += counted.months;
    result.articles += counted.articles;
  }
  return result;
}

async function countBatch(tx: Tx, limit: number): Promise<TermJobResult> {
  const claimed = await rowsOf<{ outlet_id: number; month: string }>(tx, sql`
    delete from term_months_pending where (outlet_id, month) in (
      select outlet_id, month from term_months_pending order by outlet_id, month limit ${limit} for update skip locked)
    returning outlet_id, month::text`);
  let articles = 0;
  for (const { outlet_id: outletId, month } of claimed) {
    const texts = await rowsOf<{ language: string | null; content_text: string }>(tx, month === "-infinity"
      ? sql`select language, content_text from articles where outlet_id = ${outletId} and published_at is null`
      : sql`select language, content_text from articles where outlet_id = ${outletId}
          and published_at >= ${month}::date::timestamp at time zone 'UTC' and published_at < (${month}::date + interval '1 month')::timestamp at time zone 'UTC'`);
    const counts: TermCounts = new Map();
    for (const text of texts) countTerms(text.content_text, text.language, counts);
    articles += texts.length;
    await tx.execute(sql`delete from outlet_month_terms where outlet_id = ${outletId} and month = ${month}::date`);
    const top = mostFrequent(counts, TERMS_PER_MONTH);
    if (top.length) {
      await tx.execute(sql`insert into outlet_month_terms (outlet_id, month, term, count)
        select ${outletId}, ${month}::date, t.term, t.count
        from jsonb_to_recordset(${JSON.stringify(top.map(([term, count]) => ({ term, count })))}::jsonb) as t(term text, count int)`);
    }
  }
  return { months: claimed.length, articles };
}

/** The `n` most frequent terms, ties by the term so a recount stores the same rows. */
function mostFrequent(counts: TermCounts, n: number): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
}
