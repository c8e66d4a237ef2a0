import { sql, type SQL } from "drizzle-orm";

/**
 * A period as whole UTC days, for the daily rollups (db/schema/rollups.ts), or null when a bound falls
 * inside a day and only the articles themselves can answer. Pages and the CLI always ask for whole
 * days; an API caller with an hour in its bounds gets the exact, slower count.
 */
export interface DayPeriod {
  from?: string;
  /** Exclusive. */
  to?: string;
}

const DAY_MS = 86_400_000;

export function wholeDays(from?: Date, to?: Date): DayPeriod | null {
  if ((from && from.getTime() % DAY_MS !== 0) || (to && to.getTime() % DAY_MS !== 0)) return null;
  return { from: from?.toISOString().slice(0, 10), to: to?.toISOString().slice(0, 10) };
}

/**
 * The rollup rows (alias `alias`, dated by `column`: a day or a month) inside the period. Unbounded on
 * both sides it includes the undated articles' row (-infinity), as a scope over all articles does; a
 * bounded period never does.
 */
export function dayRange(alias: string, period: DayPeriod, { dated = false, column = "day" } = {}): SQL {
  const day = sql.raw(`${alias}.${column}`);
  const parts: SQL[] = [];
  if (period.from) parts.push(sql`${day} >= ${period.from}::date`);
  else if (dated || period.to) parts.push(sql`${day} > '-infinity'::date`);
  if (period.to) parts.push(sql`${day} < ${period.to}::date`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}
