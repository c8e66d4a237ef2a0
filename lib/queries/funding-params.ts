import { z } from "zod";
import { positiveIntParam, slugParam } from "./params";

/** Query-string input of the funding table, network and their CSV exports. */

export const FUNDING_SORTS = ["published", "funder", "recipient", "amount", "year", "outlet"] as const;
export type FundingSort = (typeof FUNDING_SORTS)[number];
export const FUNDING_RELATIONS = ["grant", "loan", "budget", "donation", "funding", "founded_by", "supported_by", "controlled_by", "other"] as const;
export const FUNDING_PAGE_SIZE = 50;

const yesNo = z.enum(["yes", "no"], { message: "must be yes or no" });
const text = z.string().trim().min(1, "must not be empty").max(200, "is too long");

export const fundingQuerySchema = z.object({
  /** The outlet that asserts the claim (the article's outlet). */
  outlet: slugParam.optional(),
  /** Part of the funder's or recipient's name, in any of the spellings the alias table knows. */
  party: text.optional(),
  relation: z.enum(FUNDING_RELATIONS, { message: `must be one of ${FUNDING_RELATIONS.join(", ")}` }).optional(),
  hedged: yesNo.optional(),
  attributed: yesNo.optional(),
  self: yesNo.optional(),
  sort: z.enum(FUNDING_SORTS, { message: `must be one of ${FUNDING_SORTS.join(", ")}` }).default("published"),
  dir: z.enum(["asc", "desc"], { message: "must be asc or desc" }).default("desc"),
  page: positiveIntParam(10_000).default(1),
});

export type FundingQuery = z.output<typeof fundingQuerySchema>;
