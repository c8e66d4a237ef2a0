import { readFile } from "node:fs/promises";
import type { Database, Transaction as Tx } from "../db/client";
import type { Outlet, OutletFeed } from "../db/schema";
import { decodeBody } from "./decode";
import { fetchUrl, type FetchAccess } from "./fetch";
import { normaliseFeedItem } from "./normalise";
import { parseFeed } from "./parse";
import {
  finishFetchRun,
  getOutletBySlug,
  listOutletFeeds,
  listOutletsToIngest,
  recordFeedAttempt,
  startFetchRun,
  storeArticle,
  updateOutletFeed,
  type FetchRunResult,
} from "./store";
import { planNextAttempt, type SchedulePolicy } from "./schedule";
import { parseTextExport } from "./text-export";
import type { ArticleRecord } from "./types";

/**
 * The orchestrator: the one place that wires fetch → decode → parse → normalise → store. Every
 * attempt leaves a fetch run; one broken item or outlet is recorded and never stops the rest.
 */

export interface IngestReport {
  outlet: string;
  source: string;
  fetchRunId: number;
  status: FetchRunResult["status"];
  itemsSeen: number;
  itemsNew: number;
  itemsUpdated: number;
  itemsFailed: number;
  errorCode: string | null;
  errorMessage: string | null;
  /** Items that could not be used, with why; the other items were stored. */
  problems: string[];
  /** The feed's own refresh hint (RSS <ttl>, sy:updatePeriod), which scheduling honours. */
  ttlMinutes?: number;
}

export class UnknownOutletError extends Error {
  readonly code = "unknown_outlet";
}

interface FeedBody {
  source: string;
  body: Uint8Array;
  contentType?: string | null;
  baseUrl?: string | null;
  feed?: OutletFeed;
  httpStatus?: number;
  etag?: string | null;
  lastModified?: string | null;
  worker?: string;
}

/** Decodes, parses, normalises and stores one feed document for an outlet. */
export async function ingestFeedBody(db: Database, outlet: Outlet, input: FeedBody): Promise<IngestReport> {
  const runId = await startFetchRun(db, { outletId: outlet.id, feedId: input.feed?.id, source: input.source, worker: input.worker ?? null });
  const http = { httpStatus: input.httpStatus ?? null, etag: input.etag ?? null, lastModified: input.lastModified ?? null };
  try {
    const { text } = decodeBody(input.body, input.contentType);
    const parsed = parseFeed(text, { baseUrl: input.baseUrl ?? undefined });
    const problems = parsed.problems.map((p) => `item ${p.index + 1}: ${p.message}`);
    const records: ArticleRecord[] = [];
    parsed.items.forEach((item, index) => {
      try {
        records.push(normaliseFeedItem(item, { language: parsed.feed.language }));
      } catch (err) {
        problems.push(`item ${index + 1} (${item.link ?? item.guid ?? "no link"}): ${errorMessage(err)}`);
      }
    });
    // Validators are saved with the articles, in one transaction: a run killed before its articles are
    // stored must not leave an ETag behind that turns the next fetch into a 304 and loses them.
    const feed = input.feed;
    const saveValidators = feed
      ? (tx: Tx) => updateOutletFeed(tx, feed.id, { title: parsed.feed.title || feed.title, etag: http.etag, lastModified: http.lastModified })
      : undefined;
    const report = await storeRecords(db, outlet, runId, input.source, records, problems, parsed.items.length + parsed.problems.length, http, saveValidators);
    return parsed.ttlMinutes === undefined ? report : { ...report, ttlMinutes: parsed.ttlMinutes };
  } catch (err) {
    return failRun(db, outlet, runId, input.source, err, http);
  }
}

/**
 * Stores one batch (a feed's items, a scraped run's articles) and the run's outcome in one
 * transaction: killed at any point, it leaves the whole batch or none of it, and a rerun stores it
 * exactly once. Each article is a savepoint, so one that fails is reported and the rest are kept.
 */
