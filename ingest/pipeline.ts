import { readFile } from "node:fs/promises";
import type { Database, Transaction as Tx } from "../db/client";
import type { Outlet, OutletFeed } from "../db/schema";
import { decodeBody } from "./decode";
import { fetchAccess, fetchUrl, type FetchAccess } from "./fetch";
import type { HostLimitOptions } from "./host-limits";
import { normaliseFeedItem } from "./normalise";
import { normaliseAhead, type NormalisedChunk } from "./normalise-ahead";
import { parseFeed } from "./parse";
import {
  finishFetchRun,
  getOutletBySlug,
  listOutletFeeds,
  listOutletsToIngest,
  listRecentlyStoredUrls,
  recordFeedAttempt,
  startFetchRun,
  storeArticles,
  updateOutletFeed,
  type FetchRunResult,
} from "./store";
import { planNextAttempt, type CacheHints, type SchedulePolicy } from "./schedule";
import { scrapeSource, sharedScrapeTools, type ScrapeTools } from "./scrape";
import { parseTextExport } from "./text-export";
import type { ArticleRecord } from "./types";

/**
 * The orchestrator: the one place that wires fetch → decode → parse → normalise → store (for
 * scraped outlets: scrape → store, the same store path). Every
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

// Items normalised while the previous chunk is stored: small enough that most of a feed's normalising
// overlaps its storing (the first chunk cannot), large enough to keep the store's statements per item few.
const NORMALISE_AHEAD_CHUNK = 100;

/** Decodes, parses, normalises and stores one feed document for an outlet. */
export async function ingestFeedBody(db: Database, outlet: Outlet, input: FeedBody): Promise<IngestReport> {
  const runId = await startFetchRun(db, { outletId: outlet.id, feedId: input.feed?.id, source: input.source, worker: input.worker ?? null });
  const http = { httpStatus: input.httpStatus ?? null, etag: input.etag ?? null, lastModified: input.lastModified ?? null };
  try {
    const { text } = decodeBody(input.body, input.contentType);
    const parsed = parseFeed(text, { baseUrl: input.baseUrl ?? undefined });
    const problems = parsed.problems.map((p) => `item ${p.index + 1}: ${p.message}`);
    const records = normaliseAhead(
      parsed.items,
      (item) => normaliseFeedItem(item, { language: parsed.feed.language }),
      (item, index, err) => `item ${index + 1} (${item.link ?? item.guid ?? "no link"}): ${errorMessage(err)}`,
      { chunk: NORMALISE_AHEAD_CHUNK },
    );
    // Validators are saved with the articles, in one transaction: a run killed before its articles are
    // stored must not leave an ETag behind that turns the next fetch into a 304 and loses them.
    const feed = input.feed;
    const saveValidators = feed
      ? (tx: Tx) => updateOutletFeed(tx, feed.id, { title: parsed.feed.title || feed.title, etag: http.etag, lastModified: http.lastModified })
      : undefined;
    const report = await storeRecords(db, outlet, runId, input.source, records, problems, parsed.items.length + parsed.problems.length, http, { beforeCommit: saveValidators });
    return parsed.ttlMinutes === undefined ? report : { ...report, ttlMinutes: parsed.ttlMinutes };
  } catch (err) {
    return failRun(db, outlet, runId, input.source, err, http);
  }
}

interface BatchExtras {
  /** Items deliberately not fetched (robots.txt disallows them): named on the run like problems, but
   * not failures, so a site's standing robots rules do not make every run fail. */
  skipped?: string[];
  /** Writes that must commit with the batch or not at all (the source's validators). */
  beforeCommit?: (tx: Tx) => Promise<void>;
}

/**
 * Stores one batch (a feed's items, a scraped run's articles) and the run's outcome in one
 * transaction: killed at any point, it leaves the whole batch or none of it, and a rerun stores it
 * exactly once. A chunk of articles that fails is retried one article per savepoint, so one that
 * fails is reported and the rest are kept.
 */
