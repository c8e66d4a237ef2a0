import { createHash } from "node:crypto";
import type postgres from "postgres";
import type { Database } from "../../db/client";
import { EXTRACTION_VERSION } from "../../lib/extract";
import { aliasKey } from "../../lib/entities/categorise";
import { compileLexicon, countMarkers } from "../../lib/framing/markers";
import { lexiconHash, loadLexicon } from "../../lib/queries/marker-lexicon";
import { corpusContext, generateArticle, type SyntheticArticle } from "./article";
import { loadFixtures } from "./fixtures";
import { syntheticOutlets } from "./outlets";
import { Random } from "./random";

/**
 * Writes a synthetic corpus: outlets, articles, and what the extraction and marker jobs would have
 * stored for them (sources, funding claims, entities and aliases, mentions, article_extractions,
 * article_markers counted with the stored lexicon, article_marker_states under its hash). Batches are
 * multi-row INSERTs from arrays (unnest), one transaction per batch, sent while the next is generated.
 */

export const SYNTHETIC_PREFIX = "synthetic:";
export const SYNTHETIC_META_KEY = "synthetic_corpus";
/** Bumped when the generator's output changes: a stored corpus of another version is not reused. */
export const GENERATOR_VERSION = 1;

export interface SeedOptions {
  articles: number;
  outlets?: number;
  seed?: number;
  batchSize?: number;
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticMeta {
  version: number;
  articles: number;
  outlets: number;
  seed: number;
  complete: boolean;
}

export class NonSyntheticDataError extends Error {}

function clientOf(db: Database): postgres.Sql {
  return (db as unknown as { $client: postgres.Sql }).$client;
}

export async function readSyntheticMeta(db: Database): Promise<SyntheticMeta | null> {
  const sql = clientOf(db);
  const [row] = await sql<{ value: SyntheticMeta }[]>`select value from app_meta where key = ${SYNTHETIC_META_KEY}`;
  return row?.value ?? null;
}

// Secondary indexes and foreign keys of the bulk-loaded tables: dropped for a large load and rebuilt once after it.
const BULK_TABLES = ["articles", "sources", "funding_claims", "mentions", "article_extractions", "article_markers", "article_marker_states", "entity_aliases"];
const BULK_THRESHOLD = 20_000;

export async function seedSynthetic(db: Database, options: SeedOptions): Promise<{ articles: number; seconds: number }> {
  const started = performance.now();
  const sql = clientOf(db);
  const seed = options.seed ?? 1;
  const outletCount = options.outlets ?? 40;
  const batchSize = options.batchSize ?? 1000;

  const [{ foreign }] = (await sql<{ foreign: boolean }[]>`
    select exists (select 1 from articles where dedup_key not like ${SYNTHETIC_PREFIX + "%"}) as foreign`) as unknown as [{ foreign: boolean }];
  if (foreign && !options.force) {
    throw new NonSyntheticDataError(
      "This database already holds articles that are not synthetic (ingested or imported ones). Synthetic articles would mix with them in every count and chart. Use an empty database, or pass --force to add them anyway.",
    );
  }

  const groups = await loadLexicon(db);
  const lexicon = compileLexicon(groups);
  const hash = lexiconHash(groups);
  const ctx = corpusContext(loadFixtures(), syntheticOutlets(outletCount));

  // Outlets (kept if present) and the entities citing them needs.
  await sql`insert into outlets ${sql(ctx.outlets.map((o) => ({
    slug: o.slug, name: o.name, kind: "feed", homepage_url: `https://${o.domain}/`, languages: [o.language], country: o.country,
  })))} on conflict (slug) do nothing`;
  const outletRows = await sql<{ id: number; slug: string }[]>`select id, slug from outlets where slug in ${sql(ctx.outlets.map((o) => o.slug))}`;
  const outletId = ctx.outlets.map((o) => outletRows.find((r) => r.slug === o.slug)!.id);
  // Entities (and their aliases) in two statements; one already known by its first alias is reused.
  const keys = ctx.entities.map((e) => aliasKey(e.aliases[0]!));
  const known = new Map((await sql<{ key: string; entity_id: number }[]>`select key, entity_id from entity_aliases where key in ${sql(keys)}`).map((r) => [r.key, r.entity_id]));
  const fresh = ctx.entities.filter((_, i) => !known.has(keys[i]!));
  const created = fresh.length
    ? await sql<{ id: number; name: string }[]>`insert into entities ${sql(fresh.map((e) => ({
        name: e.name, kind: e.kind, category: e.category, outlet_id: e.outlet === null ? null : outletId[e.outlet]!,
      })))} returning id, name`
    : [];
  const createdId = new Map(created.map((r) => [r.name, r.id]));
  const entityIds = ctx.entities.map((e, i) => known.get(keys[i]!) ?? createdId.get(e.name)!);
  const aliases = new Map<string, { key: string; alias: string; entity_id: number }>();
  ctx.entities.forEach((e, i) => {
    if (known.has(keys[i]!)) return;
    for (const alias of e.aliases) if (!aliases.has(aliasKey(alias))) aliases.set(aliasKey(alias), { key: aliasKey(alias), alias, entity_id: entityIds[i]! });
  });
  if (aliases.size) await sql`insert into entity_aliases ${sql([...aliases.values()])} on conflict (key) do nothing`;

  const [{ max }] = (await sql<{ max: number }[]>`select coalesce(max(id), 0)::int as max from articles`) as unknown as [{ max: number }];
  const firstId = max + 1;
  await sql`insert into app_meta (key, value) values (${SYNTHETIC_META_KEY}, ${JSON.stringify({ version: GENERATOR_VERSION, articles: options.articles, outlets: outletCount, seed, complete: false })}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now()`;

  const bulk = options.articles >= BULK_THRESHOLD;
  const restore = bulk ? await dropForBulkLoad(sql) : [];

  // lz4 compresses the long texts several times faster than the default pglz, where the server has it.
  const lz4 = await sql`select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)`.then((r) => r.length > 0, () => false);

  const random = new Random(seed);
  // Two batches in flight on two connections: Postgres's work (search vectors, TOAST) is most of the cost.
  const inFlight: Promise<unknown>[] = [];
  for (let done = 0; done < options.articles; ) {
    const n = Math.min(batchSize, options.articles - done);
    const batch: SyntheticArticle[] = [];
    for (let i = 0; i < n; i++) batch.push(generateArticle(random, ctx, firstId + done + i));
    const statements = batchStatements(batch, firstId + done, { outletId, domains: ctx.outlets.map((o) => o.domain), entityIds, lexicon, hash, seed });
    if (inFlight.length >= 2) await inFlight.shift();
    inFlight.push(sql.begin((tx) => [...(lz4 ? [tx`set local default_toast_compression = 'lz4'`] : []), ...statements(tx)]));
    done += n;
    options.onProgress?.(done, options.articles);
  }
  await Promise.all(inFlight);

  await sql`select setval(pg_get_serial_sequence('articles', 'id'), greatest((select max(id) from articles), 1))`;
  for (const statement of restore) await sql.unsafe(statement);
  if (bulk) await sql`analyze`;
  await sql`update app_meta set value = ${JSON.stringify({ version: GENERATOR_VERSION, articles: options.articles, outlets: outletCount, seed, complete: true })}::jsonb, updated_at = now()
    where key = ${SYNTHETIC_META_KEY}`;
  return { articles: options.articles, seconds: (performance.now() - started) / 1000 };
}

/** Drops the bulk tables' secondary indexes and foreign keys; returns the statements that put them back. */
async function dropForBulkLoad(sql: postgres.Sql): Promise<string[]> {
  const indexes = await sql<{ name: string; def: string }[]>`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ${sql(BULK_TABLES)}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  const foreignKeys = await sql<{ table: string; name: string; def: string }[]>`
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c where c.contype = 'f' and c.conrelid::regclass::text in ${sql(BULK_TABLES)}`;
  for (const fk of foreignKeys) await sql.unsafe(`alter table ${fk.table} drop constraint "${fk.name}"`);
  for (const index of indexes) await sql.unsafe(`drop index "${index.name}"`);
  return [
    "set maintenance_work_mem = '1GB'",
    ...indexes.map((i) => i.def),
    ...foreignKeys.map((fk) => `alter table ${fk.table} add constraint "${fk.name}" ${fk.def}`),
  ];
}

