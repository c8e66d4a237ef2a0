import type { NextRequest } from "next/server";
import { csvResponse, toCsv } from "../../../lib/csv";
import { getDb } from "../../../lib/db";
import { traceClaim } from "../../../lib/queries/trace";
import { traceQuerySchema } from "../../../lib/queries/trace-params";
import { parseExportQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/trace?q=: the provenance chain of a claim as JSON, or with format=csv one row per occurrence. */
export async function GET(request: NextRequest): Promise<Response> {
  const { csv: asCsv, query } = parseExportQuery(traceQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/trace", async () => {
    const trace = await traceClaim(await getDb(), query.value.q);
    if (!asCsv) return trace;
    const csv = toCsv(
      ["published", "outlet", "article_id", "first", "attributed_to", "hedged", "changes", "similarity", "sentence", "url"],
      trace.occurrences.map((o) => [o.published, o.outletName, o.articleId, o.first, o.attributedTo ?? "unattributed", o.hedged, o.changes.join("; "), o.similarity, o.sentence, o.url]),
    );
    return csvResponse("trace.csv", csv);
  });
}