async function storeRecords(
  db: Database, outlet: Outlet, runId: number, source: string, records: ArticleRecord[] | AsyncIterable<NormalisedChunk<ArticleRecord>>,
  problems: string[], itemsSeen: number, http: Partial<FetchRunResult> = {}, extras: BatchExtras = {},
): Promise<IngestReport> {
  const skipped = extras.skipped ?? [];
  const chunks = Array.isArray(records) ? [{ records, problems: [] }] : records;
  return db.transaction(async (tx) => {
    const counts = { itemsSeen, itemsNew: 0, itemsUpdated: 0, itemsFailed: problems.length };
    const storeProblems: string[] = [];
    for await (const chunk of chunks) {
      counts.itemsFailed += chunk.problems.length;
      problems.push(...chunk.problems);
      const results = await storeArticles(tx, outlet.id, chunk.records, runId);
      results.forEach((result, i) => {
        const record = chunk.records[i]!;
        if ("error" in result) {
          counts.itemsFailed++;
          storeProblems.push(`${record.url ?? record.title}: could not be stored: ${errorMessage(result.error)}`);
        } else if (result.outcome === "new") counts.itemsNew++;
        else if (result.outcome === "updated") counts.itemsUpdated++;
      });
    }
    problems.push(...storeProblems);
    await extras.beforeCommit?.(tx);
    const status = counts.itemsFailed === 0 ? "ok" : counts.itemsFailed < itemsSeen ? "partial" : "error";
    problems.push(...skipped);
    const errorMessageText = problems.length ? problems.slice(0, 20).join("\n") : null;
    const errorCode = counts.itemsFailed > 0 ? "item_errors" : skipped.length ? "robots_disallowed" : null;
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
  scraping?: ScrapeOptions;
}

export interface ScrapeOptions {
  /** Per-host limits for scraped pages (default: 2 at once, 1 s apart). */
  hostLimits?: HostLimitOptions;
  /** A limiter and robots cache to share; by default one per process and network policy. */
  tools?: ScrapeTools;
  /** Total timeout of each scraped request (default: fetch's 20 s). */
  timeoutMs?: number;
  /** An article seen more recently than this is not fetched again (default 24 h). */
  refetchAfterMs?: number;
  /** Article fetches not started within this time wait for the next run (default 4 min, inside a worker's lease). */
  runBudgetMs?: number;
}

const DEFAULT_REFETCH_AFTER_MS = 24 * 60 * 60 * 1000;

/** What ingest takes from configuration: the network policy and the scraping limits. */
export function ingestSettings(config: FetchAccessConfig & { scrapeHostLimits: HostLimitOptions }): IngestOptions {
  return { ...fetchAccess(config), scraping: { hostLimits: config.scrapeHostLimits } };
}

type FetchAccessConfig = Parameters<typeof fetchAccess>[0];

/** Fetches every source of an outlet (feeds, list pages, sitemaps); each attempt is recorded as a fetch run. */
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
  const { report, hints } = feed.kind === "feed" ? await fetchFeed(db, outlet, feed, options) : await scrapeFeed(db, outlet, feed, options);
  // A partial run still reached the outlet: it counts as seen, and its item problems are on the run.
  const succeeded = report.status !== "error";
  const next = planNextAttempt({ ok: succeeded, hints: { ...hints, ttlMinutes: report.ttlMinutes ?? null } }, feed.consecutiveFailures, new Date(), options.schedule);
  await recordFeedAttempt(db, feed.id, { succeeded, ...next, errorCode: report.errorCode, errorMessage: report.errorMessage });
  return report;
}

async function fetchFeed(db: Database, outlet: Outlet, feed: OutletFeed, options: IngestOptions): Promise<{ report: IngestReport; hints: CacheHints }> {
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
  return { report, hints: result.hints };
}

/** A list page or sitemap: its articles are scraped, then stored like a feed's items. */
async function scrapeFeed(db: Database, outlet: Outlet, feed: OutletFeed, options: IngestOptions): Promise<{ report: IngestReport; hints: CacheHints }> {
  const runId = await startFetchRun(db, { outletId: outlet.id, feedId: feed.id, source: feed.url, worker: options.worker ?? null });
  const scraping = options.scraping ?? {};
  const since = new Date(Date.now() - (scraping.refetchAfterMs ?? DEFAULT_REFETCH_AFTER_MS));
  const outcome = await scrapeSource(
    { url: feed.url, kind: feed.kind === "sitemap" ? "sitemap" : "list_page", etag: feed.etag, lastModified: feed.lastModified },
    {
      ...(scraping.tools ?? sharedScrapeTools(options, scraping.hostLimits)),
      allowPrivateNetwork: options.allowPrivateNetwork, allowedNetworks: options.allowedNetworks, timeoutMs: scraping.timeoutMs, runBudgetMs: scraping.runBudgetMs,
      rules: outlet.scrapeRules ?? {}, language: outlet.languages[0] ?? null,
      recentlyStored: (urls) => listRecentlyStoredUrls(db, outlet.id, urls, since),
    },
  );
  if (outcome.kind === "not-modified") {
    const validators = { etag: outcome.etag, lastModified: outcome.lastModified };
    await updateOutletFeed(db, feed.id, validators);
    return { report: await finishRun(db, outlet, runId, feed.url, { status: "not_modified", httpStatus: 304, ...validators }), hints: outcome.hints };
  }
  if (outcome.kind === "error") {
    const err = Object.assign(new Error(outcome.message), { code: outcome.code });
    return { report: await failRun(db, outlet, runId, feed.url, err, { httpStatus: outcome.httpStatus }), hints: outcome.hints };
  }
  // Validators only once every link was handled: a 304 must not hide links the per-run cap left over.
  // Saved with the articles, like a feed's: a run killed before they are stored leaves no validators.
  const validators = outcome.complete ? { etag: outcome.etag, lastModified: outcome.lastModified } : { etag: null, lastModified: null };
  const http = { httpStatus: outcome.httpStatus, ...validators };
  const report = await storeRecords(db, outlet, runId, feed.url, outcome.records, outcome.problems, outcome.itemsSeen, http, {
    skipped: outcome.skipped, beforeCommit: (tx) => updateOutletFeed(tx, feed.id, validators),
  });
  return { report, hints: outcome.hints };
}

export class ScrapeUnsupportedError extends Error {
  readonly code = "scrape_unsupported";
}

/**
 * Ingests all unpaused outlets (or the one named): feeds, list pages and sitemaps alike; a failing
 * outlet is recorded and the others still run. A scraped outlet without list pages or sitemaps is
 * fed by `import`.
 */
export async function ingestOutlets(
  db: Database, options: IngestOptions & { outletSlug?: string; onReport?: (report: IngestReport) => void },
): Promise<IngestReport[]> {
  const selected = await listOutletsToIngest(db, options.outletSlug);
  if (options.outletSlug && selected.length === 0) throw new UnknownOutletError(`No outlet with slug "${options.outletSlug}"`);
  if (options.outletSlug && selected[0]?.kind === "scrape" && (await listOutletFeeds(db, selected[0].id)).length === 0) {
    throw new ScrapeUnsupportedError(`"${selected[0].slug}" is a scraped outlet without list pages or sitemaps: add one, or add its articles with \`import\``);
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
