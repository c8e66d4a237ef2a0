/**
 * What makes two stories the same, as pure functions: the canonical form of a URL, the folded form of
 * a title, whether two texts are the same text, and the article links a body contains. store.ts
 * applies them; nothing here touches the database.
 */
import { decodeHTMLAttribute } from "entities";

// Parameters that say how a reader arrived, never which page they read.
const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "ysclid", "twclid", "igshid", "mc_cid", "mc_eid",
  "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "spm", "scm", "cmpid", "ito", "ocid", "ncid", "sr_share", "rss", "from_rss",
  "ref_src", "ref_url", "wt_mc", "wt.mc_id", "at_medium", "at_campaign", "at_custom1", "oly_enc_id", "vero_id", "s_cid",
]);
const TRACKING_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_", "at_"];

/**
 * An absolute http(s) URL in one spelling: lower-case host, no default port, no fragment, tracking
 * parameters removed and the rest sorted, so "…?utm_source=rss&id=2#comments" and "…?id=2" are one URL.
 */
export function canonicalUrl(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** The title folded for matching: compatibility forms, case, punctuation, quotes and spacing ignored. */
export function titleKey(title: string | null | undefined): string | null {
  if (!title) return null;
  const key = title
    .normalize("NFKC")
    .toLocaleLowerCase("und")
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  // "News", "Update", "Фото": too common to say two articles are one story.
  return key.split(" ").length >= 4 && key.length >= 16 ? key : null;
}

/** Days within which a same-titled item is taken for the same story rather than a later one. */
export const SAME_TITLE_WINDOW_DAYS = 3;
const WINDOW_MS = SAME_TITLE_WINDOW_DAYS * 86_400_000;

/** The publication times within which a same-titled item dated `published` is the same story. */
export function sameTitleWindow(published: Date): { from: Date; to: Date } {
  return { from: new Date(published.getTime() - WINDOW_MS), to: new Date(published.getTime() + WINDOW_MS) };
}

/** First sight after which an undated same-titled item is a later story, not this one. */
export function undatedTitleSince(now = new Date()): Date {
  return new Date(now.getTime() - WINDOW_MS);
}

interface StoryIdentity {
  url: string | null;
  titleKey: string | null;
  contentText: string;
}

/**
 * Whether a stored article of the same outlet, found by URL or title, is this item under another key:
 * the same title and text, or the same canonical URL agreeing in title or text. A URL shared by many
 * items (a homepage link on every item) identifies nothing alone.
 */
export function isSameStory(stored: StoryIdentity, item: StoryIdentity): boolean {
  return (
    (item.titleKey !== null && stored.titleKey === item.titleKey && sameText(stored.contentText, item.contentText)) ||
    (stored.url === item.url && (stored.titleKey === item.titleKey || sameText(stored.contentText, item.contentText)))
  );
}

/**
 * Whether two texts are one text as far as dedup is concerned: a re-posted item keeps its words even
 * when a line was edited; a daily briefing that reuses its title does not.
 */
export function sameText(a: string, b: string): boolean {
  const wa = wordSet(a);
  const wb = wordSet(b);
  if (wa.size === 0 || wb.size === 0) return wa.size === wb.size;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.8;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase("und").match(/[\p{L}\p{N}]+/gu) ?? []);
}

const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The distinct canonical URLs an article's (sanitised, absolutised) HTML links to, its own URL aside. */
export function linkedUrls(contentHtml: string, ownUrl: string | null): string[] {
  const out = new Set<string>();
  for (const m of contentHtml.matchAll(HREF)) {
    const url = canonicalUrl(decodeHTMLAttribute(m[1] ?? m[2] ?? ""));
    if (url && url !== ownUrl) out.add(url);
  }
  return [...out].slice(0, 500);
}
