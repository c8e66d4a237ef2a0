import type { NextRequest } from "next/server";
import { getDb } from "../../../lib/db";
import { listCategories } from "../../../lib/queries/articles";
import { categoryListQuerySchema } from "../../../lib/queries/article-params";
import { parseQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/categories?outlet=slug — categories with article counts, for the filter dropdown. */
export async function GET(request: NextRequest): Promise<Response> {
  const query = parseQuery(categoryListQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/categories", async () => listCategories(await getDb(), query.value));
}
