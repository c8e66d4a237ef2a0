import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { outlets } from "../../db/schema";
import { getMeta, setMeta } from "../../ingest/store";
import { saveOutlet, type OutletInput } from "./registry";

/**
 * The registry file (config/outlets.json) lists real outlets of the field with their feeds, or for
 * scraped outlets their list pages, sitemaps and scrape rules. Syncing adds the ones the
 * database lacks and leaves existing ones alone, so a user's edits and removals in the dashboard are
 * not undone by the next sync; a broken entry is reported and the others still load.
 */

export const REGISTRY_FILE = "config/outlets.json";
const SEEDED_KEY = "registry_seeded_at";

export interface SyncResult {
  added: string[];
  kept: string[];
  failed: { slug: string; error: string }[];
}

export async function syncRegistry(db: Database, fileText: string): Promise<SyncResult> {
  let entries: unknown;
  try {
    entries = (JSON.parse(fileText) as { outlets?: unknown }).outlets;
  } catch (err) {
    throw Object.assign(new Error(`The registry file is not JSON: ${(err as Error).message}`), { code: "invalid_registry" });
  }
  if (!Array.isArray(entries)) throw Object.assign(new Error('The registry file needs an "outlets" array'), { code: "invalid_registry" });
  const result: SyncResult = { added: [], kept: [], failed: [] };
  for (const [index, entry] of entries.entries()) {
    const slug = typeof entry?.slug === "string" ? entry.slug : `entry ${index + 1}`;
    try {
      const [existing] = await db.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug));
      if (existing) {
        result.kept.push(slug);
        continue;
      }
      await saveOutlet(db, entry as OutletInput);
      result.added.push(slug);
    } catch (err) {
      result.failed.push({ slug, error: (err as Error).message });
    }
  }
  return result;
}

/** Loads the registry file once per database, on its first start. */
export async function seedRegistryIfFirstStart(db: Database, file = REGISTRY_FILE): Promise<SyncResult | null> {
  if (await getMeta(db, SEEDED_KEY)) return null;
  const result = await syncRegistry(db, await readFile(file, "utf8"));
  await setMeta(db, SEEDED_KEY, new Date().toISOString());
  return result;
}
