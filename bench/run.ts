/**
 * `npm run bench [-- section…]`: every benchmark in one run, each printing its own figures beside a
 * named peer measured in the same process. Speed targets are checked here, never by timers in tests.
 * A section that fails is reported and the others still run; the exit code then says so.
 */
const SECTIONS = ["./feed-parse", "./extract-article", "./extract-statements", "./pipeline", "./queries"] as const;

// Section names, then options for the sections (`-- queries --articles 100000`).
const argv = process.argv.slice(2);
const firstOption = argv.findIndex((a) => a.startsWith("--"));
const only = firstOption < 0 ? argv : argv.slice(0, firstOption);
const options = firstOption < 0 ? [] : argv.slice(firstOption);
const unknown = only.filter((name) => !SECTIONS.some((s) => s.endsWith(name)));
if (unknown.length) {
  console.error(`Unknown benchmark section: ${unknown.join(", ")}. Sections: ${SECTIONS.map((s) => s.slice(2)).join(", ")}`);
  process.exit(2);
}
const failed: string[] = [];
for (const section of SECTIONS) {
  if (only.length && !only.some((name) => section.endsWith(name))) continue;
  try {
    const module = (await import(section)) as { default: (options: string[]) => Promise<void> };
    await module.default(options);
  } catch (err) {
    failed.push(section.slice(2));
    console.error(`\n✗ ${section.slice(2)} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}
if (failed.length) process.exitCode = 1;
export {};
