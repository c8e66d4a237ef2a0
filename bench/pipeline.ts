import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { connectDatabase, type DatabaseHandle } from "../db/client";
import { articles } from "../db/schema";
import { Secret } from "../lib/config";
import { decodeBody } from "../ingest/decode";
import { normaliseFeedItem } from "../ingest/normalise";
import { parseFeed } from "../ingest/parse";
import { runExtraction } from "../ingest/extraction-job";
import { ingestFeedBody } from "../ingest/pipeline";
import { upsertOutlet } from "../ingest/store";
import { dropDatabase } from "../test/drop-database";
import { syntheticFeed } from "./synthetic-feed";

/**
 * The full pipeline (decode → parse → normalise → dedup → store with revisions and cross-outlet
 * links) in articles per second, on the Postgres server (DESIGN.md §5 target: 1,000/s) and on the
 * embedded database. The peer is the floor any store pays: the same rows written by one plain
 * drizzle INSERT per batch, with no dedup, revisions or links. The extraction job's rate over the
 * stored articles, and the combined rate of storing and reading them, are printed beside.
 */

const ITEMS = 1000;
const BATCH = 250;
const TARGET_PER_SECOND = 1000;

interface Backend {
  name: string;
  open(): Promise<DatabaseHandle & { dispose(): Promise<void> }>;
}

function serverBackend(adminUrl: string): Backend {
  return {
    name: "Postgres server",
    async open() {
      const name = `cs_bench_${randomBytes(6).toString("hex")}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const handle = await connectDatabase({ databaseUrl: new Secret(url.toString()), dataDir: "" }, { role: "owner" });
      return {
        ...handle,
        dispose: async () => {
          await handle.close();
          await dropDatabase(admin, name);
          await admin.end({ timeout: 5 });
        },
      };
    },
  };
}

const embeddedBackend: Backend = {
  name: "PGlite (embedded)",
  async open() {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "cs-bench-"));
    const handle = await connectDatabase({ databaseUrl: null, dataDir }, { role: "owner" });
    return { ...handle, dispose: async () => { await handle.close(); await rm(dataDir, { recursive: true, force: true }); } };
  },
};

/** Feeds of BATCH items each: a monitoring desk's fetches, one transaction per feed as in production. */
function feedBodies(revision: number): Uint8Array[] {
  const bodies: Uint8Array[] = [];
  for (let firstItem = 0; firstItem < ITEMS; firstItem += BATCH) bodies.push(Buffer.from(syntheticFeed({ items: BATCH, firstItem, revision })));
  return bodies;
}

interface Rates {
  first: number;
  /** The extraction job over the articles just stored: sources, funding claims, entities, mentions. */
  extract: number;
  again: number;
  revised: number;
  peer: number;
}

async function measure(backend: Backend): Promise<Rates> {
  const handle = await backend.open();
  try {
    const { db } = handle;
    const outlet = await upsertOutlet(db, { slug: "bench", name: "Bench", kind: "feed" });
    const run = async (bodies: Uint8Array[]): Promise<number> => {
      const started = performance.now();
      let stored = 0;
      for (const body of bodies) {
        const report = await ingestFeedBody(db, outlet, { source: "bench", body, contentType: "application/rss+xml" });
        if (report.status !== "ok") throw new Error(`bench ingest failed: ${report.errorCode} ${report.errorMessage}`);
        stored += report.itemsSeen;
      }
      return stored / ((performance.now() - started) / 1000);
    };
    const first = await run(feedBodies(0));
    const extractStarted = performance.now();
    const job = await runExtraction(db);
    const extract = (job.extracted + job.failed) / ((performance.now() - extractStarted) / 1000);
    const again = await run(feedBodies(0));
    const revised = await run(feedBodies(1));

    const peerOutlet = await upsertOutlet(db, { slug: "bench-peer", name: "Bench peer", kind: "feed" });
    const started = performance.now();
    for (const body of feedBodies(2)) {
      const parsed = parseFeed(decodeBody(body, "application/rss+xml").text);
      const rows = parsed.items.map((item) => {
        const { categories: _c, linkedUrls: _l, ...fields } = normaliseFeedItem(item, { language: parsed.feed.language });
        return { outletId: peerOutlet.id, ...fields };
      });
      await db.insert(articles).values(rows);
    }
    const peer = ITEMS / ((performance.now() - started) / 1000);
    return { first, extract, again, revised, peer };
  } finally {
    await handle.dispose();
  }
}

export default async function benchPipeline(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  console.log(`\npipeline: ${ITEMS} items in feeds of ${BATCH}, decode → parse → normalise → store, articles/s`);
  console.log(`${"".padEnd(20)} ${"new".padStart(8)} ${"re-fetch".padStart(9)} ${"edited".padStart(8)} ${"plain INSERT (peer)".padStart(20)}  ours/peer ${"extract job".padStart(12)} ${"new+extract".padStart(12)}`);
  const backends = [embeddedBackend, ...(adminUrl ? [serverBackend(adminUrl)] : [])];
  for (const backend of backends) {
    const r = await measure(backend);
    console.log(
      `${backend.name.padEnd(20)} ${r.first.toFixed(0).padStart(8)} ${r.again.toFixed(0).padStart(9)} ${r.revised.toFixed(0).padStart(8)} ${r.peer.toFixed(0).padStart(20)}  ${(r.first / r.peer).toFixed(2).padStart(8)}× ${r.extract.toFixed(0).padStart(12)} ${(1 / (1 / r.first + 1 / r.extract)).toFixed(0).padStart(12)}` +
        (backend.name === "Postgres server" ? `   target ${TARGET_PER_SECOND}/s for new: ${r.first >= TARGET_PER_SECOND ? "met" : "NOT met"}` : ""),
    );
  }
  if (!adminUrl) {
    throw new Error(
      "No Postgres server to measure against: set BENCH_DATABASE_URL to a role that may create databases, e.g. postgres://claimscope:claimscope@localhost:5432/postgres",
    );
  }
}
