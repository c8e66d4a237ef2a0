import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../lib/queries/sql-rows";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { createArticle, createOutlet } from "../test/rows";
import { runTermCounts, TERMS_PER_MONTH } from "./term-job";

describe.each(BACKENDS)("the term job (%s)", (backend) => {
  const t = useTestDatabase(backend);
  const terms = (outletId: number) =>
    rowsOf<{ month: string; term: string; count: number }>(t().db, sql`select month::text, term, count from outlet_month_terms where outlet_id = ${outletId} order by month, count desc, term`);

  it("counts each outlet month's words once its articles change, and keeps the most frequent", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    const march = await createArticle(db, outlet.id, { publishedAt: new Date("2024-03-05T10:00:00Z"), contentText: "The pipeline and the pipeline again.", language: "en" });
    await createArticle(db, outlet.id, { publishedAt: new Date("2024-03-31T23:00:00Z"), contentText: "Die Pipeline wurde gebaut.", language: "de" });
    await createArticle(db, outlet.id, { publishedAt: null, contentText: "Undated gas talks.", language: "en" });
    expect(await runTermCounts(db)).toEqual({ months: 2, articles: 3 });
    expect(await terms(outlet.id)).toEqual([
      { month: "-infinity", term: "gas", count: 1 },
      { month: "-infinity", term: "talks", count: 1 },
      { month: "-infinity", term: "undated", count: 1 },
      { month: "2024-03-01", term: "pipeline", count: 3 },
      { month: "2024-03-01", term: "again", count: 1 },
      { month: "2024-03-01", term: "gebaut", count: 1 },
    ]);
    expect(await runTermCounts(db)).toEqual({ months: 0, articles: 0 });

    // An edit that moves the article to April recounts both months; a deletion recounts its month.
    await db.execute(sql`update articles set published_at = '2024-04-02T00:00:00Z', content_text = 'Gas, gas.' where id = ${march}`);
    expect((await runTermCounts(db)).months).toBe(2);
    expect((await terms(outlet.id)).filter((r) => r.month !== "-infinity")).toEqual([
      { month: "2024-03-01", term: "gebaut", count: 1 },
      { month: "2024-03-01", term: "pipeline", count: 1 },
      { month: "2024-04-01", term: "gas", count: 2 },
    ]);
    await db.execute(sql`delete from articles where id = ${march}`);
    await runTermCounts(db);
    expect((await terms(outlet.id)).some((r) => r.month === "2024-04-01")).toBe(false);
  });

  it("keeps a month's most frequent words only", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    const words = Array.from({ length: TERMS_PER_MONTH + 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    await createArticle(db, outlet.id, { publishedAt: new Date("2025-01-10T00:00:00Z"), contentText: `${words.join(" ")} frequent frequent`, language: "en" });
    await runTermCounts(db);
    const kept = await terms(outlet.id);
    expect(kept).toHaveLength(TERMS_PER_MONTH);
    expect(kept[0]).toEqual({ month: "2025-01-01", term: "frequent", count: 2 });
  });

  it("queues nothing for an outlet that is deleted with its articles", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    await createArticle(db, outlet.id, { publishedAt: new Date("2025-01-10T00:00:00Z") });
    await db.execute(sql`delete from outlets where id = ${outlet.id}`);
    expect(await rowsOf(db, sql`select * from term_months_pending`)).toEqual([]);
  });
});
