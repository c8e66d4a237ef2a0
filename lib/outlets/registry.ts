import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { articles, outletFeeds, outlets, type Outlet } from "../../db/schema";

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

export const outletInputSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "use lower-case letters, digits and dashes"),
    name: z.string().trim().min(1).max(200),
    kind: z.enum(["feed", "scrape"]),
    homepageUrl: webUrl.nullable().default(null),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, "use ISO 639 codes such as en, ru")).default([]),
    country: z.string().regex(/^[A-Z]{2}$/, "use ISO 3166 codes such as KZ").nullable().default(null),
    feeds: z.array(webUrl).default([]),
    paused: z.boolean().default(false),
  })
  .refine((o) => o.kind !== "feed" || o.feeds.length > 0, { message: "a feed outlet needs at least one feed URL", path: ["feeds"] });

export type OutletInput = z.input<typeof outletInputSchema>;

export function parseOutletInput(input: unknown): z.output<typeof outletInputSchema> {
  const result = outletInputSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "outlet"}: ${i.message}`);
    throw new OutletRegistryError("invalid_outlet", `Invalid outlet: ${problems.join("; ")}`);
  }
  return result.data;
}

/** Adds an outlet, or with `update` also changes an existing one; feeds are added, never dropped. */
export async function saveOutlet(db: Database, input: OutletInput, { update = false } = {}): Promise<Outlet> {
  const { feeds, ...fields } = parseOutletInput(input);
  return db.transaction(async (tx) => {
    const insert = tx.insert(outlets).values(fields);
    const [row] = update
      ? await insert.onConflictDoUpdate({ target: outlets.slug, set: fields }).returning()
      : await insert.onConflictDoNothing().returning();
    if (!row) throw new OutletRegistryError("duplicate_outlet", `An outlet with slug "${fields.slug}" exists already`);
    for (const url of feeds) await tx.insert(outletFeeds).values({ outletId: row.id, url }).onConflictDoNothing();
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
