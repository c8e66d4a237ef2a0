import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { articles, outlets } from "../../db/schema";
import { runMarkerCounts } from "../../ingest/marker-job";
import { getExtractionProgress } from "../../lib/queries/extraction-status";
import { rowsOf } from "../../lib/queries/sql-rows";
import { NonSyntheticDataError, readSyntheticMeta, seedSynthetic } from "./seed";

const TABLES = ["outlets", "articles", "sources", "funding_claims", "entities", "entity_aliases", "mentions", "article_extractions", "article_markers", "article_marker_states"];

for (const backend of BACKENDS) {
  describe(`synthetic corpus (${backend})`, () => {
    const getDb = useTestDatabase(backend);

    it("fills every table the jobs fill, counted as current, the same for the same seed", async () => {
      const { db } = getDb();
      await seedSynthetic(db, { articles: 200, outlets: 12, seed: 3, batchSize: 64 });
      for (const table of TABLES) {
        const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
        expect(row!.n, table).toBeGreaterThan(0);
      }
      const [counts] = await rowsOf<{ articles: number; outlets: number; languages: number }>(db, sql`
        select count(*)::int as articles, count(distinct outlet_id)::int as outlets, count(distinct language)::int as languages from articles`);
      expect(counts!.articles).toBe(200);
      expect(counts!.outlets).toBeGreaterThan(6);
      expect(counts!.languages).toBe(4);
      // The marker and extraction jobs find nothing to do: what was stored is what they would store.
      expect((await runMarkerCounts(db)).counted).toBe(0);
      const progress = await getExtractionProgress(db);
      expect(progress.done).toBe(progress.total);
      expect(await readSyntheticMeta(db)).toMatchObject({ articles: 200, complete: true });
      // Offsets point at what they name.
      const spans = await rowsOf<{ name: string; kind: string; span: string }>(db, sql`
        select s.name, s.kind, substr(a.content_text, s.start + 1, s."end" - s.start) as span from sources s join articles a on a.id = s.article_id
        where s.kind = 'quote' limit 20`);
      for (const s of spans) expect(s.span.length).toBeGreaterThan(3);

      const first = await rowsOf<{ title: string; content_hash: string; published_at: unknown }>(db, sql`select title, content_hash, published_at from articles order by id`);
      await db.execute(sql`truncate articles, outlets, entities, entity_aliases restart identity cascade`);
      await seedSynthetic(db, { articles: 200, outlets: 12, seed: 3, batchSize: 50 });
      const second = await rowsOf<{ title: string; content_hash: string; published_at: unknown }>(db, sql`select title, content_hash, published_at from articles order by id`);
      expect(second).toEqual(first);
    });

    it("refuses a database that holds real articles, unless forced", async () => {
      const { db } = getDb();
      const [outlet] = await db.insert(outlets).values({ slug: "real", name: "Real", kind: "feed" }).returning();
      await db.insert(articles).values({ outletId: outlet!.id, dedupKey: "https://real.example/1", title: "Real", contentHtml: "<p>x</p>", contentText: "x", wordCount: 1, contentHash: "h" });
      await expect(seedSynthetic(db, { articles: 10 })).rejects.toThrow(NonSyntheticDataError);
      await seedSynthetic(db, { articles: 10, outlets: 4, force: true });
      const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from articles`);
      expect(row!.n).toBe(11);
    });
  });
}
