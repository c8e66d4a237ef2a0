import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { rowsOf } from "./sql-rows";

/**
 * What one outlet published on each day of a month (UTC), for reviewing a period: the articles of
 * every day, newest month with articles by default.
 */

export interface CalendarMonth {
  outlet: { slug: string; name: string };
  /** "YYYY-MM". */
  month: string;
  /** The months before and after that have articles, for paging; null at either end. */
  previous: string | null;
  next: string | null;
  days: { date: string; articles: { id: number; title: string }[] }[];
}

export async function getCalendarMonth(db: Database, outletSlug: string, month?: string): Promise<CalendarMonth | null> {
  const [outlet] = await rowsOf<{ id: number; slug: string; name: string }>(db, sql`select id, slug, name from outlets where slug = ${outletSlug}`);
  if (!outlet) return null;
  const [latest] = await rowsOf<{ month: string | null }>(db, sql`
    select to_char(max(published_at) at time zone 'UTC', 'YYYY-MM') as month from articles where outlet_id = ${outlet.id}`);
  const shown = month ?? latest?.month ?? new Date().toISOString().slice(0, 7);
  const start = `${shown}-01T00:00:00Z`;
  const rows = await rowsOf<{ id: number; title: string; day: string }>(db, sql`
    select id, title, to_char(published_at at time zone 'UTC', 'YYYY-MM-DD') as day from articles
    where outlet_id = ${outlet.id} and published_at >= ${start}::timestamptz and published_at < ${start}::timestamptz + interval '1 month'
    order by published_at, id`);
  const [around] = await rowsOf<{ previous: string | null; next: string | null }>(db, sql`
    select
      (select to_char(max(published_at) at time zone 'UTC', 'YYYY-MM') from articles where outlet_id = ${outlet.id} and published_at < ${start}::timestamptz) as previous,
      (select to_char(min(published_at) at time zone 'UTC', 'YYYY-MM') from articles where outlet_id = ${outlet.id} and published_at >= ${start}::timestamptz + interval '1 month') as next`);
  const days = new Map<string, { id: number; title: string }[]>();
  for (const r of rows) days.set(r.day, [...(days.get(r.day) ?? []), { id: r.id, title: r.title }]);
  return {
    outlet: { slug: outlet.slug, name: outlet.name },
    month: shown,
    previous: around?.previous ?? null,
    next: around?.next ?? null,
    days: [...days].map(([date, articles]) => ({ date, articles })),
  };
}
