import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Database } from "../db/client";
import { runExtraction } from "./extraction-job";
import { runMarkerCounts } from "./marker-job";
import { runTermCounts } from "./term-job";
import { importFiles, type IngestReport } from "./pipeline";
import { getMeta, setMeta, upsertOutlet } from "./store";

/**
 * The bundled sample (sample/): real inputs as two outlets, ingested on a database's first start
 * so a new installation shows real data. Later starts leave it alone, even if a user deleted it.
 */

// Relative, so fetch runs name the sample files the same way on every machine.
const SAMPLE_DIR = "sample";
const SEEDED_KEY = "sample_seeded_at";

const manifestSchema = z.object({
  outlets: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string(),
      kind: z.enum(["feed", "scrape"]),
      homepageUrl: z.string().url().nullable(),
      languages: z.array(z.string()),
      country: z.string().nullable(),
      groups: z.array(z.string()).default([]),
      scrapeRules: z
        .object({
          dropLines: z.array(z.string()).optional(),
          teaserMarkers: z.array(z.string()).optional(),
          endMarkers: z.array(z.string()).optional(),
          leadingNoise: z.array(z.string()).optional(),
        })
        .optional(),
      feeds: z.array(z.string().url()),
      sampleFiles: z.array(z.string()),
    }),
  ),
});

export async function seedSampleIfFirstStart(db: Database): Promise<IngestReport[] | null> {
  if (await getMeta(db, SEEDED_KEY)) return null;
  const reports = await seedSample(db);
  await setMeta(db, SEEDED_KEY, new Date().toISOString());
  return reports;
}

export async function seedSample(db: Database): Promise<IngestReport[]> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(SAMPLE_DIR, "outlets.json"), "utf8")));
  const reports: IngestReport[] = [];
  for (const { feeds, sampleFiles, ...outlet } of manifest.outlets) {
    await upsertOutlet(db, { ...outlet, scrapeRules: outlet.scrapeRules ?? null }, feeds);
    const files = sampleFiles.map((f) => path.join(SAMPLE_DIR, f));
    reports.push(...(await importFiles(db, outlet.slug, files)));
  }
  await runExtraction(db);
  await runMarkerCounts(db);
  await runTermCounts(db);
  return reports;
}
