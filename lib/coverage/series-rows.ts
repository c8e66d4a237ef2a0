import type { CoverageSeriesResult } from "../queries/coverage-series";
import { seriesKey, toChartRows, type ChartRow } from "./series";

export type Measure = "count" | "share";

/**
 * Chart rows of topic series, gap-filled from the first to the last bucket: each series' article
 * count, or its share (per cent) of the output it is measured against.
 */
export function seriesChartRows(result: Pick<CoverageSeriesResult, "unit" | "series" | "points">, measure: Measure): ChartRow[] {
  const keys = result.series.map((s) => s.key);
  const rows = toChartRows(result.points.map((p) => ({ outlet: p.series, bucket: p.bucket, count: p.count })), keys, result.unit);
  if (measure === "count") return rows;
  const totals = new Map(result.points.map((p) => [`${p.bucket}|${p.series}`, p.total]));
  return rows.map((row) => {
    const shared: ChartRow = { bucket: row.bucket };
    for (const key of keys) {
      const count = Number(row[seriesKey(key)] ?? 0);
      const total = totals.get(`${row.bucket}|${key}`) ?? 0;
      shared[seriesKey(key)] = total ? Math.round((count / total) * 1000) / 10 : 0;
    }
    return shared;
  });
}
