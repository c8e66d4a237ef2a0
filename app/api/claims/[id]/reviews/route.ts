import { ZodError } from "zod";
import { canReviewClaims } from "../../../../../lib/auth/permissions";
import { getDb } from "../../../../../lib/db";
import { formatIssues, rowIdParam } from "../../../../../lib/queries/params";
import { claimReviewHistory, reviewClaim, UnknownClaimError } from "../../../../../lib/reviews/claim-reviews";
import { authorise, readJson } from "../../../_lib/guard";
import { jsonError, respond } from "../../../_lib/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const claimIdParam = rowIdParam("claim id");

function claimId(raw: string): number | null {
  const parsed = claimIdParam.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** GET /api/claims/:id/reviews — the claim's review history, newest first (its audit trail). */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const id = claimId((await context.params).id);
  if (id === null) return jsonError(404, "unknown_claim", "No such claim");
  return respond("/api/claims/[id]/reviews", async () => claimReviewHistory(await getDb(), id));
}

/** POST /api/claims/:id/reviews — {status, note?, evidenceUrls?}: an editor sets the claim's status. */
export async function POST(request: Request, context: Context): Promise<Response> {
  const auth = await authorise(request, canReviewClaims);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const id = claimId((await context.params).id);
  if (id === null) return jsonError(404, "unknown_claim", "No such claim");
  return respond("POST /api/claims/[id]/reviews", async () => {
    try {
      return await reviewClaim(auth.value.db, id, body.value as never, auth.value.user);
    } catch (err) {
      if (err instanceof UnknownClaimError) return jsonError(404, "unknown_claim", err.message);
      if (err instanceof ZodError) return jsonError(400, "invalid_review", formatIssues(err));
      throw err;
    }
  });
}
