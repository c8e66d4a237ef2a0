import { asc } from "drizzle-orm";
import { XMLBuilder } from "fast-xml-parser";
import type { Database } from "../../db/client";
import { outletFeeds, outlets, type OutletSourceKind } from "../../db/schema";
import { parseXml } from "../../ingest/parse/xml-parser";
import { asArray, attr, isNode, type XmlNode } from "../../ingest/parse/xml-text";
import { getOutletSettings } from "../queries/outlet-settings";
import { saveOutlet, updateOutlet, type OutletInput } from "./registry";

/**
 * OPML, the feed readers' list format: export the registry for another reader or another
 * Claimscope, import a reader's subscriptions. Plain readers see one `rss` outline per feed;
 * `claimscope:*` attributes carry what OPML has no word for (which outlet a feed belongs to, scraped
 * list pages and sitemaps, scrape rules), so an export imports back into the same registry.
 */

const NS = "urn:claimscope:opml";
const MAX_OPML_BYTES = 5 * 1024 * 1024;
const MAX_OUTLINES = 10_000;

export interface OpmlOutlet {
  slug: string;
  name: string;
  kind: "feed" | "scrape";
  homepageUrl: string | null;
  languages: string[];
  country: string | null;
  feeds: string[];
  listPages: string[];
  sitemaps: string[];
  scrapeRules?: unknown;
  paused: boolean;
}

export interface ParsedOpml {
  outlets: OpmlOutlet[];
  /** Outlines that could not be used, with why; the others are kept. */
  problems: string[];
}

export class OpmlError extends Error {
  readonly code = "invalid_opml";
}

export function parseOpml(text: string): ParsedOpml {
  let tree: XmlNode;
  try {
    tree = parseXml(text, { maxBytes: MAX_OPML_BYTES, arrayTags: ["outline"] });
  } catch (err) {
    throw new OpmlError(`Not a readable OPML file: ${(err as Error).message}`);
  }
  const body = isNode(tree.opml) && isNode(tree.opml.body) ? tree.opml.body : null;
  if (!body) throw new OpmlError("Not an OPML file: it needs <opml> with a <body>");
  const grouped = new Map<string, OpmlOutlet>();
  const problems: string[] = [];
  let seen = 0;
  const visit = (outline: unknown) => {
    if (!isNode(outline)) return;
    if (++seen > MAX_OUTLINES) throw new OpmlError(`The file has more than ${MAX_OUTLINES} outlines`);
    const source = sourceOf(outline);
    if (source) addOutline(grouped, outline, source, problems);
    // Categories are folders of outlines; a source may hold children too (some readers nest feeds).
    for (const nested of asArray(outline.outline)) visit(nested);
  };
  for (const outline of asArray(body.outline)) visit(outline);
  return { outlets: [...grouped.values()], problems };
}

function sourceOf(outline: XmlNode): { url: string; kind: OutletSourceKind } | null {
  const xmlUrl = attr(outline, "xmlUrl");
  if (xmlUrl) return { url: xmlUrl, kind: "feed" };
  const declared = attr(outline, "claimscope:kind");
  const url = attr(outline, "url");
  if (url && (declared === "list_page" || declared === "sitemap")) return { url, kind: declared };
  return null;
}

function addOutline(grouped: Map<string, OpmlOutlet>, outline: XmlNode, source: { url: string; kind: OutletSourceKind }, problems: string[]): void {
  const label = attr(outline, "text") ?? attr(outline, "title");
  const host = hostOf(source.url);
  if (!host) {
    problems.push(`"${label ?? source.url}": ${source.url} is not an http or https URL`);
    return;
  }
  const slug = validSlug(attr(outline, "claimscope:outlet")) ?? slugify(label ?? "") ?? slugify(host.replace(/^www\./, "")) ?? "outlet";
  const outlet = grouped.get(slug) ?? {
    slug, name: label ?? host, kind: "feed", homepageUrl: webUrlOrNull(attr(outline, "htmlUrl")), languages: [], country: null,
    feeds: [], listPages: [], sitemaps: [], paused: false,
  };
  grouped.set(slug, outlet);
  const list = source.kind === "feed" ? outlet.feeds : source.kind === "list_page" ? outlet.listPages : outlet.sitemaps;
  if (!list.includes(source.url)) list.push(source.url);
  if (source.kind !== "feed" || attr(outline, "claimscope:outletKind") === "scrape") outlet.kind = "scrape";
  for (const language of (attr(outline, "claimscope:languages") ?? attr(outline, "language") ?? "").split(/[\s,]+/)) {
    const code = /^([a-z]{2,3})(?:[-_]|$)/i.exec(language)?.[1]?.toLowerCase();
    if (code && !outlet.languages.includes(code)) outlet.languages.push(code);
  }
  outlet.country ??= attr(outline, "claimscope:country");
  if (attr(outline, "claimscope:paused") === "true") outlet.paused = true;
  const rules = attr(outline, "claimscope:scrapeRules");
  if (rules) {
    try {
      outlet.scrapeRules = JSON.parse(rules);
    } catch {
      problems.push(`"${outlet.name}": its scrape rules are not JSON and were left out`);
    }
  }
}

