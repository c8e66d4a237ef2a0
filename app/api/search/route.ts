import type { NextRequest } from "next/server";
import { csvResponse, toCsv } from "../../../lib/csv";
import { getDb } from "../../../lib/db";
import { EXPORT_LIMIT, searchArticles } from "../../../lib/queries/search";
import { searchQuerySchema } from "../../../lib/queries/search-params";
import { snippetText } from "../../../lib/search/snippet";
import { parseExportQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/search?q=&outlet=&language=en|ru|fr|de&category=&from=&to=&sort=relevance|newest&page=
 * One page of ranked hits with marked snippets as JSON, or with format=csv the best-ranked thousand.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { csv: asCsv, query } = parseExportQuery(searchQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/search", async () => {
    const db = await getDb();
    if (!asCsv) return searchArticles(db, query.value);
    const { hits } = await searchArticles(db, { ...query.value, page: 1 }, { pageSize: EXPORT_LIMIT });
    const csv = toCsv(
      ["rank", "article_id", "title", "outlet", "published", "language", "snippet", "url"],
      hits.map((h, i) => [i + 1, h.id, snippetText([h.title]), h.outlet.name, h.publishedAt, h.language, snippetText(h.snippet), `/articles/${h.id}`]),
    );
    return csvResponse("search.csv", csv);
  });
}
