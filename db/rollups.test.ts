import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rowsOf } from "../lib/queries/sql-rows";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { addCategory, createArticle, createOutlet } from "../test/rows";
import type { Database } from "./client";

const TABLES = {
  outlet_daily_counts: sql`select outlet_id, day::text, articles, words::int from outlet_daily_counts where articles <> 0 order by 1, 2`,
  outlet_bucket_counts: sql`select outlet_id, unit, bucket::text, articles from outlet_bucket_counts where articles <> 0 order by 1, 2, 3`,
  category_daily_counts: sql`select category_id, outlet_id, day::text, articles from category_daily_counts where articles <> 0 order by 1, 2, 3`,
  marker_daily_counts: sql`select outlet_id, day::text, group_key, variant, count, in_quotes, in_scare_quotes from marker_daily_counts where count <> 0 order by 1, 2, 3, 4`,
  source_daily_counts: sql`select outlet_id, day::text, category, entity_id, name, count from source_daily_counts where count <> 0 order by 1, 2, 3, 4, 5`,
};

async function snapshot(db: Database) {
  const result = {} as Record<keyof typeof TABLES, Record<string, unknown>[]>;
  for (const [name, query] of Object.entries(TABLES)) result[name as keyof typeof TABLES] = await rowsOf(db, query);
  return result;
}

const SOURCE_MONTHS = sql`select outlet_id, month::text, category, entity_id, name, count from source_month_counts where count <> 0 order by 1, 2, 3, 4, 5`;
const SOURCE_DAYS_BY_MONTH = sql`select outlet_id, date_trunc('month', day)::date::text as month, category, entity_id, name, sum(count)::int as count
  from source_daily_counts group by 1, 2, 3, 4, 5 having sum(count) <> 0 order by 1, 2, 3, 4, 5`;

/** What the triggers kept must be what a recount from the articles gives; months, the days summed. */
async function expectRollupsRecount(db: Database) {
  const kept = await snapshot(db);
  expect(await rowsOf(db, SOURCE_MONTHS)).toEqual(await rowsOf(db, SOURCE_DAYS_BY_MONTH));
  await db.execute(sql`select claimscope_rebuild_rollups()`);
  expect(kept).toEqual(await snapshot(db));
  expect(await rowsOf(db, SOURCE_MONTHS)).toEqual(await rowsOf(db, SOURCE_DAYS_BY_MONTH));
}

async function addMarker(db: Database, articleId: number, variant: string, count: number, inQuotes = 0) {
  await db.execute(sql`insert into article_markers (article_id, group_key, variant, count, in_quotes, in_scare_quotes)
    values (${articleId}, 'kyiv', ${variant}, ${count}, ${inQuotes}, 0)`);
}

async function addSource(db: Database, articleId: number, name: string, fields: { kind?: string; entityId?: number | null } = {}) {
  await db.execute(sql`insert into sources (article_id, kind, name, entity_id, category, anonymous, sentence, start, "end")
    values (${articleId}, ${fields.kind ?? "attribution"}, ${name}, ${fields.entityId ?? null}, 'official', false, ${name + " said."}, 0, 1)`);
}

