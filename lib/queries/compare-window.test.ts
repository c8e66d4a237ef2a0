import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createOutlet } from "../../test/rows";
import { compareOutlets, MATCH_WINDOW } from "./compare";
import { recentMatchWindow } from "./compare-window";
import { rowsOf } from "./sql-rows";

describe.each(BACKENDS)("comparing over a word most articles write (%s)", (backend) => {
  const t = useTestDatabase(backend);

  /** Two outlets, one article a day each for 4,000 days from 2010; every other one on the pipeline, three on zebras. */
  async function seed() {
    const { db } = t();
    for (const slug of ["wire", "desk"]) {
      const outlet = await createOutlet(db, { slug, name: slug });
      await db.execute(sql`insert into articles (outlet_id, dedup_key, title, content_html, content_text, word_count, content_hash, published_at, language)
        select ${outlet.id}, 'bulk:' || n, 'Report ' || n, '<p>x</p>',
          case when n % 2 = 0 then 'The pipeline was discussed in the capital.' else 'The harvest was early this year.' end
            || case when n in (5, 1500, 3999) then ' A zebra escaped.' else '' end,
          7, 'h' || n, timestamptz '2010-01-01' + n * interval '1 day', 'en'
        from generate_series(1, 4000) n`);
    }
    return db;
  }

  it("counts a common word's matches exactly over a recent window the page names, the same for every side", async () => {
    const db = await seed();
    const comparison = await compareOutlets(db, { outlets: ["wire", "desk"], query: "pipeline" });
    // Half of the newest thousand match: 4,000 expected in all. The window must hold MATCH_WINDOW matches,
    // so twice as many articles: both outlets' last MATCH_WINDOW days (day 4,000 is the last after 2010-01-01).
    const firstDay = 4_001 - MATCH_WINDOW;
    const start = new Date(Date.UTC(2010, 0, 1) + firstDay * 86_400_000).toISOString().slice(0, 10);
    expect(comparison.matchWindow).toEqual({ from: start, matches: MATCH_WINDOW, estimatedMatches: 4_000 });
    // Exact within the window: the even days among them, per outlet.
    expect(comparison.outlets.map((o) => o.articles)).toEqual([MATCH_WINDOW / 2, MATCH_WINDOW / 2]);
    expect(comparison.outlets.reduce((n, o) => n + o.articles, 0)).toBe(MATCH_WINDOW);
  });

  it("counts every match of a rare word, and of a common word in a period whose matches are few", async () => {
    const db = await seed();
    const rare = await compareOutlets(db, { outlets: ["wire", "desk"], query: "zebra" });
    expect(rare.matchWindow).toBeNull();
    expect(rare.outlets.map((o) => o.articles)).toEqual([3, 3]);
    const year = await compareOutlets(db, { outlets: ["wire", "desk"], query: "pipeline", from: new Date("2011-01-01T00:00:00Z"), to: new Date("2012-01-01T00:00:00Z") });
    expect(year.matchWindow).toBeNull();
    expect(year.outlets.map((o) => o.articles)).toEqual([182, 182]);
  });

  it("reads no more articles than the window allows when matches are sparse among them", async () => {
    const db = await seed();
    const outletIds = (await rowsOf<{ id: number }>(db, sql`select id from outlets order by id`)).map((r) => r.id);
    // Half the articles match, so 800 matches would take 1,600 articles; at most 600 may be read: the
    // last 300 days of both outlets.
    const window = await recentMatchWindow(db, outletIds, { query: "pipeline" }, { matches: 800, articles: 600 });
    expect(window?.from.toISOString().slice(0, 10)).toBe(new Date(Date.UTC(2010, 0, 1) + 3_701 * 86_400_000).toISOString().slice(0, 10));
    const unbounded = await recentMatchWindow(db, outletIds, { query: "pipeline" }, { matches: 800, articles: 100_000 });
    expect(unbounded?.from.toISOString().slice(0, 10)).toBe(new Date(Date.UTC(2010, 0, 1) + 3_201 * 86_400_000).toISOString().slice(0, 10));
  });
});
