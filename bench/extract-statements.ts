import { readFileSync } from "node:fs";
import { loadAnnotated } from "../eval/run";
import { extractStatements } from "../lib/extract";
import { detectLanguage } from "../lib/text/language";
import { htmlToPlainText } from "../lib/text/plain-text";
import { segmentSentences } from "../lib/text/sentences";
import { parseFeed } from "../ingest/parse";

/**
 * Stated-source and funding-claim extraction over the sample corpus (the sample feed's items, the scraped
 * text and the annotated set), beside the floor every sentence-level extractor pays: segmenting the
 * sentences and detecting the language (Intl.Segmenter + franc), measured in the same process.
 */

interface Article {
  text: string;
  html: string | null;
}

function sampleCorpus(): Article[] {
  const feed = parseFeed(readFileSync("sample/novastan-war-in-ukraine.rss.xml", "utf8"));
  const items = feed.items.map((item) => ({ text: htmlToPlainText(item.contentHtml ?? ""), html: item.contentHtml }));
  const scraped = { text: readFileSync("sample/scraped-opinion-central-asia.txt", "utf8"), html: null };
  return [...items, scraped, ...loadAnnotated().map(({ text, html }) => ({ text, html }))];
}

function perSecond(corpus: Article[], run: (article: Article) => void): number {
  for (const article of corpus) run(article);
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < 3000) {
    for (const article of corpus) run(article);
    done += corpus.length;
  }
  return done / ((performance.now() - started) / 1000);
}

export default async function benchExtractStatements(): Promise<void> {
  const corpus = sampleCorpus();
  const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const floor = perSecond(corpus, (a) => {
    const language = detectLanguage(a.text) ?? "en";
    segmentSentences(a.text, language);
  });
  const ours = perSecond(corpus, (a) => extractStatements({ text: a.text, html: a.html }));
  console.log(`\nextract (stated sources and funding claims): ${corpus.length} sample articles, ${Math.round(words / corpus.length)} words on average`);
  console.log(`${"".padEnd(52)} ${"articles/s".padStart(11)}`);
  console.log(`${"ours: sources, quotes, links, credits, funding".padEnd(52)} ${ours.toFixed(0).padStart(11)}`);
  console.log(`${"floor: sentences + language only (Intl.Segmenter, franc)".padEnd(52)} ${floor.toFixed(0).padStart(11)}`);
  console.log(`ratio ours/floor: ${(ours / floor).toFixed(2)}×`);
}