interface BatchContext {
  outletId: number[];
  domains: string[];
  entityIds: number[];
  lexicon: ReturnType<typeof compileLexicon>;
  hash: string;
  seed: number;
}

const TEXT = 25;
const col = (sql: Pick<postgres.Sql, "array">, values: (string | number | boolean | null)[]) =>
  sql.array(values.map((v) => (v === null ? null : String(v))) as string[], TEXT);

function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

function batchStatements(batch: SyntheticArticle[], firstId: number, c: BatchContext) {
  const ids = batch.map((_, i) => firstId + i);
  const now = new Date().toISOString();
  const a = {
    id: [] as number[], outlet: [] as number[], key: [] as string[], url: [] as string[], title: [] as string[], titleKey: [] as string[],
    authors: [] as string[], published: [] as (string | null)[], language: [] as string[], html: [] as string[], text: [] as string[],
    words: [] as number[], hash: [] as string[], credits: [] as string[],
  };
  const s = { article: [] as number[], kind: [] as string[], name: [] as string[], entity: [] as (number | null)[], category: [] as string[], url: [] as (string | null)[],
    domain: [] as (string | null)[], quote: [] as (string | null)[], anonymous: [] as boolean[], sentence: [] as string[], start: [] as number[], end: [] as number[] };
  const f = { article: [] as number[], funder: [] as (string | null)[], funderEntity: [] as (number | null)[], recipient: [] as (string | null)[], recipientEntity: [] as (number | null)[],
    amount: [] as (number | null)[], currency: [] as (string | null)[], year: [] as (number | null)[], relation: [] as string[], self: [] as boolean[], hedged: [] as boolean[],
    attributed: [] as (string | null)[], sentence: [] as string[], start: [] as number[], end: [] as number[] };
  const m = { article: [] as number[], entity: [] as number[], start: [] as number[], end: [] as number[] };
  const e = { article: [] as number[], language: [] as string[], figures: [] as number[], attributed: [] as number[] };
  const k = { article: [] as number[], group: [] as string[], variant: [] as string[], count: [] as number[], inQuotes: [] as number[], scare: [] as number[] };

  batch.forEach((article, i) => {
    const id = ids[i]!;
    a.id.push(id);
    a.outlet.push(c.outletId[article.outlet]!);
    a.key.push(`${SYNTHETIC_PREFIX}${c.seed}:${id}`);
    const day = article.publishedAt?.toISOString().slice(0, 10).replace(/-/g, "/") ?? "undated";
    a.url.push(`https://${c.domains[article.outlet]}/${day}/${id}`);
    a.title.push(article.title);
    a.titleKey.push(article.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
    a.authors.push(arrayLiteral(article.authors));
    a.published.push(article.publishedAt?.toISOString() ?? null);
    a.language.push(article.language);
    a.html.push(article.html);
    a.text.push(article.text);
    a.words.push(article.wordCount);
    a.hash.push(createHash("sha256").update(article.text).digest("hex"));
    a.credits.push(arrayLiteral(article.credits));
    for (const src of article.sources) {
      s.article.push(id); s.kind.push(src.kind); s.name.push(src.name); s.entity.push(src.entity === null ? null : c.entityIds[src.entity]!);
      s.category.push(src.category); s.url.push(src.url); s.domain.push(src.domain); s.quote.push(src.quote); s.anonymous.push(src.anonymous);
      s.sentence.push(src.sentence); s.start.push(src.start); s.end.push(src.end);
    }
    for (const claim of article.funding) {
      f.article.push(id); f.funder.push(claim.funder); f.funderEntity.push(claim.funderEntity === null ? null : c.entityIds[claim.funderEntity]!);
      f.recipient.push(claim.recipient); f.recipientEntity.push(claim.recipientEntity === null ? null : c.entityIds[claim.recipientEntity]!);
      f.amount.push(claim.amount); f.currency.push(claim.currency); f.year.push(claim.year); f.relation.push(claim.relation);
      f.self.push(claim.selfDisclosed); f.hedged.push(claim.hedged); f.attributed.push(claim.attributedTo); f.sentence.push(claim.sentence);
      f.start.push(claim.start); f.end.push(claim.end);
    }
    const seen = new Set<string>();
    for (const mention of article.mentions) {
      const entity = c.entityIds[mention.entity]!;
      if (seen.has(`${entity}:${mention.start}`)) continue;
      seen.add(`${entity}:${mention.start}`);
      m.article.push(id); m.entity.push(entity); m.start.push(mention.start); m.end.push(mention.end);
    }
    e.article.push(id); e.language.push(article.language); e.figures.push(article.figureSentences); e.attributed.push(article.attributedFigureSentences);
    for (const count of countMarkers(article.text, c.lexicon)) {
      k.article.push(id); k.group.push(count.group); k.variant.push(count.variant); k.count.push(count.count); k.inQuotes.push(count.inQuotes); k.scare.push(count.inScareQuotes);
    }
  });

  return (sql: postgres.TransactionSql) => {
    const q = [
      sql`insert into articles (id, outlet_id, dedup_key, guid, url, title, title_key, authors, published_at, language, content_html, content_text, word_count, content_hash, credits, first_seen_at, last_seen_at)
        overriding system value
        select id, outlet_id, key, key, url, title, title_key, authors::text[], published::timestamptz, language, html, body, words, hash, credits::text[], coalesce(published::timestamptz, ${now}::timestamptz), ${now}::timestamptz
        from unnest(${col(sql, a.id)}::int[], ${col(sql, a.outlet)}::int[], ${col(sql, a.key)}::text[], ${col(sql, a.url)}::text[], ${col(sql, a.title)}::text[],
          ${col(sql, a.titleKey)}::text[], ${col(sql, a.authors)}::text[], ${col(sql, a.published)}::text[], ${col(sql, a.language)}::text[], ${col(sql, a.html)}::text[],
          ${col(sql, a.text)}::text[], ${col(sql, a.words)}::int[], ${col(sql, a.hash)}::text[], ${col(sql, a.credits)}::text[])
          as u(id, outlet_id, key, url, title, title_key, authors, published, language, html, body, words, hash, credits)`,
      sql`insert into sources (article_id, kind, name, entity_id, category, url, domain, quote, anonymous, sentence, start, "end")
        select * from unnest(${col(sql, s.article)}::int[], ${col(sql, s.kind)}::text[], ${col(sql, s.name)}::text[], ${col(sql, s.entity)}::int[], ${col(sql, s.category)}::text[],
          ${col(sql, s.url)}::text[], ${col(sql, s.domain)}::text[], ${col(sql, s.quote)}::text[], ${col(sql, s.anonymous)}::bool[], ${col(sql, s.sentence)}::text[],
          ${col(sql, s.start)}::int[], ${col(sql, s.end)}::int[])`,
      sql`insert into funding_claims (article_id, funder, funder_entity_id, recipient, recipient_entity_id, amount, currency, year, relation, self_disclosed, hedged, attributed_to, sentence, start, "end")
        select * from unnest(${col(sql, f.article)}::int[], ${col(sql, f.funder)}::text[], ${col(sql, f.funderEntity)}::int[], ${col(sql, f.recipient)}::text[],
          ${col(sql, f.recipientEntity)}::int[], ${col(sql, f.amount)}::float8[], ${col(sql, f.currency)}::text[], ${col(sql, f.year)}::int[], ${col(sql, f.relation)}::text[],
          ${col(sql, f.self)}::bool[], ${col(sql, f.hedged)}::bool[], ${col(sql, f.attributed)}::text[], ${col(sql, f.sentence)}::text[], ${col(sql, f.start)}::int[], ${col(sql, f.end)}::int[])`,
      sql`insert into mentions (article_id, entity_id, start, "end")
        select * from unnest(${col(sql, m.article)}::int[], ${col(sql, m.entity)}::int[], ${col(sql, m.start)}::int[], ${col(sql, m.end)}::int[])`,
      sql`insert into article_extractions (article_id, version, language, figure_sentences, attributed_figure_sentences, extracted_at)
        select u.article_id, ${EXTRACTION_VERSION}::int, u.language, u.figures, u.attributed, ${now}::timestamptz
        from unnest(${col(sql, e.article)}::int[], ${col(sql, e.language)}::text[], ${col(sql, e.figures)}::int[], ${col(sql, e.attributed)}::int[]) as u(article_id, language, figures, attributed)`,
      sql`insert into article_markers (article_id, group_key, variant, count, in_quotes, in_scare_quotes)
        select * from unnest(${col(sql, k.article)}::int[], ${col(sql, k.group)}::text[], ${col(sql, k.variant)}::text[], ${col(sql, k.count)}::int[],
          ${col(sql, k.inQuotes)}::int[], ${col(sql, k.scare)}::int[])`,
      sql`insert into article_marker_states (article_id, lexicon_hash, counted_at)
        select id, ${c.hash}, ${now}::timestamptz from unnest(${col(sql, ids)}::int[]) as u(id)`,
    ];
    return q;
  };
}
