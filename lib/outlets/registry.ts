import { and, eq, inArray, sql } from "drizzle-orm";
import { parseHTML } from "linkedom";
import { z } from "zod";
import type { Database } from "../../db/client";
import { articles, outletFeeds, outlets, type Outlet, type OutletSourceKind } from "../../db/schema";

/**
 * The outlet registry: adding, pausing and removing outlets, for the CLI, the registry file and
 * the dashboard alike. Input is validated here, once, whoever calls.
 */

export class OutletRegistryError extends Error {
  constructor(readonly code: "invalid_outlet" | "unknown_outlet" | "duplicate_outlet", message: string) {
    super(message);
  }
}

const webUrl = z.string().url().refine((u) => /^https?:\/\//i.test(u), "must be an http or https URL");

// One empty document to try selectors on: a rule that does not parse is refused when saved, not at scrape time.
const { document: probe } = parseHTML("<html><body></body></html>");

const cssSelector = z.string().trim().min(1).max(500).refine((selector) => {
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}, "is not a valid CSS selector");

const pattern = z.string().min(1).max(500).refine((source) => {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
}, "is not a valid regular expression");

const lines = z.array(z.string().trim().min(1).max(500)).max(200);

/** ScrapeRules (db/schema/outlets.ts) as accepted from the CLI, the registry file and the dashboard. */
export const scrapeRulesSchema = z
  .object({
    dropLines: lines.optional(),
    teaserMarkers: lines.optional(),
    endMarkers: lines.optional(),
    leadingNoise: lines.optional(),
    linkSelector: cssSelector.optional(),
    contentSelector: cssSelector.optional(),
    dropSelectors: z.array(cssSelector).max(100).optional(),
    dropPatterns: z.array(pattern).max(100).optional(),
    maxArticlesPerRun: z.number().int().min(1).max(500).optional(),
  })
  .strict();

export const outletInputSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "use lower-case letters, digits and dashes"),
    name: z.string().trim().min(1).max(200),
    kind: z.enum(["feed", "scrape"]),
    homepageUrl: webUrl.nullable().default(null),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, "use ISO 639 codes such as en, ru")).default([]),
    country: z.string().regex(/^[A-Z]{2}$/, "use ISO 3166 codes such as KZ").nullable().default(null),
    /** Group names; duplicates (in any case) are kept once. */
    groups: z
      .array(z.string().trim().min(1, "must not be empty").max(80, "is too long (80 characters at most)"))
      .max(20, "at most 20 groups")
      .default([])
      .transform((names) => names.filter((name, i) => names.findIndex((n) => n.toLowerCase() === name.toLowerCase()) === i)),
    feeds: z.array(webUrl).default([]),
    /** Scraped outlets: pages that list article links, and sitemaps (or sitemap indexes). */
    listPages: z.array(webUrl).default([]),
    sitemaps: z.array(webUrl).default([]),
    /** Left out, an update keeps the outlet's rules. */
    scrapeRules: scrapeRulesSchema.nullable().optional(),
    paused: z.boolean().default(false),
  })
  .refine((o) => o.kind !== "feed" || o.feeds.length > 0, { message: "a feed outlet needs at least one feed URL", path: ["feeds"] })
  .refine((o) => o.kind === "scrape" || o.listPages.length + o.sitemaps.length === 0, {
    message: "list pages and sitemaps belong to scraped outlets (kind scrape)", path: ["kind"],
  });

export type OutletInput = z.input<typeof outletInputSchema>;

export function parseOutletInput(input: unknown): z.output<typeof outletInputSchema> {
  const result = outletInputSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "outlet"}: ${i.message}`);
    throw new OutletRegistryError("invalid_outlet", `Invalid outlet: ${problems.join("; ")}`);
  }
  return result.data;
}

/** An outlet's feeds, list pages and sitemaps as one list of sources. */
export function sourcesOf(input: { feeds: string[]; listPages: string[]; sitemaps: string[] }): { url: string; kind: OutletSourceKind }[] {
  return [
    ...input.feeds.map((url) => ({ url, kind: "feed" as const })),
    ...input.listPages.map((url) => ({ url, kind: "list_page" as const })),
    ...input.sitemaps.map((url) => ({ url, kind: "sitemap" as const })),
  ];
}

/** Adds an outlet, or with `update` also changes an existing one; sources are added, never dropped. */
export async function saveOutlet(db: Database, input: OutletInput, { update = false } = {}): Promise<Outlet> {
  const { feeds, listPages, sitemaps, ...fields } = parseOutletInput(input);
  const sources = sourcesOf({ feeds, listPages, sitemaps });
  return db.transaction(async (tx) => {
    const insert = tx.insert(outlets).values(fields);
    const [row] = update
      ? await insert.onConflictDoUpdate({ target: outlets.slug, set: fields }).returning()
      : await insert.onConflictDoNothing().returning();
    if (!row) throw new OutletRegistryError("duplicate_outlet", `An outlet with slug "${fields.slug}" exists already`);
    for (const { url, kind } of sources) await tx.insert(outletFeeds).values({ outletId: row.id, url, kind }).onConflictDoNothing();
    return row;
  });
}

/**
 * The dashboard's edit: the outlet becomes exactly what the form says, sources included. A source
 * that stays keeps its health and validators; one taken away goes with its history (its fetch runs
 * stay, unlinked); articles are never touched.
 */
export async function updateOutlet(db: Database, slug: string, input: OutletInput): Promise<Outlet> {
  const { feeds, listPages, sitemaps, slug: newSlug, ...fields } = parseOutletInput({ ...input, slug });
  const sources = sourcesOf({ feeds, listPages, sitemaps });
  return db.transaction(async (tx) => {
    const [row] = await tx.update(outlets).set({ ...fields, scrapeRules: fields.scrapeRules ?? null }).where(eq(outlets.slug, newSlug)).returning();
    if (!row) throw new OutletRegistryError("unknown_outlet", `No outlet with slug "${slug}"`);
    const current = await tx.select().from(outletFeeds).where(eq(outletFeeds.outletId, row.id));
    const wanted = new Map(sources.map((s) => [s.url, s.kind]));
    const gone = current.filter((f) => wanted.get(f.url) !== f.kind).map((f) => f.id);
    if (gone.length) await tx.delete(outletFeeds).where(inArray(outletFeeds.id, gone));
    for (const { url, kind } of sources) await tx.insert(outletFeeds).values({ outletId: row.id, url, kind }).onConflictDoNothing();
    return row;
  });
}

export async function setOutletPaused(db: Database, slug: string, paused: boolean): Promise<Outlet> {
  const [row] = await db.update(outlets).set({ paused }).where(eq(outlets.slug, slug)).returning();
  if (!row) throw new OutletRegistryError("unknown_outlet", `No outlet with slug "${slug}"`);
  if (!paused) {
    // A resumed outlet is due at once rather than after whatever backoff it had reached.
    await db.update(outletFeeds).set({ nextAttemptAt: sql`now()` }).where(eq(outletFeeds.outletId, row.id));
  }
  return row;
}

/** Removes an outlet with its articles and history. Returns how many articles went with it. */
export async function removeOutlet(db: Database, slug: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug));
    if (!row) throw new OutletRegistryError("unknown_outlet", `No outlet with slug "${slug}"`);
    const [{ count }] = (await tx.select({ count: sql<number>`count(*)::int` }).from(articles).where(eq(articles.outletId, row.id))) as [{ count: number }];
    await tx.delete(outlets).where(and(eq(outlets.id, row.id)));
    return count;
  });
}
