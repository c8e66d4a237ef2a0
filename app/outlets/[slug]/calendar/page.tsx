import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "../../../../lib/db";
import { getCalendarMonth } from "../../../../lib/queries/calendar";
import { toQueryString } from "../../../../lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publication calendar" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ month?: string | string[] }> };

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const SHOWN_PER_DAY = 3;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

export default async function CalendarPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = (await searchParams).month;
  const asked = Array.isArray(raw) ? raw[0] : raw;
  const month = asked && MONTH.test(asked) ? asked : undefined;
  const calendar = await getCalendarMonth(await getDb(), slug, month);
  if (!calendar) notFound();
  const [year, monthIndex] = calendar.month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, monthIndex - 1, 1));
  const daysInMonth = new Date(Date.UTC(year, monthIndex, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const byDate = new Map(calendar.days.map((d) => [d.date, d.articles]));
  const title = monthLabel(calendar.month);
  const total = calendar.days.reduce((n, d) => n + d.articles.length, 0);
  const base = `/outlets/${encodeURIComponent(slug)}/calendar`;

  return (
    <>
      <h1><Link href={`/outlets/${encodeURIComponent(slug)}`}>{calendar.outlet.name}</Link>: publication calendar</h1>
      {asked && !month && <p className="error" role="alert">“{asked}” is not a month in the form YYYY-MM; showing the newest month instead.</p>}
      <nav className="pagination" aria-label="Months">
        {calendar.previous ? <Link href={`${base}?month=${calendar.previous}`}>← {monthLabel(calendar.previous)}</Link> : <span className="disabled">← earlier</span>}
        <span>{title}: {total} {total === 1 ? "article" : "articles"} (UTC days)</span>
        {calendar.next ? <Link href={`${base}?month=${calendar.next}`}>{monthLabel(calendar.next)} →</Link> : <span className="disabled">later →</span>}
      </nav>
      <table className="calendar" aria-label={`${calendar.outlet.name}, ${title}`}>
        <thead><tr>{WEEKDAYS.map((d) => <th key={d} scope="col">{d}</th>)}</tr></thead>
        <tbody>
          {Array.from({ length: Math.ceil((lead + daysInMonth) / 7) }, (_, week) => (
            <tr key={week}>
              {WEEKDAYS.map((_, weekday) => {
                const day = week * 7 + weekday - lead + 1;
                if (day < 1 || day > daysInMonth) return <td key={weekday} className="outside" />;
                const date = `${calendar.month}-${String(day).padStart(2, "0")}`;
                const articles = byDate.get(date) ?? [];
                return (
                  <td key={weekday} className={articles.length ? "has-articles" : "empty-day"}>
                    <div className="day-number">{day}{articles.length > 0 && <span className="day-count"> · {articles.length}</span>}</div>
                    <ul>
                      {articles.slice(0, SHOWN_PER_DAY).map((a) => <li key={a.id}><Link href={`/articles/${a.id}`}>{a.title}</Link></li>)}
                    </ul>
                    {articles.length > SHOWN_PER_DAY && (
                      <Link href={`/articles${toQueryString({ outlet: slug, from: date, to: date })}`}>{articles.length - SHOWN_PER_DAY} more</Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
