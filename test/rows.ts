import { createHash } from "node:crypto";
import type { Database, Transaction as Tx } from "../db/client";
import {
  articleCategories,
  articles,
  categories,
  fetchRuns,
  outletFeeds,
  outlets,
  type FetchRun,
  type NewArticle,
  type NewOutlet,
  type Outlet,
} from "../db/schema";

/**
 * Small row factories for integration tests. They take a database or a transaction, fill only
 * what the schema requires, and let each test state what it cares about.
 */

export type DbOrTx = Database | Tx;

let sequence = 0;
const next = () => ++sequence;

export async function createOutlet(db: DbOrTx, fields: Partial<NewOutlet> = {}, feedUrls: string[] = []): Promise<Outlet> {
  const n = next();
  const [row] = await db
    .insert(outlets)
    .values({ slug: `outlet-${n}`, name: `Outlet ${n}`, kind: "feed", ...fields })
    .returning();
  for (const url of feedUrls) await db.insert(outletFeeds).values({ outletId: row!.id, url });
  return row!;
}

export async function createArticle(
  db: DbOrTx,
  outletId: number,
  fields: Partial<NewArticle> & { categories?: string[] } = {},
): Promise<number> {
  const { categories: names = [], ...rest } = fields;
  const n = next();
  const text = rest.contentText ?? `Body of article ${n}.`;
  const [row] = await db
    .insert(articles)
    .values({
      outletId,
      dedupKey: `test:${n}`,
      title: `Article ${n}`,
      contentHtml: `<p>${text}</p>`,
      contentText: text,
      wordCount: text.split(/\s+/).length,
      contentHash: createHash("sha256").update(text).digest("hex"),
      ...rest,
    })
    .returning({ id: articles.id });
  for (const name of names) await addCategory(db, row!.id, name);
  return row!.id;
}

export async function addCategory(db: DbOrTx, articleId: number, name: string): Promise<void> {
  const [category] = await db
    .insert(categories)
    .values({ name })
    .onConflictDoUpdate({ target: categories.name, set: { name } })
    .returning({ id: categories.id });
  await db.insert(articleCategories).values({ articleId, categoryId: category!.id });
}

export async function createFetchRun(
  db: DbOrTx,
  outletId: number,
  fields: Partial<typeof fetchRuns.$inferInsert> = {},
): Promise<FetchRun> {
  const [row] = await db
    .insert(fetchRuns)
    .values({ outletId, source: "https://example.org/feed.xml", ...fields })
    .returning();
  return row!;
}