async function storeRecords(
  db: Database, outlet: Outlet, runId: number, source: string, records: ArticleRecord[],
  problems: string[], itemsSeen: number, http: Partial<FetchRunResult> = {}, beforeCommit?: (tx: Tx) => Promise<void>,
): Promise<IngestReport> {
  return db.transaction(async (tx) => {
    const counts = { itemsSeen, itemsNew: 0, itemsUpdated: 0, itemsFailed: problems.length };
    for (const record of records) {
      try {
        const outcome = await storeArticle(tx, outlet.id, record, runId);
        if (outcome === "new") counts.itemsNew++;
        if (outcome === "updated") counts.itemsUpdated++;
      } catch (err) {
        counts.itemsFailed++;
        problems.push(`${record.url ?? record.title}: could not be stored: ${errorMessage(err)}`);
      }
    }
    await beforeCommit?.(tx);
    const status = counts.itemsFailed === 0 ? "ok" : counts.itemsFailed < itemsSeen ? "partial" : "error";
    const errorMessageText = problems.length ? problems.slice(0, 20).join("\n") : null;
    const errorCode = problems.length ? "item_errors" : null;
    return finishRun(tx, outlet, runId, source, { status, ...http, ...counts, errorCode, errorMessage: errorMessageText }, problems);
  });
}

async function failRun(db: Database, outlet: Outlet, runId: number, source: string, err: unknown, http: Partial<FetchRunResult> = {}): Promise<IngestReport> {
  return finishRun(db, outlet, runId, source, { status: "error", ...http, errorCode: errorCodeOf(err), errorMessage: errorMessage(err) });
}

/** Records how a run ended and reports it the same way, whatever path the run took. */
async function finishRun(
  db: Database | Tx, outlet: Outlet, runId: number, source: string, result: FetchRunResult, problems: string[] = [],
): Promise<IngestReport> {
  await finishFetchRun(db, runId, result);
  return {
    outlet: outlet.slug,
    source,
    fetchRunId: runId,
    status: result.status,
    itemsSeen: result.itemsSeen ?? 0,
    itemsNew: result.itemsNew ?? 0,
    itemsUpdated: result.itemsUpdated ?? 0,
    itemsFailed: result.itemsFailed ?? 0,
    errorCode: result.errorCode ?? null,
    errorMessage: result.errorMessage ?? null,
    problems,
  };
}

export interface IngestOptions extends FetchAccess {
  /** Names the process in fetch runs when several workers share a queue. */
  worker?: string;
  schedule?: SchedulePolicy;
}

/** Fetches every feed of a feed outlet; each feed's attempt is recorded as a fetch run. */
export async function ingestOutlet(db: Database, outlet: Outlet, options: IngestOptions): Promise<IngestReport[]> {
  const feeds = await listOutletFeeds(db, outlet.id);
  const reports: IngestReport[] = [];
  for (const feed of feeds) reports.push(await ingestFeed(db, outlet, feed, options));
  return reports;
}

/**
 * Fetches and ingests one feed, then records its health and when it is due next. A failure of any
 * kind becomes a fetch run and a later retry, never a thrown error that stops other feeds.
 */
