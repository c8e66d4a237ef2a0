import { inArray, sql } from "drizzle-orm";
import { getExtractionProgress, type ExtractionProgress } from "../lib/queries/extraction-status";
import type { Database, Transaction as Tx } from "../db/client";
import { articleExtractions, articles, fundingClaims, mentions, outlets, sources } from "../db/schema";
import { mentionFinder, type MentionFinder } from "../lib/entities/mentions";
import { EXTRACTION_VERSION, extractStatements } from "../lib/extract";
import { storeClaims } from "./claim-store";
import { linkRepublications } from "./republication-store";
import { raiseAlerts } from "../lib/watchlists/watchlists";
import { createEntities, ensureKnownEntities, lookupAliases, type NewEntity, type ResolvedEntity } from "./entities";
import { articleRefs, namesOf, statementRows, type NameRef, type StatementRows } from "./statement-rows";

/**
 * The extract stage over stored articles: every article that the current rules have not read (new,
 * changed, or read by older rules) is read, and its sources, funding claims, mentions, claim
 * occurrences and republication links replaced, and watchlists it matches alerted.
 * Articles are claimed in batches with SKIP LOCKED, so several workers share the backlog, and each
 * batch commits on its own: stopped at any point, the job resumes where it was.
 */

export { getExtractionProgress, type ExtractionProgress };

export interface ExtractionJobOptions {
  batchSize?: number;
  /** Read the articles of this outlet only. */
  outletId?: number;
  onProgress?: (progress: ExtractionProgress) => void;
  shouldStop?: () => boolean;
  /** The rules; tests give rules that fail on purpose. */
  extract?: typeof extractStatements;
}

export interface ExtractionJobResult {
  version: number;
  extracted: number;
  failed: number;
}

export async function runExtraction(db: Database, options: ExtractionJobOptions = {}): Promise<ExtractionJobResult> {
  const batchSize = options.batchSize ?? 100;
  const known = await ensureKnownEntities(db);
  const findMentions = mentionFinder(known);
  const result: ExtractionJobResult = { version: EXTRACTION_VERSION, extracted: 0, failed: 0 };
  while (!options.shouldStop?.()) {
    const batch = await db.transaction((tx) => extractBatch(tx, { limit: batchSize, findMentions, outletId: options.outletId, extract: options.extract ?? extractStatements }));
    if (batch.claimed === 0) break;
    result.extracted += batch.claimed - batch.failed;
    result.failed += batch.failed;
    if (options.onProgress) options.onProgress(await getExtractionProgress(db));
  }
  return result;
}

/** Marks every article as read by older rules, so the next run reads them all again. */
export async function requestReextraction(db: Database, outletId?: number): Promise<number> {
  const rows = await db
    .update(articleExtractions)
    .set({ version: 0 })
    .where(outletId === undefined ? undefined : sql`${articleExtractions.articleId} in (select id from ${articles} where outlet_id = ${outletId})`)
    .returning({ id: articleExtractions.articleId });
  return rows.length;
}

interface PendingArticle {
  id: number;
  outlet_id: number;
  content_text: string;
  content_html: string;
  language: string | null;
  url: string | null;
  outlet_name: string;
}

interface BatchOptions {
  limit: number;
  findMentions: MentionFinder;
  outletId?: number;
  extract: typeof extractStatements;
}

