import { gunzipSync } from "node:zlib";
import type { OutletSourceKind, ScrapeRules } from "../../db/schema";
import { decodeBody } from "../decode";
import { extractArticle } from "../extract-article";
import { fetchUrl, type FetchAccess, type FetchErrorCode, type FetchResult } from "../fetch";
import { HostLimiter, type HostLimitOptions } from "../host-limits";
import type { CacheHints } from "../schedule";
import type { ArticleRecord } from "../types";
import { normaliseScrapedArticle } from "./article";
import { findArticleLinks, looksLikeArticleUrl } from "./links";
import { RobotsCache } from "./robots";
import { newestFirst, parseSitemap, type SitemapPage } from "./sitemap";

/**
 * Scraping one source of an outlet: a list page or a sitemap → article links → each article page
 * (robots.txt checked, per-host limits applied) → extract-article → article records. It fetches
 * but never stores: the pipeline stores the records the same way it stores a feed's.
 */

export interface ScrapeSource {
  url: string;
  kind: Exclude<OutletSourceKind, "feed">;
  etag?: string | null;
  lastModified?: string | null;
}

export interface ScrapeTools {
  limiter: HostLimiter;
  robots: RobotsCache;
}

export interface ScrapeContext extends FetchAccess, ScrapeTools {
  rules: ScrapeRules;
  /** The outlet's language, for pages that state none. */
  language: string | null;
  /** Of these article URLs, the ones stored recently enough that this run need not fetch them. */
  recentlyStored: (urls: string[]) => Promise<Set<string>>;
  /** Total timeout of each request (default: fetch's 20 s). */
  timeoutMs?: number;
  /**
   * Article fetches not started within this time are left for the next run (default 4 min), so a
   * long or slow list stays inside a worker's lease (5 min) and is never taken by two workers.
   */
  runBudgetMs?: number;
}

export type ScrapeOutcome =
  | { kind: "not-modified"; etag: string | null; lastModified: string | null; hints: CacheHints }
  | { kind: "error"; code: string; message: string; httpStatus: number | null; hints: CacheHints }
  | {
      kind: "ok"; httpStatus: number; etag: string | null; lastModified: string | null; hints: CacheHints;
      records: ArticleRecord[]; problems: string[]; itemsSeen: number;
      /** Article links the listing holds, fetched this run or not. */
      linksFound: number;
      /** Links robots.txt disallows: named on the run, never fetched, not failures. */
      skipped: string[];
      /** False when the per-run cap left links for a later run: the source must not answer 304 to it. */
      complete: boolean;
    };

export const DEFAULT_MAX_ARTICLES_PER_RUN = 20;
export const DEFAULT_RUN_BUDGET_MS = 4 * 60_000;
// A sitemap index of a news site lists one sitemap per month or day; the newest few hold what is new.
const MAX_CHILD_SITEMAPS = 3;
const MAX_SITEMAP_BYTES = 15 * 1024 * 1024;

interface Candidate {
  url: string;
  hint?: { title: string | null; published: string | null };
}