export async function ingestFeed(db: Database, outlet: Outlet, feed: OutletFeed, options: IngestOptions): Promise<IngestReport> {
  const result = await fetchUrl(feed.url, { etag: feed.etag, lastModified: feed.lastModified, allowPrivateNetwork: options.allowPrivateNetwork, allowedNetworks: options.allowedNetworks });
  let report: IngestReport;
  if (result.kind === "ok") {
    report = await ingestFeedBody(db, outlet, {
      source: feed.url, body: result.body, contentType: result.contentType, baseUrl: result.url, feed,
      httpStatus: result.status, etag: result.etag, lastModified: result.lastModified, worker: options.worker,
    });
  } else {
    const runId = await startFetchRun(db, { outletId: outlet.id, feedId: feed.id, source: feed.url, worker: options.worker ?? null });
    if (result.kind === "not-modified") {
      const validators = { etag: result.etag, lastModified: result.lastModified };
      await updateOutletFeed(db, feed.id, validators);
      report = await finishRun(db, outlet, runId, feed.url, { status: "not_modified", httpStatus: 304, ...validators });
    } else {
      const httpStatus = result.code.startsWith("http_") ? Number(result.code.slice(5)) : null;
      report = await failRun(db, outlet, runId, feed.url, Object.assign(new Error(result.message), { code: result.code }), { httpStatus });
    }
  }
  // A partial run still reached the outlet: it counts as seen, and its item problems are on the run.
  const succeeded = report.status !== "error";
  const hints = { ...result.hints, ttlMinutes: report.ttlMinutes ?? null };
  const next = planNextAttempt({ ok: succeeded, hints }, feed.consecutiveFailures, new Date(), options.schedule);
  await recordFeedAttempt(db, feed.id, { succeeded, ...next, errorCode: report.errorCode, errorMessage: report.errorMessage });
  return report;
}

export class ScrapeUnsupportedError extends Error {
  readonly code = "scrape_unsupported";
}

/**
 * Ingests all feed outlets (or the one named); a failing outlet is recorded and the others still
 * run. Scraped outlets are fed by `import` until list-page scraping exists.
 */
export async function ingestOutlets(
  db: Database, options: IngestOptions & { outletSlug?: string; onReport?: (report: IngestReport) => void },
): Promise<IngestReport[]> {
  const selected = await listOutletsToIngest(db, options.outletSlug);
  if (options.outletSlug && selected.length === 0) throw new UnknownOutletError(`No outlet with slug "${options.outletSlug}"`);
  if (selected[0]?.kind === "scrape") {
    throw new ScrapeUnsupportedError(`"${selected[0].slug}" is a scraped outlet: add its articles with \`import\`; list-page scraping is not available yet`);
  }
  const reports: IngestReport[] = [];
  for (const outlet of selected) {
    for (const report of await ingestOutlet(db, outlet, options)) {
      options.onReport?.(report);
      reports.push(report);
    }
  }
  return reports;
}

export interface ImportOptions {
  url?: string | null;
  publishedAt?: Date | null;
}

/** Imports saved feed files and scraped text exports into an outlet. */
export async function importFiles(db: Database, outletSlug: string, files: string[], options: ImportOptions = {}): Promise<IngestReport[]> {
  const outlet = await getOutletBySlug(db, outletSlug);
  if (!outlet) throw new UnknownOutletError(`No outlet with slug "${outletSlug}"`);
  const reports: IngestReport[] = [];
  for (const file of files) {
    const body = await readFile(file);
    if (looksLikeFeed(body)) {
      reports.push(await ingestFeedBody(db, outlet, { source: file, body, baseUrl: options.url }));
      continue;
    }
    const runId = await startFetchRun(db, { outletId: outlet.id, source: file });
    try {
      const { text } = decodeBody(body);
      if (/^\s*<(!doctype html|html)/i.test(text)) {
        throw Object.assign(new Error("Saved HTML pages cannot be imported yet; export the article text instead"), { code: "html_unsupported" });
      }
      const record = parseTextExport(text, outlet.scrapeRules ?? {}, {
        url: options.url, publishedAt: options.publishedAt ?? null, language: outlet.languages[0] ?? null,
      });
      reports.push(await storeRecords(db, outlet, runId, file, [record], [], 1));
    } catch (err) {
      reports.push(await failRun(db, outlet, runId, file, err));
    }
  }
  return reports;
}

function looksLikeFeed(body: Uint8Array): boolean {
  const head = Buffer.from(body.subarray(0, 1024)).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  return /^<\?xml|^<(rss|feed|rdf:RDF)\b/i.test(head) || (head.startsWith("{") && /jsonfeed\.org\/version/i.test(head));
}

function errorCodeOf(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : "internal_error";
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
