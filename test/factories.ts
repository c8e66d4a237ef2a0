import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Sample inputs and feed documents for tests. */

export const NOVASTAN_SNAPSHOT = "sample/novastan-war-in-ukraine.rss.xml";
export const SCRAPED_SAMPLE = "sample/scraped-opinion-central-asia.txt";

export function readSample(file: string): string {
  return readFileSync(file, "utf8");
}

/** An RSS 2.0 document with the given items' inner XML. */
export function rssFeed(items: string[], channelLink = "https://example.org/"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example</title><link>${channelLink}</link><description>Test feed</description><language>en</language>
${items.map((i) => `<item>${i}</item>`).join("\n")}
</channel></rss>`;
}

/** Public real-world feeds shipped beside the project (../shared/benchmarks), used as robustness inputs. */
export const REAL_FEEDS_DIR = path.resolve("..", "shared", "benchmarks", "real-feeds");

export function requireRealFeeds(): string {
  if (!existsSync(REAL_FEEDS_DIR)) {
    throw new Error(`The real-feed benchmark data is missing: expected it at ${REAL_FEEDS_DIR} (../shared/benchmarks beside the project).`);
  }
  return REAL_FEEDS_DIR;
}