export async function scrapeSource(source: ScrapeSource, context: ScrapeContext): Promise<ScrapeOutcome> {
  const deadline = Date.now() + (context.runBudgetMs ?? DEFAULT_RUN_BUDGET_MS);
  const listing = await politeFetch(source.url, context, { etag: source.etag, lastModified: source.lastModified });
  if (listing.kind === "refused") return { kind: "error", code: "robots_disallowed", message: `${source.url}: ${listing.reason}`, httpStatus: null, hints: NO_HINTS };
  if (listing.kind === "not-modified") return { kind: "not-modified", etag: listing.etag, lastModified: listing.lastModified, hints: listing.hints };
  if (listing.kind === "error") return { kind: "error", code: listing.code, message: listing.message, httpStatus: httpStatusOf(listing.code), hints: listing.hints };

  const problems: string[] = [];
  let candidates: Candidate[];
  try {
    candidates = source.kind === "sitemap" ? await sitemapCandidates(listing, context, problems) : listCandidates(listing, context.rules);
  } catch (err) {
    return { kind: "error", code: codeOf(err, "parse_error"), message: (err as Error).message, httpStatus: listing.status, hints: listing.hints };
  }
  if (candidates.length === 0) {
    // A list page that yields no links usually means the site changed its markup: that must show as a failure.
    return { kind: "error", code: "no_links", message: `No article links found on ${source.url}`, httpStatus: listing.status, hints: listing.hints };
  }
  const known = await context.recentlyStored(candidates.map((c) => c.url));
  const fresh = candidates.filter((c) => !known.has(c.url));
  const cap = context.rules.maxArticlesPerRun ?? DEFAULT_MAX_ARTICLES_PER_RUN;
  const chosen = fresh.slice(0, cap);
  const results = await Promise.all(chosen.map((candidate) => scrapeArticle(candidate, context, deadline)));
  const records: ArticleRecord[] = [];
  const skipped: string[] = [];
  let deferred = 0;
  for (const result of results) {
    if ("deferred" in result) deferred++;
    else if ("skipped" in result) skipped.push(result.skipped);
    else if ("problem" in result) problems.push(result.problem);
    else records.push(result.record);
  }
  return {
    kind: "ok", httpStatus: listing.status, etag: listing.etag, lastModified: listing.lastModified, hints: listing.hints,
    records, problems, skipped, itemsSeen: chosen.length - deferred, linksFound: candidates.length, complete: fresh.length <= cap && deferred === 0,
  };
}

type ArticleResult = { record: ArticleRecord } | { problem: string } | { skipped: string } | { deferred: true };

/** One article page → a record, or a line saying why not; past the run's deadline, left for the next run. */
async function scrapeArticle(candidate: Candidate, context: ScrapeContext, deadline: number): Promise<ArticleResult> {
  const page = await politeFetchBefore(candidate.url, context, deadline);
  if (page.kind === "deferred") return { deferred: true };
  if (page.kind === "refused") return { skipped: `${candidate.url}: not fetched: ${page.reason}` };
  if (page.kind === "not-modified") return { problem: `${candidate.url}: answered 304 to an unconditional request` };
  if (page.kind === "error") return { problem: `${candidate.url}: ${page.code}: ${page.message}` };
  try {
    const { text } = decodeBody(page.body, page.contentType);
    const { linkSelector: _links, maxArticlesPerRun: _cap, ...extractRules } = context.rules;
    const article = extractArticle(text, { url: page.url, rules: extractRules });
    return { record: normaliseScrapedArticle(article, { url: candidate.url, language: context.language, hint: candidate.hint }) };
  } catch (err) {
    return { problem: `${candidate.url}: ${codeOf(err, "extract_error")}: ${(err as Error).message}` };
  }
}

function listCandidates(listing: FetchedPage, rules: ScrapeRules): Candidate[] {
  const { text } = decodeBody(listing.body, listing.contentType);
  return findArticleLinks(text, listing.url, { linkSelector: rules.linkSelector }).map((url) => ({ url }));
}

async function sitemapCandidates(listing: FetchedPage, context: ScrapeContext, problems: string[]): Promise<Candidate[]> {
  const sitemap = parseSitemap(sitemapText(listing), listing.url);
  let pages: SitemapPage[];
  if (sitemap.kind === "urlset") {
    pages = sitemap.pages;
  } else {
    pages = [];
    for (const child of newestFirst(sitemap.sitemaps).slice(0, MAX_CHILD_SITEMAPS)) {
      const fetched = await politeFetch(child.url, context);
      if (fetched.kind !== "ok") {
        problems.push(`${child.url}: ${fetched.kind === "error" ? `${fetched.code}: ${fetched.message}` : fetched.kind === "refused" ? fetched.reason : "not modified"}`);
        continue;
      }
      try {
        const childMap = parseSitemap(sitemapText(fetched), fetched.url);
        if (childMap.kind === "urlset") pages.push(...childMap.pages);
      } catch (err) {
        problems.push(`${child.url}: ${codeOf(err, "parse_error")}: ${(err as Error).message}`);
      }
    }
  }
  // General sitemaps list sections, tags and static pages too; a Google News entry is an article by definition.
  const site = new URL(listing.url);
  const seen = new Set<string>();
  return newestFirst(pages)
    .filter((p) => !seen.has(p.url) && seen.add(p.url) && (p.published !== null || looksLikeArticleUrl(p.url, site)))
    .map((p) => ({ url: p.url, hint: { title: p.title, published: p.published } }));
}

