import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import type { TermCounts } from "../framing/vocabulary";
import { sidesCte } from "./compare-counts";
import { dayRange, wholeDays, type DayPeriod } from "./rollup-period";
import { idList, rowsOf } from "./sql-rows";

/**
 * Word counts per comparison side summed from the monthly term statistics (outlet_month_terms, kept by
 * ingest/term-job.ts), for periods of whole UTC months: a few hundred rows per outlet and month instead
 * of every text read and split per request.
 */

/** A period of whole months (the first of a month on both ends, or open), or null. */
export function wholeMonths(from?: Date, to?: Date): DayPeriod | null {
  const days = wholeDays(from, to);
  if (!days || (days.from && !days.from.endsWith("-01")) || (days.to && !days.to.endsWith("-01"))) return null;
  return days;
}

export async function termCountsFromStatistics(db: Database, sides: number[][], period: DayPeriod): Promise<Map<number, TermCounts>> {
  // The outlet list beside the join lets the primary key find the outlets' rows; joined to the sides
  // alone the planner reads the whole table.
  const rows = await rowsOf<{ side: number; term: string; count: number }>(db, sql`with ${sidesCte(sides)}
    select s.side, t.term, sum(t.count)::int as count from outlet_month_terms t join sides s on s.outlet_id = t.outlet_id
    where t.outlet_id in ${idList([...new Set(sides.flat())])} and ${dayRange("t", period, { column: "month" })} group by 1, 2`);
  const bySide = new Map<number, TermCounts>(sides.map((_, i) => [i, new Map()]));
  for (const row of rows) bySide.get(row.side)!.set(row.term, row.count);
  return bySide;
}

/** Whether the term job has counted every month of these outlets in the period (none still queued). */
export async function termStatisticsCurrent(db: Database, outletIds: number[], period: DayPeriod): Promise<boolean> {
  const [queued] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from term_months_pending p
    where p.outlet_id in ${idList(outletIds)} and ${dayRange("p", period, { column: "month" })}`);
  return (queued?.n ?? 0) === 0;
}
