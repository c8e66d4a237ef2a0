import type { NextRequest } from "next/server";
import { getDb } from "../../../lib/db";
import { listArticles } from "../../../lib/queries/articles";
import { articleListQuerySchema } from "../../../lib/queries/article-params";
import { parseQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/articles?outlet=slug&category=name&from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&pageSize=20 */
export async function GET(request: NextRequest): Promise<Response> {
  const query = parseQuery(articleListQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/articles", async () => listArticles(await getDb(), query.value));
}
