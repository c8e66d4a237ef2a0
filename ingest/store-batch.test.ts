import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../db/client";
import { outlets } from "../db/schema";
import { BACKENDS, createTestDatabase, type TestDatabase } from "../test/databases";
import { normaliseFeedItem } from "./normalise";
import { storeArticle } from "./store-article";
import { storeArticles, storeChunk, type StoreResult } from "./store-batch";
import type { ArticleRecord, FeedItem } from "./types";

/**
 * The set-based store must decide exactly as storing one article at a time does. Each scenario
 * runs both ways into two fresh databases and compares everything stored: articles, revisions,
 * categories, hrefs and cross-outlet links.
 */

const BODY = "<p>Kazakhstan's parliament passed a law on foreign-funded media on Tuesday, officials said, after weeks of debate.</p>";

function item(fields: Partial<FeedItem>): ArticleRecord {
  return normaliseFeedItem(
    {
      guid: null, link: null, title: "Kazakhstan passes law on foreign-funded media", published: "2026-11-03T10:00:00Z",
      updated: null, authors: [], categories: [], summary: null, contentHtml: BODY, enclosures: [], ...fields,
    },
    { language: "en" },
  );
}

/** A feed of `n` distinct stories, the i-th at /story-i with its own title and text. */
function stories(site: string, n: number, from = 0, edit = ""): ArticleRecord[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return item({
      guid: `${site}-${i}`, link: `https://${site}/story-${i}`, title: `Story ${i} from ${site}: budget hearing day ${i}`,
      published: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), categories: [`topic-${i % 3}`],
      contentHtml: `<p>Report ${i} on the budget hearing, with figures for district ${i}.${edit}</p>`,
    });
  });
}

type Feed = { outlet: string; records: ArticleRecord[] };

async function storeOneByOne(db: Database, outletId: number, records: ArticleRecord[]): Promise<StoreResult[]> {
  return db.transaction(async (tx) => {
    const results: StoreResult[] = [];
    for (const record of records) {
      try {
        results.push({ outcome: await storeArticle(tx, outletId, record, null) });
      } catch (error) {
        results.push({ error });
      }
    }
    return results;
  });
}

const outcomes = (results: StoreResult[]) => results.map((r) => ("error" in r ? "error" : r.outcome));

/** Everything the store writes, keyed by outlet slug and dedup key so that ids do not matter. */
async function snapshot(db: Database) {
  const rows = async (query: ReturnType<typeof sql>) => [...((await db.execute(query)) as unknown as Iterable<unknown>)];
  const key = (alias: string) => sql.raw(`(select o.slug || '/' || ${alias}.dedup_key from outlets o where o.id = ${alias}.outlet_id)`);
  return {
    articles: await rows(sql`select ${key("a")} as k, a.guid, a.url, a.title, a.title_key, a.published_at, a.content_hash,
      a.revision_count, a.word_count, a.credits, a.authors from articles a order by 1`),
    revisions: await rows(sql`select ${key("a")} as k, r.revision, r.title, r.content_hash from article_revisions r
      join articles a on a.id = r.article_id order by 1, 2`),
    categories: await rows(sql`select ${key("a")} as k, c.name from article_categories ac join articles a on a.id = ac.article_id
      join categories c on c.id = ac.category_id order by 1, 2`),
    hrefs: await rows(sql`select ${key("a")} as k, h.url from article_hrefs h join articles a on a.id = h.article_id order by 1, 2`),
    links: await rows(sql`select ${key("a")} as from_k, l.kind, ${key("b")} as to_k, l.evidence from article_links l
      join articles a on a.id = l.article_id join articles b on b.id = l.linked_article_id order by 1, 2, 3`),
  };
}

