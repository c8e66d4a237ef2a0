import postgres from "postgres";
import { sql } from "drizzle-orm";
import { connectDatabase, type Database, type DatabaseHandle } from "../db/client";
import { Secret } from "../lib/config";
import { compareOutlets } from "../lib/queries/compare";
import { getCoverage } from "../lib/queries/coverage";
import { getArticle } from "../lib/queries/articles";
import { searchArticles } from "../lib/queries/search";
import type { SearchQuery } from "../lib/queries/search-params";
import { getArticleStatements } from "../lib/queries/statements";
import { rowsOf } from "../lib/queries/sql-rows";
import { runTermCounts } from "../ingest/term-job";
import { Random } from "../scripts/synthetic/random";
import { GENERATOR_VERSION, readSyntheticMeta, seedSynthetic } from "../scripts/synthetic/seed";
import { dropDatabase } from "../test/drop-database";

/**
 * The dashboard's queries over a synthetic corpus on the Postgres server (DESIGN.md §5, at 1,000,000
 * articles): the coverage timeline, the outlet comparison, full-text search and the article page, p50
 * and p95 over varied parameters, each beside its target. The peer is the plainest SQL that touches
 * the same rows (a count of the scope, an index lookup), measured in the same run: how far each query
 * is from the floor the data itself sets. The corpus is kept in a database named by its size and
 * reused when complete (`-- queries --articles N` picks the size; the default is 1,000,000).
 */

const RUNS = 40;
const WARMUP = 3;

interface Case {
  name: string;
  target: number;
  peerName: string;
  run: (i: number) => Promise<unknown>;
  peer: (i: number) => Promise<unknown>;
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.ceil(at)]! - sorted[lo]!) * (at - lo);
}

