import type { NextRequest } from "next/server";
import { toCsv, csvResponse } from "../../../../lib/csv";
import { getDb } from "../../../../lib/db";
import { getFundingNetwork } from "../../../../lib/queries/funding";
import { fundingQuerySchema } from "../../../../lib/queries/funding-params";
import { parseExportQuery, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/funding/network (the funding table's filters): funder → recipient edges with who asserts them; format=csv for a file. */
export async function GET(request: NextRequest): Promise<Response> {
  const { csv: asCsv, query } = parseExportQuery(fundingQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/funding/network", async () => {
    const network = await getFundingNetwork(await getDb(), query.value);
    if (!asCsv) return network;
    const csv = toCsv(
      ["funder", "recipient", "relations", "claims", "asserted_by", "self_disclosed"],
      network.edges.map((e) => [e.funder, e.recipient, e.relations.join(";"), e.claims, e.assertedBy.map((o) => `${o.name} (${o.claims})`).join("; "), e.selfDisclosed]),
    );
    return csvResponse("funding-network.csv", csv);
  });
}
