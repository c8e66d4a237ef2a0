import type { NextRequest } from "next/server";
import { csvResponse, toCsv } from "../../../../lib/csv";
import { getDb } from "../../../../lib/db";
import { getCoverageSeries, UnknownSeriesError } from "../../../../lib/queries/coverage-series";
import { coverageSeriesInput, coverageSeriesQuerySchema } from "../../../../lib/queries/coverage-series-params";
import { formatIssues } from "../../../../lib/queries/params";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/coverage/series?s=outlet:a&s=q:invasion&unit=week&from=&to= — JSON, or the points as CSV with format=csv. */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const parsed = coverageSeriesQuerySchema.safeParse(coverageSeriesInput(params));
  if (!parsed.success) return jsonError(400, "invalid_params", formatIssues(parsed.error));
  return respond("/api/coverage/series", async () => {
    try {
      const result = await getCoverageSeries(await getDb(), { unit: parsed.data.unit, series: parsed.data.s, from: parsed.data.from, to: parsed.data.to });
      if (params.get("format") !== "csv") return result;
      const label = new Map(result.series.map((s) => [s.key, s.label]));
      const rows = [
        ...result.points.map((p) => [label.get(p.series) ?? p.series, p.bucket, p.count, p.total, p.total ? Math.round((p.count / p.total) * 10_000) / 100 : 0]),
        ...result.unknownDate.map((u) => [label.get(u.series) ?? u.series, "unknown date", u.count, null, null]),
      ];
      return csvResponse("coverage.csv", toCsv(["series", "bucket", "articles", "output", "share_percent"], rows));
    } catch (err) {
      if (err instanceof UnknownSeriesError) return jsonError(404, "unknown_series", err.message);
      throw err;
    }
  });
}
