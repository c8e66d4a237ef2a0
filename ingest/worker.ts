import os from "node:os";
import type { Database } from "../db/client";
import { logEvent } from "../lib/log";
import { runExtraction } from "./extraction-job";
import { runMarkerCounts } from "./marker-job";
import { runTermCounts } from "./term-job";
import { ingestFeed, type IngestOptions, type IngestReport } from "./pipeline";
import { claimDueFeeds } from "./store";

/**
 * The scheduler: a worker takes due feeds from the queue in Postgres (the feed table, claimed with
 * SKIP LOCKED), ingests them and records when each is due again. Any number of workers may share
 * one database; ingest is idempotent, so a feed run twice after a lapsed lease duplicates nothing.
 */

export interface WorkerOptions extends IngestOptions {
  worker: string;
  /** Feeds claimed at a time: small, so idle workers get a share of a long queue. */
  batchSize?: number;
  /** Longer than one feed can take (fetch deadline 20 s plus storing), so a live claim never lapses. */
  leaseMs?: number;
}

export function defaultWorkerName(): string {
  return `${os.hostname()}:${process.pid}`;
}

export interface RunHooks {
  shouldStop?: () => boolean;
  onReport?: (report: IngestReport) => void;
}

/** Works the queue until nothing is due, then returns what it did. */
export async function runDueFeeds(db: Database, options: WorkerOptions, hooks: RunHooks = {}): Promise<IngestReport[]> {
  const shouldStop = hooks.shouldStop ?? (() => false);
  const reports: IngestReport[] = [];
  while (!shouldStop()) {
    const claimed = await claimDueFeeds(db, options.worker, options.batchSize ?? 1, options.leaseMs ?? 5 * 60_000);
    if (claimed.length === 0) break;
    for (const { outlet, feed } of claimed) {
      const report = await ingestFeed(db, outlet, feed, options);
      hooks.onReport?.(report);
      reports.push(report);
    }
  }
  return reports;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/** Polls the queue every `pollMs` in the background; a failed round is logged and the next one runs. */
export function startScheduler(db: Database, options: WorkerOptions & { pollMs?: number }): Scheduler {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  const round = () => {
    const onReport = (r: IngestReport) =>
      logEvent("feed_ingested", { worker: options.worker, outlet: r.outlet, url: r.source, status: r.status, itemsNew: r.itemsNew, errorCode: r.errorCode });
    // New and changed articles are read for sources and funding claims after each round's fetching.
    current = runDueFeeds(db, options, { shouldStop: () => stopped, onReport })
      .then(() => runExtraction(db, { shouldStop: () => stopped }))
      .then((r) => {
        if (r.extracted + r.failed > 0) logEvent("statements_extracted", { worker: options.worker, ...r });
      })
      .then(() => runMarkerCounts(db, { shouldStop: () => stopped }))
      .then((r) => {
        if (r.counted > 0) logEvent("markers_counted", { worker: options.worker, ...r });
      })
      .then(() => runTermCounts(db, { shouldStop: () => stopped }))
      .then((r) => {
        if (r.months > 0) logEvent("terms_counted", { worker: options.worker, ...r });
      })
      .catch((err: unknown) => logEvent("scheduler_error", { worker: options.worker, error: String(err) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(round, options.pollMs ?? 30_000);
      });
  };
  round();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
