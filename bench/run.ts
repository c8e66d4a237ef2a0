/**
 * `npm run bench`: every benchmark in one run, each printing its own figures beside a named peer
 * measured in the same process. Speed targets are checked here, never by timers in tests.
 */
const SECTIONS = ["./feed-parse", "./extract-article", "./pipeline"] as const;

const only = process.argv.slice(2);
for (const section of SECTIONS) {
  if (only.length && !only.some((name) => section.endsWith(name))) continue;
  const module = (await import(section)) as { default: () => Promise<void> };
  await module.default();
}
export {};
