import { z } from "zod";
import { parseSeriesSpec, SeriesSpecError, type SeriesSpec } from "../coverage/series-spec";
import { DEFAULT_TIME_UNIT } from "../coverage/units";
import { timeUnitSchema } from "./coverage-params";
import { dateParam, endOfDayExclusive } from "./params";

/** Query-string input of /coverage and /api/coverage/series: repeated `s` series, unit, measure, period. */

export const MAX_SERIES = 12;
export const MEASURES = ["count", "share"] as const;

const seriesSchema = z.string().transform((raw, ctx): SeriesSpec => {
  try {
    return parseSeriesSpec(raw);
  } catch (err) {
    ctx.addIssue({ code: "custom", message: err instanceof SeriesSpecError ? err.message : String(err) });
    return z.NEVER;
  }
});

export const coverageSeriesQuerySchema = z
  .object({
    s: z.array(seriesSchema).min(1, "add at least one series").max(MAX_SERIES, `at most ${MAX_SERIES} series`),
    unit: timeUnitSchema.default(DEFAULT_TIME_UNIT),
    measure: z.enum(MEASURES, { message: "must be count or share" }).default("count"),
    from: dateParam.optional(),
    to: dateParam.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be before from", path: ["to"] })
  .transform((q) => ({ ...q, to: q.to ? endOfDayExclusive(q.to) : undefined }));

/** The URL's values with `s` as a list. */
export function coverageSeriesInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const all = (key: string): string[] => {
    const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
    return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((v) => v.trim() !== "");
  };
  return { s: all("s"), unit: all("unit")[0], measure: all("measure")[0], from: all("from")[0], to: all("to")[0] };
}