async function extractBatch(tx: Tx, { limit, findMentions, outletId, extract }: BatchOptions) {
  const pending = [...((await tx.execute(sql`
    select a.id, a.outlet_id, a.content_text, a.content_html, a.language, a.url, o.name as outlet_name
    from ${articles} a
    join ${outlets} o on o.id = a.outlet_id
    left join ${articleExtractions} e on e.article_id = a.id
    where (e.article_id is null or e.version < ${EXTRACTION_VERSION})
      ${outletId === undefined ? sql`` : sql`and a.outlet_id = ${outletId}`}
    order by a.id
    limit ${limit}
    for update of a skip locked`)) as unknown as Iterable<PendingArticle>)];
  if (pending.length === 0) return { claimed: 0, failed: 0 };

  const read = pending.map((article) => {
    try {
      const extraction = extract({
        text: article.content_text, html: article.content_html, language: article.language,
        url: article.url, outletName: article.outlet_name,
      });
      return { article, extraction, error: null };
    } catch (error) {
      return { article, extraction: null, error: error instanceof Error ? error.message : String(error) };
    }
  });
  const refs = read.map((r) => (r.extraction ? articleRefs(r.article.content_text, r.extraction) : null));
  const entityOf = await resolveNames(tx, refs.flatMap((r) => (r ? namesOf(r) : [])));

  const rows: StatementRows = { sources: [], fundingClaims: [], mentions: [] };
  for (const [i, { article, extraction }] of read.entries()) {
    if (!extraction) continue;
    const found = statementRows(article.id, article.content_text, extraction, refs[i]!, entityOf, findMentions(article.content_text));
    rows.sources.push(...found.sources);
    rows.fundingClaims.push(...found.fundingClaims);
    rows.mentions.push(...found.mentions);
  }
  const ids = pending.map((a) => a.id);
  await tx.delete(sources).where(inArray(sources.articleId, ids));
  await tx.delete(fundingClaims).where(inArray(fundingClaims.articleId, ids));
  await tx.delete(mentions).where(inArray(mentions.articleId, ids));
  await insertChunked(rows.sources, (chunk) => tx.insert(sources).values(chunk));
  await insertChunked(rows.fundingClaims, (chunk) => tx.insert(fundingClaims).values(chunk));
  await insertChunked(rows.mentions, (chunk) => tx.insert(mentions).values(chunk).onConflictDoNothing());
  // An article that failed to read loses its stale claim occurrences with its other statements.
  await storeClaims(tx, read.map(({ article, extraction }) => ({ articleId: article.id, language: extraction?.language ?? "en", candidates: extraction?.claims ?? [] })));
  await linkRepublications(tx, pending.map((a, i) => ({ id: a.id, outletId: a.outlet_id, text: a.content_text, language: read[i]!.extraction?.language ?? "en" })));
  await raiseAlerts(tx, pending.map((a) => a.id));
  const states = read.map(({ article, extraction, error }) => ({
    articleId: article.id,
    version: EXTRACTION_VERSION,
    language: extraction?.language ?? null,
    figureSentences: extraction?.figures.sentences ?? 0,
    attributedFigureSentences: extraction?.figures.attributed ?? 0,
    error,
    extractedAt: new Date(),
  }));
  await tx
    .insert(articleExtractions)
    .values(states)
    .onConflictDoUpdate({
      target: articleExtractions.articleId,
      set: {
        version: sql`excluded.version`, language: sql`excluded.language`, figureSentences: sql`excluded.figure_sentences`,
        attributedFigureSentences: sql`excluded.attributed_figure_sentences`, error: sql`excluded.error`, extractedAt: sql`excluded.extracted_at`,
      },
    });
  return { claimed: pending.length, failed: read.filter((r) => r.error).length };
}

/** Entities for every name: known by an alias, else created (links only ever resolve to a known domain). */
async function resolveNames(tx: Tx, refs: NameRef[]): Promise<(ref: NameRef | null) => ResolvedEntity | null> {
  const known = await lookupAliases(tx, refs.map((r) => r.key));
  const wanted = new Map<string, NewEntity>();
  for (const ref of refs) {
    if (ref.lookupOnly || known.has(ref.key) || wanted.has(ref.key)) continue;
    wanted.set(ref.key, { name: ref.name, kind: ref.kind, category: ref.category });
  }
  for (const [key, entity] of await createEntities(tx, wanted)) known.set(key, entity);
  return (ref) => (ref ? (known.get(ref.key) ?? null) : null);
}

// Far below Postgres's 65,535 parameters per statement at thirteen columns a row.
const ROWS_PER_INSERT = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => PromiseLike<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await insert(rows.slice(i, i + ROWS_PER_INSERT));
}