export interface OpmlImportResult {
  created: string[];
  /** Outlets that existed and gained sources from the file; their other settings are kept. */
  updated: string[];
  unchanged: string[];
  failed: { outlet: string; error: string }[];
  /** Outlines that could not be used (no usable URL), with why. */
  skipped: string[];
}

/** Adds the file's outlets; an outlet that exists gains the file's new sources and keeps the rest. */
export async function importOpml(db: Database, text: string): Promise<OpmlImportResult> {
  const parsed = parseOpml(text);
  const result: OpmlImportResult = { created: [], updated: [], unchanged: [], failed: [], skipped: parsed.problems };
  for (const outlet of parsed.outlets) {
    try {
      const current = await getOutletSettings(db, outlet.slug);
      if (!current) {
        await saveOutlet(db, outlet as OutletInput);
        result.created.push(outlet.slug);
        continue;
      }
      const merged = {
        ...current,
        feeds: union(current.feeds, outlet.feeds), listPages: union(current.listPages, outlet.listPages), sitemaps: union(current.sitemaps, outlet.sitemaps),
      };
      const added = merged.feeds.length + merged.listPages.length + merged.sitemaps.length - current.feeds.length - current.listPages.length - current.sitemaps.length;
      if (added === 0) {
        result.unchanged.push(outlet.slug);
        continue;
      }
      // A feed added to a scraped outlet stays a scraped outlet; list pages make a feed outlet a scraped one.
      const kind = merged.listPages.length + merged.sitemaps.length > 0 ? "scrape" : current.kind;
      await updateOutlet(db, outlet.slug, { ...merged, kind });
      result.updated.push(outlet.slug);
    } catch (err) {
      result.failed.push({ outlet: outlet.slug, error: (err as Error).message });
    }
  }
  return result;
}

/** The whole registry as OPML 2.0: one outline per source, grouped by outlet. */
export async function exportOpml(db: Database, now = new Date()): Promise<string> {
  const rows = await db.select().from(outlets).orderBy(asc(outlets.name));
  const sources = await db.select().from(outletFeeds).orderBy(asc(outletFeeds.id));
  const outline = rows.flatMap((outlet) =>
    sources
      .filter((s) => s.outletId === outlet.id)
      .map((s) => ({
        "@_text": outlet.name,
        "@_title": outlet.name,
        ...(s.kind === "feed" ? { "@_type": "rss", "@_xmlUrl": s.url } : { "@_type": "link", "@_url": s.url }),
        ...(outlet.homepageUrl ? { "@_htmlUrl": outlet.homepageUrl } : {}),
        ...(outlet.languages[0] ? { "@_language": outlet.languages[0] } : {}),
        "@_claimscope:outlet": outlet.slug,
        "@_claimscope:outletKind": outlet.kind,
        ...(s.kind === "feed" ? {} : { "@_claimscope:kind": s.kind }),
        ...(outlet.languages.length ? { "@_claimscope:languages": outlet.languages.join(" ") } : {}),
        ...(outlet.country ? { "@_claimscope:country": outlet.country } : {}),
        ...(outlet.paused ? { "@_claimscope:paused": "true" } : {}),
        ...(outlet.scrapeRules && s.kind !== "feed" ? { "@_claimscope:scrapeRules": JSON.stringify(outlet.scrapeRules) } : {}),
      })),
  );
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
  const xml = builder.build({
    opml: {
      "@_version": "2.0",
      "@_xmlns:claimscope": NS,
      head: { title: "Claimscope outlets", dateCreated: now.toUTCString() },
      body: { outline },
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

function validSlug(value: string | null): string | null {
  return value && /^[a-z0-9][a-z0-9-]{0,62}$/.test(value) ? value : null;
}

function slugify(text: string): string | null {
  const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  // Names in Cyrillic leave little behind: the feed's host names the outlet better than a fragment does.
  return slug.length >= 3 ? slug : null;
}

function webUrlOrNull(url: string | null): string | null {
  return url && hostOf(url) ? url : null;
}
