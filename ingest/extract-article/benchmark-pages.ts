import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { decodeBody } from "../decode";

/** The public article-extraction benchmark beside the project (../shared/benchmarks), for the bench and tests. */

export const ARTICLE_BENCHMARK_DIR = path.resolve("..", "shared", "benchmarks", "article-extraction");

export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function loadBenchmarkPages(limit?: number): BenchmarkPage[] {
  if (!existsSync(ARTICLE_BENCHMARK_DIR)) {
    throw new Error(`The article-extraction benchmark is missing: expected it at ${ARTICLE_BENCHMARK_DIR} (../shared/benchmarks beside the project).`);
  }
  const truth = JSON.parse(readFileSync(path.join(ARTICLE_BENCHMARK_DIR, "ground-truth.json"), "utf8")) as Record<string, { url: string; articleBody: string }>;
  const files = readdirSync(path.join(ARTICLE_BENCHMARK_DIR, "html")).filter((f) => f.endsWith(".html.gz")).sort();
  const pages: BenchmarkPage[] = [];
  for (const file of files.slice(0, limit)) {
    const id = file.replace(/\.html\.gz$/, "");
    const entry = truth[id];
    if (!entry) continue;
    // Pages are stored as fetched, so they are decoded the way ingest decodes a response (no header known).
    const html = decodeBody(gunzipSync(readFileSync(path.join(ARTICLE_BENCHMARK_DIR, "html", file)))).text;
    pages.push({ id, url: entry.url, html, truth: entry.articleBody });
  }
  return pages;
}
