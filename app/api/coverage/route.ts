import type { NextRequest } from "next/server";
import { getDb } from "../../../lib/db";
import { getCoverage } from "../../../lib/queries/coverage";
import { coverageQuerySchema } from "../../../lib/queries/coverage-params";
import { parseQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/coverage?unit=month|week|day&outlets=a,b&from=YYYY-MM-DD&to=YYYY-MM-DD */
export async function GET(request: NextRequest): Promise<Response> {
  const query = parseQuery(coverageQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/coverage", async () => getCoverage(await getDb(), query.value));
}
