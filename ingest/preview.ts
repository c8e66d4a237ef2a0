import type { OutletSourceKind, ScrapeRules } from "../db/schema";
import { decodeBody } from "./decode";
import { fetchUrl } from "./fetch";
import { normaliseFeedItem } from "./normalise";
import { parseFeed } from "./parse";
import type { IngestOptions } from "./pipeline";
import { scrapeSource, sharedScrapeTools } from "./scrape";
import type { ArticleRecord } from "./types";

/**
 * "Test this outlet": every source of an outlet fetched, parsed and extracted exactly as ingest
 * would, and nothing stored. An editor sees what a fetch would bring before saving, and a source
 * that fails says why with the same error codes a fetch run records.
 */

export interface PreviewOutletInput {
  sources: { url: string; kind: OutletSourceKind }[];
  scrapeRules?: ScrapeRules | null;
  languages?: string[];
}

export interface PreviewOptions extends IngestOptions {
  /** Items shown per source, and the most articles a scraped source fetches for it (default 5). */
  maxItems?: number;
}

export interface PreviewItem {
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  authors: string[];
  credits: string[];
  wordCount: number;
  textLength: number;
  textExcerpt: string;
}

export interface PreviewSource {
  url: string;
  kind: OutletSourceKind;
  status: "ok" | "error";
  errorCode?: string;
  errorMessage?: string;
  feedTitle?: string | null;
  /** Items in the feed, or article links on the list page or sitemap (only the first few are fetched). */
  itemsSeen: number;
  items: PreviewItem[];
  problems: string[];
}

export interface OutletPreview {
  sources: PreviewSource[];
}

const DEFAULT_MAX_ITEMS = 5;
const EXCERPT_CHARS = 280;
// A test answers while the editor waits; a real run may take minutes over a long list.
const PREVIEW_RUN_BUDGET_MS = 45_000;

export async function previewOutlet(input: PreviewOutletInput, options: PreviewOptions): Promise<OutletPreview> {
  const sources: PreviewSource[] = [];
  for (const source of input.sources) {
    sources.push(source.kind === "feed" ? await previewFeed(source.url, input, options) : await previewScrape(source, input, options));
  }
  return { sources };
}

async function previewFeed(url: string, input: PreviewOutletInput, options: PreviewOptions): Promise<PreviewSource> {
  const base = { url, kind: "feed" as const };
  const fetched = await fetchUrl(url, { allowPrivateNetwork: options.allowPrivateNetwork, allowedNetworks: options.allowedNetworks, timeoutMs: options.scraping?.timeoutMs });
  if (fetched.kind !== "ok") {
    // A test sends no validators, so a 304 cannot happen; anything else is the fetch's own error.
    const code = fetched.kind === "error" ? fetched.code : "not_modified";
    const message = fetched.kind === "error" ? fetched.message : "The server answered 304 Not Modified";
    return failed(base, code, message);
  }
  try {
    const { text } = decodeBody(fetched.body, fetched.contentType);
    const parsed = parseFeed(text, { baseUrl: fetched.url });
    const problems = parsed.problems.map((p) => `item ${p.index + 1}: ${p.message}`);
    const records: ArticleRecord[] = [];
    const language = parsed.feed.language ?? input.languages?.[0] ?? null;
    parsed.items.forEach((item, index) => {
      try {
        records.push(normaliseFeedItem(item, { language }));
      } catch (err) {
        problems.push(`item ${index + 1} (${item.link ?? item.guid ?? "no link"}): ${messageOf(err)}`);
      }
    });
    return {
      ...base, status: "ok", feedTitle: parsed.feed.title || null, itemsSeen: parsed.items.length + parsed.problems.length,
      items: records.slice(0, maxItems(options)).map(previewItem), problems,
    };
  } catch (err) {
    return failed(base, codeOf(err), messageOf(err));
  }
}

async function previewScrape(source: { url: string; kind: OutletSourceKind }, input: PreviewOutletInput, options: PreviewOptions): Promise<PreviewSource> {
  const base = { url: source.url, kind: source.kind };
  const rules = input.scrapeRules ?? {};
  const scraping = options.scraping ?? {};
  const outcome = await scrapeSource(
    { url: source.url, kind: source.kind === "sitemap" ? "sitemap" : "list_page" },
    {
      ...(scraping.tools ?? sharedScrapeTools(options, scraping.hostLimits)),
      allowPrivateNetwork: options.allowPrivateNetwork, allowedNetworks: options.allowedNetworks, timeoutMs: scraping.timeoutMs,
      runBudgetMs: Math.min(scraping.runBudgetMs ?? PREVIEW_RUN_BUDGET_MS, PREVIEW_RUN_BUDGET_MS),
      rules: { ...rules, maxArticlesPerRun: Math.min(rules.maxArticlesPerRun ?? maxItems(options), maxItems(options)) },
      language: input.languages?.[0] ?? null,
      // Nothing is stored by a test, so nothing counts as seen: every link is fetched afresh.
      recentlyStored: async () => new Set<string>(),
    },
  );
  if (outcome.kind === "error") return failed(base, outcome.code, outcome.message);
  if (outcome.kind === "not-modified") return failed(base, "not_modified", "The server answered 304 Not Modified");
  return { ...base, status: "ok", itemsSeen: outcome.linksFound, items: outcome.records.map(previewItem), problems: [...outcome.problems, ...outcome.skipped] };
}

function previewItem(record: ArticleRecord): PreviewItem {
  const text = record.contentText.replace(/\s+/g, " ").trim();
  return {
    title: record.title || null,
    url: record.url,
    publishedAt: record.publishedAt?.toISOString() ?? null,
    language: record.language,
    authors: record.authors,
    credits: record.credits,
    wordCount: record.wordCount,
    textLength: record.contentText.length,
    textExcerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, "")}…` : text,
  };
}

function failed(base: { url: string; kind: OutletSourceKind }, errorCode: string, errorMessage: string): PreviewSource {
  return { ...base, status: "error", errorCode, errorMessage, itemsSeen: 0, items: [], problems: [] };
}

function maxItems(options: PreviewOptions): number {
  return Math.max(1, options.maxItems ?? DEFAULT_MAX_ITEMS);
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : "internal_error";
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
