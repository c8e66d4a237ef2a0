import type { NextRequest } from "next/server";
import { csvResponse, toCsv } from "../../../lib/csv";
import { getDb } from "../../../lib/db";
import { getCoverage } from "../../../lib/queries/coverage";
import { coverageQuerySchema } from "../../../lib/queries/coverage-params";
import { parseExportQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/coverage?unit=month|week|day&outlets=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD — JSON, or counts and gaps as CSV with format=csv. */
export async function GET(request: NextRequest): Promise<Response> {
  const { csv, query } = parseExportQuery(coverageQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/coverage", async () => {
    const result = await getCoverage(await getDb(), query.value);
    if (!csv) return result;
    const rows = [
      ...result.counts.map((c) => ["articles", c.outlet, c.bucket, c.count, null, null]),
      ...result.unknownDate.map((u) => ["unknown date", u.outlet, null, u.count, null, null]),
      ...result.gaps.map((g) => ["fetch gap", g.outlet, null, g.failures, g.from, g.to]),
    ];
    return csvResponse(`coverage-${result.unit}.csv`, toCsv(["row", "outlet", "bucket", "count_or_failures", "gap_from", "gap_to"], rows));
  });
}
