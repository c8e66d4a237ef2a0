import { z } from "zod";
import { DEFAULT_TIME_UNIT, TIME_UNITS, TIME_ZONES } from "../coverage/units";
import { dateParam, endOfDayExclusive, slugParam } from "./params";

/**
 * Inputs of the coverage timeline. `coverageOptionsSchema` is what getCoverage itself enforces
 * (unit and zone reach SQL as bound parameters, validated here first); `coverageQuerySchema`
 * reads the same from a query string (/api/coverage?unit=week&outlets=a,b&from=…&to=…).
 */

export const timeUnitSchema = z.enum(TIME_UNITS, {
  error: `must be one of: ${TIME_UNITS.join(", ")}`,
});

export const timeZoneSchema = z.enum(TIME_ZONES, {
  error: `must be one of: ${TIME_ZONES.join(", ")}`,
});

export const coverageOptionsSchema = z.object({
  unit: timeUnitSchema,
  timeZone: timeZoneSchema.default("UTC"),
  outlets: z.array(slugParam).max(100, "at most 100 outlets").optional(),
  /** Inclusive start. */
  from: z.date().optional(),
  /** Exclusive end. */
  to: z.date().optional(),
});

export type CoverageOptions = z.input<typeof coverageOptionsSchema>;

export const coverageQuerySchema = z
  .object({
    unit: timeUnitSchema.default(DEFAULT_TIME_UNIT),
    outlets: z
      .string()
      .transform((list) => list.split(",").map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(slugParam).max(100, "at most 100 outlets"))
      .optional(),
    from: dateParam.optional(),
    to: dateParam.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "must not be before from",
    path: ["to"],
  })
  .transform((q) => ({
    unit: q.unit,
    outlets: q.outlets?.length ? q.outlets : undefined,
    from: q.from,
    to: q.to ? endOfDayExclusive(q.to) : undefined,
  }));
