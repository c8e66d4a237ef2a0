import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client";
import { claimReviews, claims, type ReviewStatus } from "../../db/schema";
import type { PublicUser } from "../auth/accounts";
import { idArray, rowsOf } from "../queries/sql-rows";

/**
 * The journalist's review of a claim: a status (unverified, confirmed, disputed, false), a note and
 * evidence links, set by an editor. Each change is a new row, never an update, so the history is the
 * audit trail of who decided what, when.
 */

export const REVIEW_STATUSES: readonly ReviewStatus[] = ["unverified", "confirmed", "disputed", "false"];

const evidenceUrl = z.string().trim().url("Evidence must be a link (https://…)").refine((u) => /^https?:\/\//i.test(u), "Evidence links must be http or https");

export const claimReviewInput = z.object({
  status: z.enum(["unverified", "confirmed", "disputed", "false"], { message: "Status is one of unverified, confirmed, disputed, false" }),
  note: z.string().trim().max(4000, "A note is 4,000 characters at most").default(""),
  evidenceUrls: z.array(evidenceUrl).max(10, "Ten evidence links at most").default([]),
});

export type ClaimReviewInput = z.input<typeof claimReviewInput>;

export interface ClaimReview {
  id: number;
  status: ReviewStatus;
  note: string;
  evidenceUrls: string[];
  by: string;
  at: string;
}

export class UnknownClaimError extends Error {}

export async function reviewClaim(db: Database, claimId: number, input: ClaimReviewInput, user: PublicUser): Promise<ClaimReview> {
  const review = claimReviewInput.parse(input);
  const [claim] = await db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId));
  if (!claim) throw new UnknownClaimError(`No claim ${claimId}`);
  const [row] = await db
    .insert(claimReviews)
    .values({ claimId, status: review.status, note: review.note, evidenceUrls: review.evidenceUrls, userId: user.id, userEmail: user.email })
    .returning();
  return toReview(row!);
}

/** Newest first: the first is the claim's current status. */
export async function claimReviewHistory(db: Pick<Database, "select">, claimId: number): Promise<ClaimReview[]> {
  const rows = await db.select().from(claimReviews).where(eq(claimReviews.claimId, claimId)).orderBy(desc(claimReviews.createdAt), desc(claimReviews.id));
  return rows.map(toReview);
}

/** Each claim's current status, "unverified" when nobody has reviewed it. */
export async function currentStatuses(db: Pick<Database, "execute">, claimIds: number[]): Promise<Map<number, ReviewStatus>> {
  if (claimIds.length === 0) return new Map();
  const rows = await rowsOf<{ claim_id: number; status: ReviewStatus }>(db, sql`
    select distinct on (claim_id) claim_id, status from ${claimReviews}
    where claim_id = any(${idArray(claimIds)})
    order by claim_id, created_at desc, id desc`);
  const statuses = new Map<number, ReviewStatus>(claimIds.map((id) => [id, "unverified"]));
  for (const row of rows) statuses.set(row.claim_id, row.status);
  return statuses;
}

function toReview(row: typeof claimReviews.$inferSelect): ClaimReview {
  return { id: row.id, status: row.status, note: row.note, evidenceUrls: row.evidenceUrls, by: row.userEmail, at: new Date(row.createdAt).toISOString() };
}