async function timings(run: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run(RUNS + i);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

async function corpus(adminUrl: string, articles: number): Promise<DatabaseHandle> {
  const name = `cs_bench_queries_${articles}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (exists) {
      const handle = await connectDatabase({ databaseUrl: new Secret(url.toString()), dataDir: "" }, { role: "owner" });
      const meta = await readSyntheticMeta(handle.db);
      if (meta?.complete && meta.articles === articles && meta.version === GENERATOR_VERSION) {
        console.log(`  reusing database ${name} (${articles.toLocaleString("en")} synthetic articles, seed ${meta.seed})`);
        return handle;
      }
      await handle.close();
      console.log(`  database ${name} is incomplete or from another generator version: recreating it`);
      await dropDatabase(admin, name);
    }
    await admin.unsafe(`create database ${name}`);
    const handle = await connectDatabase({ databaseUrl: new Secret(url.toString()), dataDir: "" }, { role: "owner" });
    let last = 0;
    const result = await seedSynthetic(handle.db, {
      articles,
      onProgress: (done, total) => {
        if (done < total && performance.now() - last < 5000) return;
        last = performance.now();
        process.stderr.write(`\r  generating: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} articles`);
      },
    });
    process.stderr.write("\n");
    console.log(`  generated ${articles.toLocaleString("en")} synthetic articles into ${name} in ${result.seconds.toFixed(0)} s`);
    return handle;
  } finally {
    await admin.end({ timeout: 5 });
  }
}

function cases(db: Database, slugs: string[], outletIds: Map<string, number>, maxId: number): Case[] {
  const random = new Random(7);
  const pickOutlets = (n: number) => {
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(random.pick(slugs));
    return [...chosen];
  };
  const periods: ({ from: Date; to: Date } | null)[] = [
    null,
    { from: new Date("2022-01-01T00:00:00Z"), to: new Date("2023-01-01T00:00:00Z") },
    { from: new Date("2014-01-01T00:00:00Z"), to: new Date("2016-01-01T00:00:00Z") },
    { from: new Date("2024-06-01T00:00:00Z"), to: new Date("2024-09-01T00:00:00Z") },
  ];
  const memo = <T>(make: (i: number) => T) => {
    const made = new Map<number, T>();
    return (i: number) => {
      if (!made.has(i)) made.set(i, make(i));
      return made.get(i)!;
    };
  };

  const coverage = memo((i) => ({
    unit: i % 2 ? ("week" as const) : ("month" as const),
    outlets: i % 3 === 0 ? undefined : pickOutlets(random.int(1, 5)),
    ...(periods[i % periods.length] ?? {}),
  }));
  const compare = memo((i) => ({
    outlets: pickOutlets(random.int(2, 3)),
    query: i % 2 ? random.pick(["migrants", "gas", "мигрантов", "grant", "Kazakhstan", "Regierung"]) : undefined,
    ...(periods[i % periods.length] ?? {}),
  }));
  const COMMON = ["Russia", "migrants", "government", "мигрантов", "Kazakhstan", "guerre", "Regierung"];
  // Fixture words recur across the corpus (every fixture paragraph is reused); a figure with a name is rare.
  const RARE = ["Alzhanov 3917", "4711 Bishkek", "Jumabekova 2873", "Жумагулов 1871", "Badakhchan 3541", "Schwedt 2291"];
  const search = memo((i): SearchQuery => {
    const filtered = i % 4 >= 2;
    const period = periods[1 + (i % 3)]!;
    return {
      q: i % 2 ? random.pick(COMMON) : random.pick(RARE),
      sort: "relevance",
      page: 1,
      to: undefined,
      ...(filtered ? (i % 8 < 4 ? { outlet: random.pick(slugs) } : { language: random.pick(["en", "ru", "fr", "de"] as const), ...period }) : {}),
    };
  });
  const article = memo(() => random.int(1, maxId));
  const inList = (list: string[]) => sql.join(list.map((s) => sql`${outletIds.get(s)!}`), sql`, `);
  const periodSql = (p: { from?: Date; to?: Date }) =>
    sql`${p.from ? sql` and published_at >= ${p.from.toISOString()}` : sql``}${p.to ? sql` and published_at < ${p.to.toISOString()}` : sql``}`;

  return [
    {
      name: "coverage timeline (getCoverage, week/month, all or 1–5 outlets)",
      target: 50,
      peerName: "count(*) of the dated articles in scope",
      run: (i) => getCoverage(db, coverage(i)),
      peer: (i) => {
        const o = coverage(i);
        return rowsOf(db, sql`select count(*) from articles where published_at is not null${o.outlets ? sql` and outlet_id in (${inList(o.outlets)})` : sql``}${periodSql(o)}`);
      },
    },
    {
      name: "outlet comparison (compareOutlets, 2–3 outlets, ± query)",
      target: 300,
      peerName: "articles and words per outlet in scope",
      run: (i) => compareOutlets(db, compare(i)),
      peer: (i) => {
        const o = compare(i);
        return rowsOf(db, sql`select outlet_id, count(*), sum(word_count) from articles where outlet_id in (${inList(o.outlets)})${periodSql(o)}
          ${o.query ? sql` and search_vector @@ websearch_to_tsquery('simple', ${o.query})` : sql``} group by outlet_id`);
      },
    },
    {
      name: "full-text search (searchArticles, common/rare words, ± filters)",
      target: 100,
      peerName: "first 20 ids matching, GIN index alone",
      run: (i) => searchArticles(db, search(i)),
      peer: (i) => rowsOf(db, sql`select id from articles where search_vector @@ websearch_to_tsquery('simple', ${search(i).q}) limit 20`),
    },
    {
      // DESIGN.md §5 names no target for the page; the search target is the budget here.
      name: "article page (getArticle + getArticleStatements; budget)",
      target: 100,
      peerName: "the article row by primary key",
      run: async (i) => {
        const id = article(i);
        await getArticle(db, id);
        await getArticleStatements(db, id);
      },
      peer: (i) => rowsOf(db, sql`select * from articles where id = ${article(i)}`),
    },
  ];
}

export default async function benchQueries(args: string[] = []): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const flag = args.indexOf("--articles");
  const articles = flag >= 0 ? Number(args[flag + 1]) : 1_000_000;
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles needs a positive whole number, not ${args[flag + 1]}`);
  console.log(`\nqueries: ${articles.toLocaleString("en")} synthetic articles on the Postgres server, ${RUNS} runs each after ${WARMUP} warm-up runs, ms`);
  if (!adminUrl) {
    throw new Error("No Postgres server to measure against: set BENCH_DATABASE_URL to a role that may create databases, e.g. postgres://claimscope:claimscope@localhost:5432/postgres");
  }
  const handle = await corpus(adminUrl, articles);
  try {
    const { db } = handle;
    await countPendingTerms(db);
    const outlets = await rowsOf<{ id: number; slug: string }>(db, sql`select id, slug from outlets order by id`);
    const [{ max } = { max: 1 }] = await rowsOf<{ max: number }>(db, sql`select max(id)::int as max from articles`);
    const slugs = outlets.map((o) => o.slug);
    const ids = new Map(outlets.map((o) => [o.slug, o.id]));
    console.log(`${"".padEnd(66)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"target p95".padStart(11)}      ${"peer p50".padStart(9)} ${"p95".padStart(7)}  ours/peer (p50)`);
    for (const c of cases(db, slugs, ids, max)) {
      const ours = await timings(c.run);
      const peer = await timings(c.peer);
      const mark = ours.p95 < c.target ? "✓" : "✗";
      console.log(
        `${c.name.padEnd(66)} ${ours.p50.toFixed(1).padStart(7)} ${ours.p95.toFixed(1).padStart(7)} ${`< ${c.target}`.padStart(11)} ${mark}    ${peer.p50.toFixed(1).padStart(9)} ${peer.p95.toFixed(1).padStart(7)}  ${(ours.p50 / Math.max(peer.p50, 0.01)).toFixed(1).padStart(6)}×   peer: ${c.peerName}`,
      );
    }
  } finally {
    await handle.close();
  }
}

/** The term job's queue, worked before measuring: a fresh corpus (or one from before term statistics) has every month queued. */
async function countPendingTerms(db: Database): Promise<void> {
  const [{ pending } = { pending: 0 }] = await rowsOf<{ pending: number }>(db, sql`select count(*)::int as pending from term_months_pending`);
  if (pending === 0) return;
  const started = performance.now();
  const result = await runTermCounts(db);
  console.log(`  counted the words of ${result.months.toLocaleString("en")} outlet months (${result.articles.toLocaleString("en")} articles) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
