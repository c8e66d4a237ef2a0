import type { NextRequest } from "next/server";
import { csvResponse, toCsv, type CsvValue } from "../../../lib/csv";
import { getDb } from "../../../lib/db";
import { compareOutlets, UnknownOutletsError, type Comparison } from "../../../lib/queries/compare";
import { COMPARE_TABLES, compareInput, compareQuerySchema } from "../../../lib/queries/compare-params";
import { formatIssues } from "../../../lib/queries/params";
import { jsonError, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

type Table = (typeof COMPARE_TABLES)[number];

const CSV: { [T in Table]: (c: Comparison) => { header: string[]; rows: CsvValue[][] } } = {
  outlets: (c) => ({ header: ["slug", "name", "articles", "words"], rows: c.outlets.map((o) => [o.slug, o.name, o.articles, o.words]) }),
  markers: (c) => ({
    header: ["group", "variant", "outlet", "count", "per10k", "in_quotes", "in_scare_quotes"],
    rows: c.markers.map((m) => [m.group, m.variant, m.outlet, m.count, m.per10k, m.inQuotes, m.inScareQuotes]),
  }),
  terms: (c) => ({ header: ["outlet", "term", "z", "count"], rows: c.terms.map((t) => [t.outlet, t.term, t.z, t.count]) }),
  sources: (c) => ({ header: ["outlet", "kind", "name", "count"], rows: c.sources.map((s) => [s.outlet, s.kind, s.name, s.count]) }),
};

/**
 * GET /api/compare?outlet=a&outlet=b&group=G&q=&from=&to= — the comparison as JSON, or with
 * format=csv&table=outlets|markers|terms|sources one of its tables as CSV.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const parsed = compareQuerySchema.safeParse(compareInput(params));
  if (!parsed.success) return jsonError(400, "invalid_params", formatIssues(parsed.error));
  const table = params.get("table") ?? "markers";
  const csv = params.get("format") === "csv";
  if (csv && !COMPARE_TABLES.includes(table as Table)) return jsonError(400, "invalid_params", `table: must be one of ${COMPARE_TABLES.join(", ")}`);
  return respond("/api/compare", async () => {
    try {
      const comparison = await compareOutlets(await getDb(), parsed.data);
      if (!csv) return comparison;
      const { header, rows } = CSV[table as Table](comparison);
      return csvResponse(`compare-${table}.csv`, toCsv(header, rows));
    } catch (err) {
      if (err instanceof UnknownOutletsError) return jsonError(404, "unknown_outlet", err.message);
      throw err;
    }
  });
}
