import { z } from "zod";
import { dateParam, endOfDayExclusive, slugParam } from "./params";

/** Query-string input of the compare view and its export: outlets and groups repeat (`outlet=a&outlet=b&group=G`). */

export const COMPARE_TABLES = ["outlets", "markers", "terms", "sources"] as const;

export const compareQuerySchema = z
  .object({
    outlet: z.array(slugParam).max(8, "compare at most 8 outlets at once"),
    group: z.array(z.string().trim().min(1).max(80, "is too long")).max(8, "compare at most 8 groups at once"),
    q: z.string().trim().min(1).max(500, "is too long (500 characters at most)").optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
  })
  .refine((q) => q.outlet.length + q.group.length > 0, { message: "pick at least one outlet or outlet group", path: ["outlet"] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be before from", path: ["to"] })
  .transform((q) => ({ outlets: [...new Set(q.outlet)], groups: [...new Set(q.group)], query: q.q, from: q.from, to: q.to ? endOfDayExclusive(q.to) : undefined }));

/** The URL's values with `outlet` as a list, as the schema reads them. */
export function compareInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const get = (key: string): string[] => {
    const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
    return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v.trim() !== "");
  };
  const single = (key: string) => get(key)[0];
  return { outlet: get("outlet"), group: get("group"), q: single("q"), from: single("from"), to: single("to") };
}
