/**
 * One parser on one large feed, alone in its own process so its peak memory is its own.
 * Usage: feed-memory-child.ts ours|rss-parser MEGABYTES — prints {ms, items, peakRssDeltaMb} as JSON.
 */
import Parser from "rss-parser";
import { parseFeed } from "../ingest/parse";
import { syntheticFeed } from "./synthetic-feed";

const [which, megabytes] = process.argv.slice(2);
const bytesPerItem = Buffer.byteLength(syntheticFeed({ items: 100 })) / 100;
const text = syntheticFeed({ items: Math.round((Number(megabytes) * 1024 * 1024) / bytesPerItem) });
globalThis.gc?.();
const baselineKb = process.memoryUsage().rss / 1024;
const started = performance.now();
const items = which === "ours" ? parseFeed(text).items.length : (await new Parser().parseString(text)).items.length;
const ms = performance.now() - started;
const peakRssDeltaMb = (process.resourceUsage().maxRSS - baselineKb) / 1024;
console.log(JSON.stringify({ ms, items, megabytes: Buffer.byteLength(text) / 1024 / 1024, peakRssDeltaMb }));
