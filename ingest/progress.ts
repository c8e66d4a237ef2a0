import type { IngestReport } from "./pipeline";

/**
 * The status line of a long CLI ingest: rewritten in place on a terminal, absent in pipes and logs
 * (where the final report says everything), so scripts reading stderr see only real warnings.
 */

export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface IngestProgress {
  (report: IngestReport): void;
  /** Clears the line, leaving the terminal as it was for the final report. */
  done(): void;
}

export function terminalProgress(stream: ProgressStream = process.stderr, now: () => number = Date.now): IngestProgress {
  const started = now();
  const totals = { sources: 0, failed: 0, newArticles: 0, updated: 0 };
  const report = (r: IngestReport) => {
    if (!stream.isTTY) return;
    totals.sources++;
    if (r.status === "error") totals.failed++;
    totals.newArticles += r.itemsNew;
    totals.updated += r.itemsUpdated;
    const seconds = Math.round((now() - started) / 1000);
    stream.write(
      `\r\x1b[K${totals.sources} sources (${totals.failed} failed), ${totals.newArticles} new, ${totals.updated} updated, ${seconds}s — ${r.outlet}: ${r.status}`,
    );
  };
  return Object.assign(report, {
    done: () => {
      if (stream.isTTY && totals.sources > 0) stream.write("\r\x1b[K");
    },
  });
}
