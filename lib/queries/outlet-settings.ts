import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { outletFeeds, outlets, type ScrapeRules } from "../../db/schema";

/** An outlet as its edit form shows it: the same shape the registry accepts (lib/outlets/registry.ts). */
export interface OutletSettings {
  slug: string;
  name: string;
  kind: "feed" | "scrape";
  homepageUrl: string | null;
  languages: string[];
  country: string | null;
  groups: string[];
  feeds: string[];
  listPages: string[];
  sitemaps: string[];
  scrapeRules: ScrapeRules | null;
  paused: boolean;
}

export async function getOutletSettings(db: Database, slug: string): Promise<OutletSettings | null> {
  const [outlet] = await db.select().from(outlets).where(eq(outlets.slug, slug));
  if (!outlet) return null;
  const sources = await db.select({ url: outletFeeds.url, kind: outletFeeds.kind }).from(outletFeeds).where(eq(outletFeeds.outletId, outlet.id)).orderBy(asc(outletFeeds.id));
  const urlsOf = (kind: string) => sources.filter((s) => s.kind === kind).map((s) => s.url);
  return {
    slug: outlet.slug, name: outlet.name, kind: outlet.kind, homepageUrl: outlet.homepageUrl, languages: outlet.languages,
    country: outlet.country, groups: outlet.groups, feeds: urlsOf("feed"), listPages: urlsOf("list_page"), sitemaps: urlsOf("sitemap"),
    scrapeRules: outlet.scrapeRules ?? null, paused: outlet.paused,
  };
}
