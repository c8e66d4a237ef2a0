import { z } from "zod";
import { dateParam, endOfDayExclusive, positiveIntParam, rowIdParam, slugParam } from "./params";

/** Query-string input of the article endpoints, validated before any query runs. */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
// Deep pages cost an OFFSET scan; nobody pages this far by hand.
export const MAX_PAGE = 10_000;

export const articleListQuerySchema = z
  .object({
    outlet: slugParam.optional(),
    category: z.string().trim().min(1, "must not be empty").max(200, "is too long").optional(),
    /** Articles naming this entity (by its number). */
    entity: positiveIntParam(2_147_483_647).optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    page: positiveIntParam(MAX_PAGE).default(1),
    pageSize: positiveIntParam(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "must not be before from",
    path: ["to"],
  })
  .transform((q) => ({ ...q, to: q.to ? endOfDayExclusive(q.to) : undefined }));

export type ArticleListQuery = z.output<typeof articleListQuerySchema>;

export const categoryListQuerySchema = z.object({ outlet: slugParam.optional() });

/** Article ids are positive integers (identity column); anything else cannot exist. */
export const articleIdSchema = rowIdParam("article id");