describe.each(BACKENDS)("daily rollups (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("count each article, its words, categories, markers and cited sources under its outlet and UTC day", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    const first = await createArticle(db, outlet.id, { publishedAt: new Date("2024-03-01T23:30:00-02:00"), wordCount: 100, categories: ["War"] });
    const second = await createArticle(db, outlet.id, { publishedAt: new Date("2024-03-02T08:00:00Z"), wordCount: 50, categories: ["War"] });
    const undated = await createArticle(db, outlet.id, { publishedAt: null, wordCount: 7 });
    await addMarker(db, first, "Kiev", 3, 1);
    await addMarker(db, second, "Kiev", 2);
    await addMarker(db, undated, "Kyiv", 1);
    await addSource(db, first, "Ministry of Defence");
    await addSource(db, second, "Ministry of Defence");
    await addSource(db, second, "https://example.org/", { kind: "link" });

    const kept = await snapshot(db);
    expect(kept.outlet_daily_counts).toEqual([
      { outlet_id: outlet.id, day: "-infinity", articles: 1, words: 7 },
      { outlet_id: outlet.id, day: "2024-03-02", articles: 2, words: 150 },
    ]);
    expect(kept.outlet_bucket_counts).toEqual([
      { outlet_id: outlet.id, unit: "month", bucket: "2024-03-01", articles: 2 },
      { outlet_id: outlet.id, unit: "week", bucket: "2024-02-26", articles: 2 },
    ]);
    expect(kept.marker_daily_counts).toEqual([
      { outlet_id: outlet.id, day: "-infinity", group_key: "kyiv", variant: "Kyiv", count: 1, in_quotes: 0, in_scare_quotes: 0 },
      { outlet_id: outlet.id, day: "2024-03-02", group_key: "kyiv", variant: "Kiev", count: 5, in_quotes: 1, in_scare_quotes: 0 },
    ]);
    expect(kept.source_daily_counts).toEqual([
      { outlet_id: outlet.id, day: "2024-03-02", category: "official", entity_id: 0, name: "Ministry of Defence", count: 2 },
    ]);
    expect(kept.category_daily_counts).toHaveLength(1);
    expect(kept.category_daily_counts[0]).toMatchObject({ day: "2024-03-02", articles: 2 });
    await expectRollupsRecount(db);
  });

  it("move an article's counts with a new date or length, and drop them with the article or its outlet", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    const other = await createOutlet(db);
    const moved = await createArticle(db, outlet.id, { publishedAt: new Date("2024-01-01T12:00:00Z"), wordCount: 10, categories: ["Politics"] });
    const deleted = await createArticle(db, outlet.id, { publishedAt: new Date("2024-01-01T13:00:00Z"), wordCount: 20, categories: ["Politics"] });
    const dated = await createArticle(db, outlet.id, { publishedAt: null, wordCount: 30 });
    await createArticle(db, other.id, { publishedAt: new Date("2024-01-01T12:00:00Z"), categories: ["Politics"] });
    for (const id of [moved, deleted, dated]) {
      await addMarker(db, id, "Kyiv", 2);
      await addSource(db, id, "OSCE");
    }
    await expectRollupsRecount(db);

    await db.execute(sql`update articles set published_at = '2024-02-10T00:00:00Z', word_count = 11 where id = ${moved}`);
    await db.execute(sql`update articles set published_at = '2023-12-31T23:59:59Z' where id = ${dated}`);
    await expectRollupsRecount(db);

    await db.execute(sql`delete from articles where id = ${deleted}`);
    await expectRollupsRecount(db);

    // The marker job recounts by deleting and inserting; the extraction job re-reads sources the same way.
    await db.execute(sql`delete from article_markers where article_id = ${moved}`);
    await addMarker(db, moved, "Kiev", 4, 4);
    await db.execute(sql`delete from sources where article_id = ${moved}`);
    await expectRollupsRecount(db);

    await db.execute(sql`delete from outlets where id = ${outlet.id}`);
    const left = await snapshot(db);
    expect(left.outlet_daily_counts).toEqual([{ outlet_id: other.id, day: "2024-01-01", articles: 1, words: 4 }]);
    await expectRollupsRecount(db);
  });

  it("re-point sources when their entity goes, and forget a category that is deleted", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    const [entity] = await rowsOf<{ id: number }>(db, sql`insert into entities (name, kind, category) values ('Kremlin', 'organisation', 'official') returning id`);
    const article = await createArticle(db, outlet.id, { publishedAt: new Date("2025-05-05T05:05:05Z") });
    await addSource(db, article, "the Kremlin", { entityId: entity!.id });
    await addSource(db, article, "Kremlin press service", { entityId: entity!.id });
    expect((await snapshot(db)).source_daily_counts).toEqual([
      { outlet_id: outlet.id, day: "2025-05-05", category: "official", entity_id: entity!.id, name: "", count: 2 },
    ]);
    await db.execute(sql`delete from entities where id = ${entity!.id}`);
    expect((await snapshot(db)).source_daily_counts.map((r) => r.name)).toEqual(["Kremlin press service", "the Kremlin"]);
    await expectRollupsRecount(db);

    await addCategory(db, article, "Temporary");
    await db.execute(sql`delete from categories where name = 'Temporary'`);
    expect((await snapshot(db)).category_daily_counts).toEqual([]);
    await expectRollupsRecount(db);
  });

  it("keep up with statements that write many rows at once", async () => {
    const { db } = t();
    const outlet = await createOutlet(db);
    await db.execute(sql`insert into articles (outlet_id, dedup_key, title, content_html, content_text, word_count, content_hash, published_at)
      select ${outlet.id}, 'bulk:' || n, 'Title ' || n, '<p>x</p>', 'x', n, 'h' || n, timestamptz '2020-01-01' + n * interval '7 hours'
      from generate_series(1, 200) n`);
    await db.execute(sql`insert into article_markers (article_id, group_key, variant, count, in_quotes, in_scare_quotes)
      select id, 'kyiv', 'Kiev', 1, 0, 0 from articles where outlet_id = ${outlet.id}`);
    const [total] = await rowsOf<{ articles: number; words: number }>(db, sql`select sum(articles)::int as articles, sum(words)::int as words from outlet_daily_counts`);
    expect(total).toEqual({ articles: 200, words: 20_100 });
    await db.execute(sql`update articles set published_at = published_at + interval '1 day' where outlet_id = ${outlet.id}`);
    await expectRollupsRecount(db);
  });
});