describe.each(BACKENDS)("storing a feed's articles in batches (%s)", (backend) => {
  const opened: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((d) => d.dispose()));
  });

  /** Stores the feeds in order both ways; returns each feed's outcomes and both databases' contents. */
  async function bothWays(slugs: string[], feeds: Feed[]) {
    const [batched, single] = await Promise.all([createTestDatabase(backend), createTestDatabase(backend)]);
    opened.push(batched, single);
    const ids = async (db: Database) => {
      const rows = await db.insert(outlets).values(slugs.map((slug) => ({ slug, name: slug, kind: "feed" as const }))).returning();
      return new Map(rows.map((r) => [r.slug, r.id]));
    };
    const [batchedIds, singleIds] = [await ids(batched.db), await ids(single.db)];
    const result = { batched: [] as string[][], single: [] as string[][] };
    for (const feed of feeds) {
      const viaBatch = await batched.db.transaction((tx) => storeArticles(tx, batchedIds.get(feed.outlet)!, feed.records, null));
      result.batched.push(outcomes(viaBatch));
      result.single.push(outcomes(await storeOneByOne(single.db, singleIds.get(feed.outlet)!, feed.records)));
    }
    return { ...result, batchedRows: await snapshot(batched.db), singleRows: await snapshot(single.db) };
  }

  it("stores new, re-fetched, edited, duplicated and cross-linked articles exactly as one by one", async () => {
    const wire = stories("wire.example", 6);
    const feeds: Feed[] = [
      // The blog links to a wire story that is not stored yet.
      { outlet: "blog", records: [item({ guid: "b1", link: "https://blog.example/comment", title: "Comment on the hearing",
        contentHtml: `<p>As <a href="https://wire.example/story-2">the wire reported</a>, it went on late.</p>` })] },
      { outlet: "wire", records: [
        ...wire,
        // The same story twice in one feed: a tracking-parameter URL, and a re-issued GUID at the same URL.
        item({ ...fieldsOf(wire[0]!), guid: null, link: "https://wire.example/story-0?utm_source=rss" }),
        item({ ...fieldsOf(wire[1]!), guid: "wire.example-1-v2" }),
      ] },
      // The paper runs a wire story under its title, syndicates one under the wire's URL, and links to a third.
      { outlet: "paper", records: [
        item({ ...fieldsOf(wire[3]!), guid: "p1", link: "https://paper.example/budget" }),
        item({ guid: "p2", link: "https://wire.example/story-4", title: "Wire: the budget hearing", contentHtml: "<p>Syndicated report.</p>" }),
        item({ guid: "p3", link: "https://paper.example/analysis", title: "Analysis of the hearing",
          contentHtml: `<p>See <a href="https://wire.example/story-5">the report</a>.</p>` }),
      ] },
      // Re-fetch: unchanged, edited text, changed categories, changed title only, and a new story.
      { outlet: "wire", records: [
        wire[0]!,
        stories("wire.example", 1, 1, " Updated with the ministry's comment.")[0]!,
        item({ ...fieldsOf(wire[2]!), categories: ["topic-2", "hearings"] }),
        item({ ...fieldsOf(wire[3]!), title: "Story 3 from wire.example: budget hearing, day three" }),
        ...stories("wire.example", 1, 6),
      ] },
    ];
    const r = await bothWays(["wire", "paper", "blog"], feeds);
    expect(r.batched).toEqual(r.single);
    expect(r.batched[1]).toEqual(["new", "new", "new", "new", "new", "new", "unchanged", "unchanged"]);
    expect(r.batched[3]).toEqual(["unchanged", "updated", "unchanged", "unchanged", "new"]);
    expect(r.batchedRows).toEqual(r.singleRows);
    expect(r.batchedRows.links.map((l) => (l as { kind: string }).kind).sort()).toEqual(["hyperlink", "hyperlink", "same_title", "same_url"]);
    expect(r.batchedRows.categories).toContainEqual({ k: "wire/guid:wire.example-2", name: "hearings" });
  });

  it("decides in set-based statements all but the records sharing an identity and the known ones that changed", async () => {
    const d = await createTestDatabase(backend);
    opened.push(d);
    const [outlet] = await d.db.insert(outlets).values({ slug: "wire", name: "Wire", kind: "feed" }).returning();
    const wire = stories("wire.example", 6);
    const entries = (records: ArticleRecord[]) => records.map((record, index) => ({ index, record }));
    const first = [...wire, item({ ...fieldsOf(wire[0]!), guid: null, link: "https://wire.example/story-0?utm_source=rss" })];
    const chunk = await d.db.transaction((tx) => storeChunk(tx, outlet!.id, entries(first), null));
    expect([...chunk.stored.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(chunk.oneByOne.map((e) => e.index)).toEqual([0, 6]);

    const again = [wire[1]!, stories("wire.example", 1, 2, " Corrected.")[0]!, ...stories("wire.example", 1, 7)];
    const next = await d.db.transaction((tx) => storeChunk(tx, outlet!.id, entries(again), null));
    expect(Object.fromEntries(next.stored)).toEqual({ 0: "unchanged", 2: "new" });
    expect(next.oneByOne.map((e) => e.index)).toEqual([1]);
  });

  it("decides across chunk boundaries: a story repeated hundreds of items later is still one article", async () => {
    const many = stories("wire.example", 450);
    const records = [...many.slice(0, 300), many[10]!, ...many.slice(300), stories("wire.example", 1, 20, " Corrected.")[0]!];
    const r = await bothWays(["wire"], [{ outlet: "wire", records }, { outlet: "wire", records: many }]);
    expect(r.batched).toEqual(r.single);
    expect(r.batched[0]!.filter((o) => o === "new")).toHaveLength(450);
    expect(r.batched[0]![300]).toBe("unchanged");
    expect(r.batched[0]!.at(-1)).toBe("updated");
    expect(r.batched[1]![20]).toBe("updated");
    expect(r.batchedRows).toEqual(r.singleRows);
  });

  it("fails a record the database refuses alone and stores the rest of its chunk", async () => {
    const records = stories("wire.example", 5);
    records[2] = { ...records[2]!, title: "A title with a NUL \u0000 byte" };
    const r = await bothWays(["wire"], [{ outlet: "wire", records }]);
    expect(r.batched[0]).toEqual(["new", "new", "error", "new", "new"]);
    expect(r.batched).toEqual(r.single);
    expect(r.batchedRows.articles).toHaveLength(4);
    expect(r.batchedRows).toEqual(r.singleRows);
  });
});

/** A normalised record back to the feed item fields it came from, to derive variants of it. */
function fieldsOf(record: ArticleRecord): Partial<FeedItem> {
  return {
    guid: record.guid, link: record.url, title: record.title, published: record.publishedAt?.toISOString() ?? null,
    categories: record.categories, contentHtml: record.contentHtml,
  };
}
