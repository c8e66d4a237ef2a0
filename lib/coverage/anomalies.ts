import type { CoverageResult } from "../queries/coverage";
import { gapBuckets, gapSpans } from "./gaps";
import { listBuckets, seriesKey, toChartRows, type ChartRow } from "./series";

/**
 * Bursts and silences in an outlet's coverage, each bucket measured against the outlet's own recent
 * past: z = (count − mean) / standard deviation of the BASELINE buckets before it. A burst is a bucket
 * far above that baseline; a silence is an empty bucket where the outlet usually publishes. A silence
 * inside a fetch gap is blindness, not silence, and is not flagged: the chart draws the gap instead.
 */

export interface CoverageAnomaly {
  outlet: string;
  bucket: string;
  kind: "burst" | "silence";
  count: number;
  /** Mean of the baseline buckets. */
  baseline: number;
  z: number;
}

/** Buckets of the outlet's own past each bucket is compared with. */
export const BASELINE = 8;
/** A burst is at least this many standard deviations above the baseline… */
export const BURST_Z = 3;
/** …and at least this many articles, so one article after a quiet stretch is no burst. */
export const BURST_MIN = 5;
/** A silence needs a baseline of at least this many articles a bucket. */
export const SILENCE_MIN_BASELINE = 3;

/**
 * `rows` are gap-filled chart rows in bucket order; `blind(outlet, bucket)` says whether the outlet
 * could not be fetched then.
 */
export function findAnomalies(rows: ChartRow[], outlets: string[], blind: (outlet: string, bucket: string) => boolean): CoverageAnomaly[] {
  const found: CoverageAnomaly[] = [];
  for (const outlet of outlets) {
    const counts = rows.map((r) => Number(r[seriesKey(outlet)] ?? 0));
    for (let i = BASELINE; i < rows.length; i++) {
      const window = counts.slice(i - BASELINE, i);
      const mean = window.reduce((a, b) => a + b, 0) / BASELINE;
      const sd = Math.sqrt(window.reduce((a, b) => a + (b - mean) ** 2, 0) / (BASELINE - 1));
      // A flat baseline has no spread; one article stands in for it so a jump from 2 to 3 is no burst.
      const z = (counts[i]! - mean) / Math.max(sd, 1);
      const bucket = rows[i]!.bucket;
      if (z >= BURST_Z && counts[i]! >= BURST_MIN) found.push({ outlet, bucket, kind: "burst", count: counts[i]!, baseline: round(mean), z: round(z) });
      else if (counts[i] === 0 && mean >= SILENCE_MIN_BASELINE && !blind(outlet, bucket)) {
        found.push({ outlet, bucket, kind: "silence", count: 0, baseline: round(mean), z: round(z) });
      }
    }
  }
  return found.sort((a, b) => a.bucket.localeCompare(b.bucket) || a.outlet.localeCompare(b.outlet));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The anomalies of a coverage result as the chart draws it: gap-filled buckets, fetch gaps as blindness. */
export function coverageAnomalies(data: Pick<CoverageResult, "unit" | "outlets" | "counts" | "gaps">, now: Date): CoverageAnomaly[] {
  const slugs = data.outlets.map((o) => o.slug);
  const spans = gapSpans(data.gaps, data.unit, now);
  const rows = toChartRows(data.counts, slugs, data.unit, gapBuckets(spans));
  const blindBuckets = new Set(spans.flatMap((s) => listBuckets(s.first, s.last, data.unit).map((b) => `${s.outlet}|${b}`)));
  return findAnomalies(rows, slugs, (outlet, bucket) => blindBuckets.has(`${outlet}|${bucket}`));
}
