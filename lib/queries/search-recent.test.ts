import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createOutlet } from "../../test/rows";
import { searchArticles } from "./search";
import { searchQuerySchema } from "./search-params";
import { PROBE_ARTICLES } from "./search-recent";

const search = (params: Record<string, string>) => searchQuerySchema.parse(params);

describe.each(BACKENDS)("searching a word most articles write (%s)", (backend) => {
  const t = useTestDatabase(backend);

  /** 3,000 English articles a day apart, every other one on the pipeline (the newest thirds more so), three on zebras. */
  async function seed() {
    const { db } = t();
    const outlet = await createOutlet(db, { slug: "wire", name: "Wire", groups: ["Wires"] });
    await createOutlet(db, { slug: "quiet", name: "Quiet" });
    await db.execute(sql`insert into articles (outlet_id, dedup_key, title, content_html, content_text, word_count, content_hash, published_at, language)
      select ${outlet.id}, 'bulk:' || n, 'Report ' || n, '<p>x</p>',
        case when n % 2 = 0 then 'The pipeline ' || repeat('pipeline ', n % 7) || 'was discussed in the capital.' else 'The harvest was early this year.' end
          || case when n in (5, 1500, 2999) then ' A zebra escaped.' else '' end,
        8, 'h' || n, timestamptz '2018-01-01' + n * interval '1 day', 'en'
      from generate_series(1, 3000) n`);
    return db;
  }

  it("ranks among the matches in the newest articles and estimates the total from their share", async () => {
    const db = await seed();
    const page = await searchArticles(db, search({ q: "pipeline" }));
    expect(page.rankedAmong).toMatchObject({ articles: PROBE_ARTICLES, matches: PROBE_ARTICLES / 2 });
    // Half of the newest thousand match: half of the 3,000 in scope is the estimate.
    expect(page.total).toBe(1_500);
    expect(page.totalCapped).toBe(false);
    expect(page.hits).toHaveLength(20);
    const ranks = page.hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(page.hits.every((h) => h.publishedAt! >= page.rankedAmong!.since)).toBe(true);
    expect(page.hits[0]!.snippet.flat().some((p) => p.match && /pipeline/i.test(p.text))).toBe(true);
    // The same answer through the group filter; the outlet filter of an outlet without articles finds nothing.
    expect((await searchArticles(db, search({ q: "pipeline", group: "wires" }))).total).toBe(1_500);
    expect((await searchArticles(db, search({ q: "pipeline", outlet: "quiet" }))).total).toBe(0);
  });

  it("counts and ranks a rare word over all its matches, and a period smaller than the probe exactly", async () => {
    const db = await seed();
    const rare = await searchArticles(db, search({ q: "zebra" }));
    expect(rare.rankedAmong).toBeUndefined();
    expect(rare.total).toBe(3);
    // Past the last page the rows carry no count: it is counted on its own.
    const past = await searchArticles(db, search({ q: "zebra", page: "2" }));
    expect(past.hits).toHaveLength(0);
    expect(past.total).toBe(3);
    expect((await searchArticles(db, search({ q: "zebra", sort: "newest" }))).total).toBe(3);
    const period = await searchArticles(db, search({ q: "pipeline", from: "2018-01-01", to: "2018-12-31" }));
    expect(period.rankedAmong).toBeUndefined();
    expect(period.total).toBe(182);
    // A page past the ranked window is answered exactly, not cut short.
    const deep = await searchArticles(db, search({ q: "pipeline", page: "30" }));
    expect(deep.rankedAmong).toBeUndefined();
    expect(deep.hits).toHaveLength(20);
  });
});
