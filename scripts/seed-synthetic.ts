import { parseArgs } from "node:util";
import { connectDatabase } from "../db/client";
import { getConfig, Secret } from "../lib/config";
import { NonSyntheticDataError, seedSynthetic } from "./synthetic/seed";

/**
 * `npm run seed:synthetic -- --articles N [--outlets M] [--seed S] [--database-url URL] [--force]`:
 * fills a database with a reproducible synthetic corpus for measuring queries at scale. Without
 * --database-url it writes where the app would (DATABASE_URL, else the embedded database).
 */

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    outlets: { type: "string", default: "40" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string" },
    force: { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const outlets = Number(values.outlets);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(outlets) || outlets < 1 || !Number.isInteger(seed)) {
  console.error("Usage: npm run seed:synthetic -- --articles N [--outlets M] [--seed S] [--database-url URL] [--force]");
  process.exit(2);
}

const config = getConfig();
const databaseUrl = values["database-url"] ? new Secret(values["database-url"]) : config.databaseUrl;
const handle = await connectDatabase({ databaseUrl, dataDir: config.dataDir }, { role: "owner" });
let last = 0;
try {
  const started = performance.now();
  const result = await seedSynthetic(handle.db, {
    articles, outlets, seed, force: values.force,
    onProgress: (done, total) => {
      const now = performance.now();
      if (done < total && now - last < 2000) return;
      last = now;
      const seconds = (now - started) / 1000;
      process.stderr.write(`\r${done.toLocaleString("en")} / ${total.toLocaleString("en")} articles, ${Math.round(done / seconds).toLocaleString("en")}/s, ${seconds.toFixed(0)} s`);
    },
  });
  process.stderr.write(`\nWrote ${result.articles.toLocaleString("en")} synthetic articles in ${result.seconds.toFixed(1)} s (indexes rebuilt).\n`);
} catch (err) {
  if (err instanceof NonSyntheticDataError) {
    console.error(`\nRefused: ${err.message}`);
    process.exitCode = 1;
  } else throw err;
} finally {
  await handle.close();
}
