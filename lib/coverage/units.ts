/**
 * Time units and zones the coverage timeline supports. Kept apart from the query code so the
 * browser can import them without pulling in the database layer.
 */

export const TIME_UNITS = ["month", "week", "day"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const DEFAULT_TIME_UNIT: TimeUnit = "month";

/**
 * Only UTC for now: gap-filling in the browser assumes UTC calendar arithmetic. The zone is still
 * passed to SQL as a bound parameter, so adding zones later is a validation change, not a query one.
 */
export const TIME_ZONES = ["UTC"] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

export function isTimeUnit(value: unknown): value is TimeUnit {
  return typeof value === "string" && (TIME_UNITS as readonly string[]).includes(value);
}

/** A unit from a URL; anything else means the default (the API, not the page, reports bad input). */
export function parseTimeUnit(value: string | null | undefined): TimeUnit {
  return isTimeUnit(value) ? value : DEFAULT_TIME_UNIT;
}

export const UNIT_LABELS: Record<TimeUnit, { switch: string; axis: string }> = {
  month: { switch: "Month", axis: "Month (UTC)" },
  week: { switch: "Week", axis: "Week starting Monday (UTC)" },
  day: { switch: "Day", axis: "Day (UTC)" },
};
