import { sql, type SQL } from "drizzle-orm";
import type { Transaction as Tx } from "../db/client";
import { articleRevisions, articles } from "../db/schema";
import { isSameStory, sameTitleWindow, undatedTitleSince } from "./dedup";
import { articleColumns, METADATA_KEYS, metadataOf, revisionRow, storeArticle, type ArticleMetadata, type StoreOutcome } from "./store-article";
import type { ArticleRecord } from "./types";

/**
 * Storing a feed's articles in a few set-based statements per chunk instead of a dozen round trips
 * per article, deciding exactly as storeArticle does. What the set-based path cannot decide alone goes
 * through storeArticle one by one, in feed order: records that are (or may be) the same article as
 * another record of the chunk, and known articles whose text or metadata changed.
 */

export type StoreResult = { outcome: StoreOutcome } | { error: unknown };

// Keeps every statement far below Postgres's 65,535 parameters and a chunk's rows in memory small.
const CHUNK = 200;

export interface Entry {
  index: number;
  record: ArticleRecord;
}

/**
 * Stores `records` in order inside the caller's transaction. A chunk whose set-based statements fail
 * is rolled back to its savepoint and stored article by article, so one bad record fails alone.
 */
export async function storeArticles(tx: Tx, outletId: number, records: ArticleRecord[], fetchRunId: number | null): Promise<StoreResult[]> {
  const results: StoreResult[] = [];
  for (let start = 0; start < records.length; start += CHUNK) {
    const chunk = records.slice(start, start + CHUNK).map((record, i) => ({ index: start + i, record }));
    let stored = new Map<number, StoreOutcome>();
    let oneByOne: Entry[] = chunk;
    try {
      ({ stored, oneByOne } = await tx.transaction((sp) => storeChunk(sp, outletId, chunk, fetchRunId)));
    } catch {
      stored = new Map();
    }
    for (const [index, outcome] of stored) results[index] = { outcome };
    for (const { index, record } of oneByOne) {
      try {
        results[index] = { outcome: await storeArticle(tx, outletId, record, fetchRunId) };
      } catch (error) {
        results[index] = { error };
      }
    }
  }
  return results;
}

/**
 * One chunk in set-based statements. Returns what it stored, by record index, and what must go
 * through storeArticle one by one, in feed order.
 */
export async function storeChunk(tx: Tx, outletId: number, chunk: Entry[], fetchRunId: number | null) {
  const keys = await resolveDedupKeys(tx, outletId, chunk.map((e) => e.record));
  const identityLists = chunk.map((e, i) => identities(e.record, keys[i]!));
  const shared = sharedKeys(identityLists);
  const batch: (Entry & { dedupKey: string })[] = [];
  const oneByOne: Entry[] = [];
  chunk.forEach((entry, i) => {
    if (identityLists[i]!.some((k) => shared.has(k))) oneByOne.push(entry);
    else batch.push({ ...entry, dedupKey: keys[i]! });
  });
  const stored = new Map<number, StoreOutcome>();
  if (batch.length === 0) return { stored, oneByOne };

  const rows = await tx
    .insert(articles)
    .values(batch.map(({ record, dedupKey }) => ({ outletId, ...articleColumns(record), dedupKey })))
    .onConflictDoUpdate({ target: [articles.outletId, articles.dedupKey], set: { lastSeenAt: sql`now()` } })
    .returning({ ...STORED, inserted: sql<boolean>`(xmax = 0)` });
  const rowByKey = new Map(rows.map((row) => [row.dedupKey, row]));
  const created: { entry: Entry; id: number }[] = [];
  const unchanged: { entry: Entry; id: number }[] = [];
  for (const entry of batch) {
    const row = rowByKey.get(entry.dedupKey)!;
    if (row.inserted) created.push({ entry, id: row.id });
    else if (row.contentHash === entry.record.contentHash && sameMetadata(row, entry.record)) unchanged.push({ entry, id: row.id });
    else oneByOne.push(entry);
  }
  oneByOne.sort((a, b) => a.index - b.index);

  if (created.length > 0) {
    await tx.insert(articleRevisions).values(created.map(({ entry, id }) => revisionRow(id, 1, entry.record, fetchRunId)));
  }
  await setCategories(tx, [...created, ...unchanged].map(({ entry, id }) => ({ id, names: entry.record.categories })));
  await linkNewArticles(tx, outletId, created.map(({ entry, id }) => ({ id, record: entry.record })));
  for (const { entry } of created) stored.set(entry.index, "new");
  for (const { entry } of unchanged) stored.set(entry.index, "unchanged");
  return { stored, oneByOne };
}

