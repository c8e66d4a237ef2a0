import { readFile } from "node:fs/promises";
import { connectDatabase, type Database } from "../db/client";
import { getConfig } from "../lib/config";
import { getStatus } from "../lib/queries/status";
import { decodeBody } from "./decode";
import { extractArticle } from "./extract-article";
import { fetchAccess, fetchUrl } from "./fetch";
import { terminalProgress } from "./progress";
import { parseFeed } from "./parse";
import { importFiles, ingestOutlets, ingestSettings, type IngestReport } from "./pipeline";
import type { FeedDocument } from "./types";
import { defaultWorkerName, runDueFeeds, startScheduler } from "./worker";
import { describeExtraction, extractionProgressLine, reextract } from "./cli-extraction";
import { runExtraction, type ExtractionJobResult } from "./extraction-job";
import { runMarkerCounts } from "./marker-job";
import { runTermCounts } from "./term-job";

/** CLI commands: each returns the JSON document of its contract (DESIGN.md §4) plus a human rendering. */

export interface CommandOutput {
  json: unknown;
  text: string;
  /** Non-zero when the command ran but something it was asked to do failed. */
  exitCode?: number;
  warnings?: string[];
}

export class UsageError extends Error {
  readonly code = "usage";
}

export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const handle = await connectDatabase(getConfig(), { role: "any", poolSize: 2 });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

/** A file's bytes, or a URL's body fetched under the configured network policy. */
async function readTarget(target: string): Promise<{ body: Uint8Array; contentType: string | null; url?: string }> {
  if (!/^https?:\/\//i.test(target)) return { body: await readFile(target), contentType: null };
  const result = await fetchUrl(target, fetchAccess(getConfig()));
  if (result.kind !== "ok") throw Object.assign(new Error(result.kind === "error" ? result.message : "Not modified"), { code: result.kind === "error" ? result.code : "not_modified" });
  return { body: result.body, contentType: result.contentType, url: result.url };
}

export async function parseFeedCommand(target: string): Promise<CommandOutput> {
  const { body, contentType, url: baseUrl } = await readTarget(target);
  const parsed = parseFeed(decodeBody(body, contentType).text, { baseUrl });
  const document: FeedDocument = { feed: parsed.feed, items: parsed.items };
  return {
    json: document,
    text: [`${parsed.feed.title} — ${parsed.items.length} items`, ...parsed.items.map((i) => `  ${i.published ?? "date unknown"}  ${i.title ?? "(untitled)"}`)].join("\n"),
    warnings: parsed.problems.map((p) => `item ${p.index + 1}: ${p.message}`),
  };
}

/** The `extract-article` contract (DESIGN.md §4): main content of one full HTML page. */
export async function extractArticleCommand(target: string, url?: string): Promise<CommandOutput> {
  const { body, contentType, url: fetchedUrl } = await readTarget(target);
  const article = extractArticle(decodeBody(body, contentType).text, { url: url ?? fetchedUrl });
  const { title, byline, published, language, text, html } = article;
  return {
    json: { title, byline, published, language, text, html },
    text: [title ?? "(untitled)", [byline, published, language].filter(Boolean).join(" · "), "", text].join("\n"),
  };
}

export async function importCommand(files: string[], outlet: string, url?: string, published?: string): Promise<CommandOutput> {
  if (files.length === 0) throw new UsageError("import needs at least one file");
  if (url && files.length > 1) throw new UsageError("--url names one article: import one file at a time with it");
  let publishedAt: Date | null = null;
  if (published) {
    publishedAt = new Date(published);
    if (Number.isNaN(publishedAt.getTime())) throw new UsageError(`--published is not a date: ${published}`);
  }
  const [reports, extraction] = await withDatabase(async (db) => [await importFiles(db, outlet, files, { url, publishedAt }), await extractPending(db)] as const);
  return reportOutput(reports, extraction);
}

export async function ingestCommand(outlet?: string): Promise<CommandOutput> {
  const config = getConfig();
  const progress = terminalProgress();
  const [reports, extraction] = await withDatabase(async (db) => {
    const runs = await ingestOutlets(db, { outletSlug: outlet, ...ingestSettings(config), onReport: progress });
    progress.done();
    return [runs, await extractPending(db)] as const;
  });
  return reportOutput(reports, extraction);
}

/**
 * A worker on the shared queue: `--once` ingests every due feed and exits; without it, it polls
 * until interrupted. Run as many as you like, on as many machines as share the database.
 */
export async function workerCommand(once: boolean): Promise<CommandOutput> {
  const config = getConfig();
  const options = { worker: defaultWorkerName(), ...ingestSettings(config) };
  const progress = terminalProgress();
  if (once) {
    const [reports, extraction] = await withDatabase(async (db) => {
      const runs = await runDueFeeds(db, options, { onReport: progress });
      progress.done();
      return [runs, await extractPending(db)] as const;
    });
    return reportOutput(reports, extraction);
  }
  await withDatabase(async (db) => {
    const scheduler = startScheduler(db, { ...options, pollMs: config.pollSeconds * 1000 });
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await scheduler.stop();
  });
  return { json: { stopped: true }, text: "Worker stopped" };
}

export async function statusCommand(): Promise<CommandOutput> {
  const status = await withDatabase(getStatus);
  return {
    json: status,
    text: `${status.outlets} outlets, ${status.articles} articles, last fetch ${status.lastFetch ?? "never"}`,
  };
}

/** `reextract [--all] [--outlet SLUG]`: the extraction job over stored articles, with progress on a terminal. */
export async function reextractCommand(all: boolean, outlet?: string): Promise<CommandOutput> {
  const result = await withDatabase((db) => reextract(db, { all, outlet }));
  return { json: result, text: describeExtraction(result), exitCode: result.failed > 0 ? 1 : 0 };
}

/** What ingest stored, read for sources and funding claims before the command returns. */
async function extractPending(db: Database): Promise<ExtractionJobResult> {
  const show = extractionProgressLine(process.stderr);
  const result = await runExtraction(db, { onProgress: show });
  show.done();
  // Counting markers and words is quick beside extraction: neither needs a progress line of its own.
  await runMarkerCounts(db);
  await runTermCounts(db);
  return result;
}

function reportOutput(reports: IngestReport[], extraction?: ExtractionJobResult): CommandOutput {
  const lines = reports.map((r) => {
    const counts = `${r.itemsSeen} seen, ${r.itemsNew} new, ${r.itemsUpdated} updated, ${r.itemsFailed} failed`;
    const error = r.errorMessage ? `\n    ${r.errorCode}: ${r.errorMessage.replace(/\n/g, "\n    ")}` : "";
    return `${r.outlet}  ${r.source}  ${r.status}  (${counts})${error}`;
  });
  if (extraction && extraction.extracted + extraction.failed > 0) lines.push(describeExtraction(extraction));
  return {
    json: extraction ? { runs: reports, extraction } : { runs: reports },
    text: lines.join("\n") || "Nothing to ingest",
    exitCode: reports.some((r) => r.status === "error") ? 1 : 0,
  };
}
