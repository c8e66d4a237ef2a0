import type { NextRequest } from "next/server";
import { toCsv, csvResponse } from "../../../lib/csv";
import { getDb } from "../../../lib/db";
import { allFundingClaims, listFundingClaims } from "../../../lib/queries/funding";
import { monetaryGrantJsonLd } from "../../../lib/reviews/json-ld";
import { fundingQuerySchema } from "../../../lib/queries/funding-params";
import { jsonLdResponse, parseExportQuery, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/funding?outlet=&party=&relation=&hedged=yes|no&attributed=yes|no&self=yes|no&sort=&dir=&page=
 * One page of funding claims as JSON, or every claim the filters select with format=csv, or with
 * format=jsonld as schema.org MonetaryGrant JSON-LD.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const { csv: asCsv, jsonLd, query } = parseExportQuery(fundingQuerySchema, request.nextUrl);
  if (!query.ok) return query.response;
  return respond("/api/funding", async () => {
    const db = await getDb();
    if (jsonLd) return jsonLdResponse("funding-claims.jsonld", (await allFundingClaims(db, query.value)).map((c) => monetaryGrantJsonLd(c, request.nextUrl.origin)));
    if (!asCsv) return listFundingClaims(db, query.value);
    const rows = await allFundingClaims(db, query.value);
    const csv = toCsv(
      ["funder", "recipient", "relation", "amount", "currency", "year", "asserted_by", "attributed_to", "hedged", "self_disclosed", "sentence", "article_id", "article_title", "published"],
      rows.map((c) => [c.funder, c.recipient, c.relation, c.amount, c.currency, c.year, c.outlet.name, c.attributedTo, c.hedged, c.selfDisclosed, c.sentence, c.article.id, c.article.title, c.article.publishedAt]),
    );
    return csvResponse("funding-claims.csv", csv);
  });
}
