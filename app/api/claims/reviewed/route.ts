import type { NextRequest } from "next/server";
import { csvResponse, toCsv } from "../../../../lib/csv";
import { getDb } from "../../../../lib/db";
import { claimReviewJsonLd } from "../../../../lib/reviews/json-ld";
import { listReviewedClaims } from "../../../../lib/reviews/reviewed-claims";
import { jsonError, jsonLdResponse, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/claims/reviewed[?format=csv|jsonld] — every claim with a verdict (confirmed, disputed,
 * false): as JSON, as CSV, or as schema.org ClaimReview JSON-LD.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const format = request.nextUrl.searchParams.get("format") ?? "json";
  if (!["json", "csv", "jsonld"].includes(format)) return jsonError(400, "invalid_params", "format is json, csv or jsonld");
  return respond("/api/claims/reviewed", async () => {
    const reviewed = await listReviewedClaims(await getDb());
    if (format === "jsonld") return jsonLdResponse("claim-reviews.jsonld", reviewed.map((r) => claimReviewJsonLd(r, request.nextUrl.origin)));
    if (format === "json") return reviewed;
    return csvResponse("reviewed-claims.csv", toCsv(
      ["claim_id", "claim", "status", "note", "evidence", "reviewed_by", "reviewed_at", "appearances", "first_outlet", "first_published", "first_url"],
      reviewed.map((r) => [r.id, r.claim, r.status, r.note, r.evidenceUrls.join(" "), r.reviewedBy, r.reviewedAt, r.appearances, r.first?.outlet ?? null, r.first?.published ?? null, r.first?.url ?? null]),
    ));
  });
}
