import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Parser from "rss-parser";
import { decodeBody } from "../ingest/decode";
import { parseFeed } from "../ingest/parse";

/**
 * Feed parsing throughput on the real publisher feeds and the seeds, ours beside rss-parser on the
 * same decoded texts in the same process, then one ~10 MB feed per parser in a process of its own
 * for time and peak memory (DESIGN.md §5: a 10 MB feed parses in bounded memory).
 */

const FEED_DIRS = [path.resolve("..", "shared", "benchmarks", "real-feeds"), path.resolve("..", "shared", "seeds")];
const MIN_SECONDS = 2;

interface FeedText {
  name: string;
  text: string;
  bytes: number;
}

function loadFeeds(): FeedText[] {
  const feeds: FeedText[] = [];
  for (const dir of FEED_DIRS) {
    if (!existsSync(dir)) throw new Error(`Benchmark feeds are missing: expected ${dir} (../shared beside the project).`);
    for (const file of readdirSync(dir).sort()) {
      if (!/\.(rss|atom|xml|json)$/.test(file)) continue;
      const bytes = readFileSync(path.join(dir, file));
      feeds.push({ name: file, text: decodeBody(bytes).text, bytes: bytes.length });
    }
  }
  return feeds;
}

type FeedParser = (text: string) => Promise<unknown>;

const peer = new Parser();
const PARSERS: Record<string, FeedParser> = {
  "rss-parser": (text) => peer.parseString(text),
  claimscope: async (text) => parseFeed(text),
};

interface Throughput {
  megabytesPerSecond: number;
  failed: string[];
}

async function throughput(feeds: FeedText[], parse: FeedParser): Promise<Throughput> {
  // The first pass warms the JIT and records which feeds the parser rejects; those are left out of
  // the timed passes so a fast failure is not counted as parsed bytes.
  const failed: string[] = [];
  const parsed: FeedText[] = [];
  for (const feed of feeds) {
    try {
      await parse(feed.text);
      parsed.push(feed);
    } catch {
      failed.push(feed.name);
    }
  }
  const bytesPerPass = parsed.reduce((sum, f) => sum + f.bytes, 0);
  let passes = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_SECONDS * 1000) {
    for (const feed of parsed) await parse(feed.text);
    passes++;
  }
  const seconds = (performance.now() - started) / 1000;
  return { megabytesPerSecond: (bytesPerPass * passes) / 1024 / 1024 / seconds, failed };
}

interface LargeFeedRun {
  ms: number;
  items: number;
  megabytes: number;
  peakRssDeltaMb: number;
}

function largeFeed(which: "ours" | "rss-parser", megabytes: number): LargeFeedRun {
  const child = path.join(import.meta.dirname, "feed-memory-child.ts");
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", child, which, String(megabytes)], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").at(-1)!) as LargeFeedRun;
}

export default async function benchFeedParse(): Promise<void> {
  const feeds = loadFeeds();
  const totalMb = feeds.reduce((sum, f) => sum + f.bytes, 0) / 1024 / 1024;
  console.log(`\nfeed-parse: ${feeds.length} feeds, ${totalMb.toFixed(2)} MB (../shared/benchmarks/real-feeds and ../shared/seeds)`);
  const results: Record<string, Throughput> = {};
  for (const [name, parse] of Object.entries(PARSERS)) {
    const r = (results[name] = await throughput(feeds, parse));
    console.log(`${name.padEnd(12)} ${r.megabytesPerSecond.toFixed(2).padStart(7)} MB/s   rejected ${r.failed.length}/${feeds.length}${r.failed.length ? ` (${r.failed.join(", ")})` : ""}`);
  }
  console.log(`ratio ours/rss-parser: ${(results.claimscope!.megabytesPerSecond / results["rss-parser"]!.megabytesPerSecond).toFixed(2)}×`);

  const ours = largeFeed("ours", 10);
  const theirs = largeFeed("rss-parser", 10);
  console.log(`large feed (${ours.megabytes.toFixed(1)} MB, ${ours.items} items), each parser in its own process:`);
  for (const [name, r] of [["rss-parser", theirs], ["claimscope", ours]] as const) {
    console.log(`${name.padEnd(12)} ${r.ms.toFixed(0).padStart(6)} ms   peak RSS +${r.peakRssDeltaMb.toFixed(1)} MB`);
  }
  console.log(`ratio ours/rss-parser: time ${(ours.ms / theirs.ms).toFixed(2)}×, peak memory ${(ours.peakRssDeltaMb / theirs.peakRssDeltaMb).toFixed(2)}×`);
}