/** Everything that makes a record the same article as another: if two records share one, order matters. */
function identities(record: ArticleRecord, resolvedKey: string): string[] {
  const out = [`key:${record.dedupKey}`, `key:${resolvedKey}`];
  if (record.url) out.push(`url:${record.url}`);
  if (record.titleKey) out.push(`title:${record.titleKey}`);
  return out;
}

function sharedKeys(lists: string[][]): Set<string> {
  const owners = new Map<string, number>();
  lists.forEach((list, i) => {
    for (const key of new Set(list)) owners.set(key, owners.has(key) && owners.get(key) !== i ? -1 : i);
  });
  return new Set([...owners].filter(([, owner]) => owner === -1).map(([key]) => key));
}

// What deciding "unchanged" needs of a stored row; its text stays in the database.
const STORED = {
  id: articles.id, dedupKey: articles.dedupKey, contentHash: articles.contentHash,
  ...Object.fromEntries(METADATA_KEYS.map((key) => [key, articles[key]])),
} as { id: typeof articles.id; dedupKey: typeof articles.dedupKey; contentHash: typeof articles.contentHash } & { [K in keyof ArticleMetadata]: (typeof articles)[K] };

/** Whether a re-fetch would leave the stored metadata as it is (storeArticle's "unchanged" without its UPDATE). */
function sameMetadata(row: ArticleMetadata, record: ArticleRecord): boolean {
  const wanted = metadataOf(record);
  return METADATA_KEYS.every((key) => sameValue(row[key], wanted[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime() === (b as Date | null)?.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

interface Candidate {
  i: number;
  source: "exact" | "url" | "title";
  ord: number;
  dedup_key: string;
  url: string | null;
  title_key: string | null;
  content_text: string;
}

/**
 * Each record's dedup key, by the rules of storeArticle's existingKeyFor, in one query: its own key
 * when stored or new, else the key of the stored article with its canonical URL that agrees in title
 * or text, or with its title and text within the window.
 */
async function resolveDedupKeys(tx: Tx, outletId: number, records: ArticleRecord[]): Promise<string[]> {
  const probes = records.map((r, i) => ({
    i,
    key: r.dedupKey,
    url: r.url,
    tk: r.titleKey,
    ...windowOf(r),
  }));
  const since = undatedTitleSince().toISOString();
  const found = await rowsOf<Candidate>(tx, sql`
    select k.i, c.source, c.ord, c.dedup_key, c.url, c.title_key, c.content_text
    from jsonb_to_recordset(${json(probes)}) as k(i int, key text, url text, tk text, lo timestamptz, hi timestamptz)
    cross join lateral (
      (select 'exact' as source, 0 as ord, a.dedup_key, a.url, a.title_key, a.content_text from articles a
        where a.outlet_id = ${outletId} and a.dedup_key = k.key limit 1)
      union all
      (select 'url', row_number() over (), a.dedup_key, a.url, a.title_key, a.content_text from articles a
        where k.url is not null and a.outlet_id = ${outletId} and a.url = k.url limit 5)
      union all
      (select 'title', 100 + row_number() over (), a.dedup_key, a.url, a.title_key, a.content_text from articles a
        where k.tk is not null and a.outlet_id = ${outletId} and a.title_key = k.tk
          and (case when k.lo is null then a.first_seen_at >= ${since}::timestamptz
               else a.published_at is null or a.published_at between k.lo and k.hi end)
        limit 5)
    ) c`);
  const byRecord = new Map<number, Candidate[]>();
  for (const c of found) byRecord.set(c.i, [...(byRecord.get(c.i) ?? []), c]);
  return records.map((record, i) => {
    const candidates = (byRecord.get(i) ?? []).sort((a, b) => Number(a.ord) - Number(b.ord));
    if (candidates.some((c) => c.source === "exact")) return record.dedupKey;
    const same = candidates.find((c) => isSameStory({ url: c.url, titleKey: c.title_key, contentText: c.content_text }, record));
    return same?.dedup_key ?? record.dedupKey;
  });
}

/** Each article's categories become exactly `names`: missing names are created, dropped ones unlinked. */
async function setCategories(tx: Tx, wanted: { id: number; names: string[] }[]): Promise<void> {
  if (wanted.length === 0) return;
  const pairs = wanted.flatMap(({ id, names }) => names.map((name) => ({ id, name })));
  const names = [...new Set(pairs.map((p) => p.name))];
  if (names.length > 0) {
    await tx.execute(sql`insert into categories (name) select jsonb_array_elements_text(${json(names)}) on conflict do nothing`);
    await tx.execute(sql`
      insert into article_categories (article_id, category_id)
      select p.id, c.id from jsonb_to_recordset(${json(pairs)}) as p(id int, name text) join categories c on c.name = p.name
      on conflict do nothing`);
  }
  await tx.execute(sql`
    delete from article_categories ac
    using categories c
    where c.id = ac.category_id
      and ac.article_id in (select jsonb_array_elements_text(${json(wanted.map((w) => w.id))})::int)
      and not exists (select 1 from jsonb_to_recordset(${json(pairs)}) as p(id int, name text) where p.id = ac.article_id and p.name = c.name)`);
}

interface LinkRow {
  article_id: number;
  linked_article_id: number;
  kind: string;
  evidence: string | null;
}

/**
 * New articles' hrefs, and their links to the same story at other outlets, by storeArticle's rules:
 * same URL, same title (within the window when dated), hyperlinks either way; the earlier article
 * is the one linked to.
 */
async function linkNewArticles(tx: Tx, outletId: number, created: { id: number; record: ArticleRecord }[]): Promise<void> {
  if (created.length === 0) return;
  const hrefs = created.flatMap(({ id, record }) => record.linkedUrls.map((url) => ({ id, url })));
  if (hrefs.length > 0) {
    await tx.execute(sql`
      insert into article_hrefs (article_id, url) select id, url from jsonb_to_recordset(${json(hrefs)}) as h(id int, url text)
      on conflict do nothing`);
  }
  const probes = created.map(({ id, record: r }) => ({
    id,
    url: r.url,
    tk: r.titleKey,
    title: r.title,
    published: r.publishedAt?.toISOString() ?? null,
    ...windowOf(r),
    links: r.linkedUrls,
  }));
  const probeRows = sql`jsonb_to_recordset(${json(probes)}) as k(id int, url text, tk text, title text, published timestamptz, lo timestamptz, hi timestamptz, links jsonb)`;
  // Same URL or title: the later of the two links to the earlier, by arrival order when a date is missing.
  const laterFirst = (kind: string, evidence: SQL) => sql`
    case when o.published_at is not null and k.published is not null and k.published < o.published_at
      then o.id else k.id end as article_id,
    case when o.published_at is not null and k.published is not null and k.published < o.published_at
      then k.id else o.id end as linked_article_id,
    ${kind}::text as kind, ${evidence} as evidence`;
  const links = await rowsOf<LinkRow>(tx, sql`
    select ${laterFirst("same_url", sql`k.url`)} from ${probeRows}
      cross join lateral (select a.id, a.published_at from articles a
        where k.url is not null and a.outlet_id <> ${outletId} and a.url = k.url limit 50) o
    union all
    select ${laterFirst("same_title", sql`k.title`)} from ${probeRows}
      cross join lateral (select a.id, a.published_at from articles a
        where k.tk is not null and a.outlet_id <> ${outletId} and a.title_key = k.tk
          and (k.lo is null or a.published_at is null or a.published_at between k.lo and k.hi) limit 50) o
    union all
    -- One index probe per linked URL: as "url in (subquery)" it was planned as a hash semi-join over every other article.
    select k.id, o.id, 'hyperlink', o.url from ${probeRows}
      cross join lateral jsonb_array_elements_text(k.links) as l(url)
      cross join lateral (select a.id, a.url from articles a where a.url = l.url and a.outlet_id <> ${outletId} limit 50) o
    union all
    select o.article_id, k.id, 'hyperlink', k.url from ${probeRows}
      cross join lateral (select h.article_id from article_hrefs h join articles a on a.id = h.article_id
        where k.url is not null and h.url = k.url and a.outlet_id <> ${outletId} limit 200) o`);
  if (links.length > 0) {
    await tx.execute(sql`
      insert into article_links (article_id, linked_article_id, kind, evidence)
      select article_id, linked_article_id, kind, evidence
      from jsonb_to_recordset(${json(links)}) as l(article_id int, linked_article_id int, kind text, evidence text)
      on conflict do nothing`);
  }
}

/** A record's same-title window as the probe fields `lo` and `hi`, both null when it is undated. */
function windowOf(record: ArticleRecord): { lo: string | null; hi: string | null } {
  if (!record.publishedAt) return { lo: null, hi: null };
  const { from, to } = sameTitleWindow(record.publishedAt);
  return { lo: from.toISOString(), hi: to.toISOString() };
}

function json(value: unknown): SQL {
  return sql`${JSON.stringify(value)}::jsonb`;
}

async function rowsOf<T>(tx: Tx, query: SQL): Promise<T[]> {
  return [...((await tx.execute(query)) as unknown as Iterable<T>)];
}
