import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { loadBenchmarkPages, type BenchmarkPage } from "../ingest/extract-article/benchmark-pages";
import { extractArticle } from "../ingest/extract-article";
import { scorePage, summarise, type Summary } from "../ingest/extract-article/shingle-metric";

/**
 * Main-text extraction on the public article-extraction benchmark (181 pages), ours beside plain
 * Readability over linkedom in the same process, scored with the benchmark's shingle metric.
 */

type Extractor = (page: BenchmarkPage) => string;

const PEER: Extractor = (page) => {
  const { document } = parseHTML(page.html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? "";
};

const OURS: Extractor = (page) => extractArticle(page.html, { url: page.url }).text;

function measure(pages: BenchmarkPage[], extract: Extractor): Summary & { pagesPerSecond: number } {
  // One warm-up pass over a few pages so JIT compilation is not billed to whichever runs first.
  for (const page of pages.slice(0, 10)) extract(page);
  const started = performance.now();
  const outputs = pages.map(extract);
  const seconds = (performance.now() - started) / 1000;
  const summary = summarise(pages.map((page, i) => scorePage(outputs[i]!, page.truth)));
  return { ...summary, pagesPerSecond: pages.length / seconds };
}

function row(name: string, r: Summary & { pagesPerSecond: number }): string {
  return `${name.padEnd(44)} ${r.pagesPerSecond.toFixed(1).padStart(8)} ${r.precision.toFixed(3).padStart(7)} ${r.recall.toFixed(3).padStart(7)} ${r.f1.toFixed(3).padStart(7)}`;
}

export default async function benchExtractArticle(): Promise<void> {
  const pages = loadBenchmarkPages();
  const peer = measure(pages, PEER);
  const ours = measure(pages, OURS);
  console.log(`\nextract-article: ${pages.length} pages (../shared/benchmarks/article-extraction), shingle metric`);
  console.log(`${"".padEnd(44)} ${"pages/s".padStart(8)} ${"P".padStart(7)} ${"R".padStart(7)} ${"F1".padStart(7)}`);
  console.log(row("@mozilla/readability + linkedom (textContent)", peer));
  console.log(row("claimscope extractArticle", ours));
  console.log(`ratio ours/peer: F1 ${(ours.f1 / peer.f1).toFixed(3)}, speed ${(ours.pagesPerSecond / peer.pagesPerSecond).toFixed(2)}×`);
}
