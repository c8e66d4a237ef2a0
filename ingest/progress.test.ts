import { describe, expect, it } from "vitest";
import type { IngestReport } from "./pipeline";
import { terminalProgress } from "./progress";

const report = (outlet: string, status: IngestReport["status"], itemsNew: number): IngestReport => ({
  outlet, source: `https://${outlet}.example/feed`, fetchRunId: 1, status, itemsSeen: itemsNew, itemsNew,
  itemsUpdated: 0, itemsFailed: 0, errorCode: null, errorMessage: null, problems: [],
});

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (c: string) => chunks.push(c) };
}

describe("CLI ingest progress", () => {
  it("on a terminal, rewrites one line with running totals and clears it at the end", () => {
    const tty = stream(true);
    let clock = 0;
    const progress = terminalProgress(tty, () => clock);
    clock = 2_000;
    progress(report("kloop", "ok", 12));
    clock = 5_000;
    progress(report("tass-ru", "error", 0));
    progress.done();
    expect(tty.chunks).toEqual([
      "\r\x1b[K1 sources (0 failed), 12 new, 0 updated, 2s — kloop: ok",
      "\r\x1b[K2 sources (1 failed), 12 new, 0 updated, 5s — tass-ru: error",
      "\r\x1b[K",
    ]);
  });

  it("in a pipe, writes nothing at all", () => {
    const pipe = stream(false);
    const progress = terminalProgress(pipe);
    progress(report("kloop", "ok", 3));
    progress.done();
    expect(pipe.chunks).toEqual([]);
  });
});
