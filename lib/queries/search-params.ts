import { z } from "zod";
import { dateParam, endOfDayExclusive, positiveIntParam, slugParam } from "./params";

/** Query-string input of full-text search: the query, its filters, the order and the page. */

export const SEARCH_LANGUAGES = ["en", "ru", "fr", "de"] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];
export const SEARCH_SORTS = ["relevance", "newest"] as const;
export const SEARCH_PAGE_SIZE = 20;

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, "must not be empty: type the words to search for").max(500, "is too long (500 characters at most)"),
    outlet: slugParam.optional(),
    group: z.string().trim().min(1, "must not be empty").max(80, "is too long").optional(),
    language: z.enum(SEARCH_LANGUAGES, { message: `must be one of ${SEARCH_LANGUAGES.join(", ")}` }).optional(),
    category: z.string().trim().min(1, "must not be empty").max(200, "is too long").optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
    sort: z.enum(SEARCH_SORTS, { message: `must be one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
    page: positiveIntParam(500).default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be before from", path: ["to"] })
  .transform((q) => ({ ...q, to: q.to ? endOfDayExclusive(q.to) : undefined }));

export type SearchQuery = z.output<typeof searchQuerySchema>;