/** sitemap.xml.gz is often served as a plain gzip file, without Content-Encoding. */
function sitemapText(page: FetchedPage): string {
  const body = page.body[0] === 0x1f && page.body[1] === 0x8b ? gunzipSync(page.body, { maxOutputLength: MAX_SITEMAP_BYTES }) : page.body;
  return decodeBody(body, page.contentType).text;
}

type FetchedPage = Extract<FetchResult, { kind: "ok" }>;
type PoliteResult = FetchResult | { kind: "refused"; reason: string };

/** robots.txt first, then the request inside the host's limits. */
async function politeFetch(url: string, context: ScrapeContext, validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<PoliteResult> {
  const refusal = await robotsRefusal(url, context);
  if (refusal) return { kind: "refused", reason: refusal };
  return context.limiter.run(url, () => request(url, context, validators));
}

/** As politeFetch, but a request whose host slot comes after `deadline` is not made. */
async function politeFetchBefore(url: string, context: ScrapeContext, deadline: number): Promise<PoliteResult | { kind: "deferred" }> {
  const refusal = await robotsRefusal(url, context);
  if (refusal) return { kind: "refused", reason: refusal };
  // Checked once the host's slot is ours: waiting in the host's queue is where a run's time goes.
  return context.limiter.run(url, async () => (Date.now() > deadline ? { kind: "deferred" as const } : request(url, context)));
}

async function robotsRefusal(url: string, context: ScrapeContext): Promise<string | null> {
  const verdict = await context.robots.check(url);
  if (!verdict.allowed) return verdict.reason ?? "robots.txt disallows it";
  if (verdict.crawlDelayMs) context.limiter.setMinInterval(url, verdict.crawlDelayMs);
  return null;
}

function request(url: string, context: ScrapeContext, validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<FetchResult> {
  return fetchUrl(url, { ...validators, allowPrivateNetwork: context.allowPrivateNetwork, allowedNetworks: context.allowedNetworks, timeoutMs: context.timeoutMs });
}

const toolsByAccess = new Map<string, ScrapeTools>();

/**
 * One limiter and robots cache per process and network policy, so every source of every outlet
 * scraped by this process shares the per-host limits and fetches a host's robots.txt once.
 */
export function sharedScrapeTools(access: FetchAccess, limits?: HostLimitOptions): ScrapeTools {
  const key = JSON.stringify([access.allowPrivateNetwork ?? false, access.allowedNetworks ?? [], limits ?? null]);
  let tools = toolsByAccess.get(key);
  if (!tools) {
    const limiter = new HostLimiter(limits);
    // robots.txt itself is fetched within the host's limits too.
    const robots = new RobotsCache((url) => limiter.run(url, () => fetchUrl(url, { ...access, maxBytes: 512 * 1024 })));
    toolsByAccess.set(key, (tools = { limiter, robots }));
  }
  return tools;
}

const NO_HINTS: CacheHints = { retryAfter: null, cacheControl: null, expires: null };

function httpStatusOf(code: FetchErrorCode): number | null {
  return code.startsWith("http_") ? Number(code.slice(5)) : null;
}

function codeOf(err: unknown, fallback: string): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : fallback;
}
