import { parseArgs } from "node:util";
import {
  extractArticleCommand,
  importCommand,
  ingestCommand,
  parseFeedCommand,
  reextractCommand,
  statusCommand,
  UsageError,
  workerCommand,
  type CommandOutput,
} from "./cli-commands";
import { compareCommand } from "./cli-compare";
import { traceCommand } from "./cli-trace";
import { extractCommand } from "./cli-extract";
import { outletsCommand } from "./cli-outlets";
import { usersCommand } from "./cli-users";

/** `npm run --silent cli -- <command>`: with --json, exactly one JSON document on stdout; errors on stderr. */

const USAGE = `Usage: claimscope <command> [options]

Commands:
  parse-feed <file-or-url> [--json]           Parse a feed and print its items
  extract-article <file-or-url> [--url URL] [--json]
                                              Main text and metadata of one article page
  extract <file> [--url URL] [--lang xx] [--json]
                                              Stated sources and funding claims of one article
                                              (a full page, an HTML body or plain text)
  import <files…> --outlet SLUG [--url U] [--published DATE] [--json]
                                              Import saved feeds or scraped text exports
  ingest [--outlet SLUG] [--json]             Fetch feeds and scrape list pages and sitemaps now
  outlets list|add|test|pause|resume|remove|sync|import-opml|export-opml [--json]
                                              The outlet registry (add: --slug S --name N
                                              [--feed URL…] [--list-page URL…] [--sitemap URL…]
                                              [--kind feed|scrape] [--homepage U]
                                              [--language xx…] [--country CC] [--group NAME…] [--update];
                                              test SLUG, or test with add's flags: fetch and show
                                              what would be ingested, storing nothing;
                                              sync [FILE]: add what config/outlets.json lists;
                                              import-opml FILE; export-opml [--output FILE])
  users list|add|set-role|disable|enable|reset-password [--json]
                                              Dashboard accounts (--email E [--role viewer|editor|admin]
                                              [--name N] [--password P]; without --password one
                                              is generated and printed once)
  worker [--once] [--json]                    Work the shared ingest queue (--once: every due feed, then exit)
  reextract [--all] [--outlet SLUG] [--json]  Read stored articles for sources and funding claims with
                                              the current rules (--all: every article again)
  compare --outlet A --outlet B [--group G…] [--query Q] [--from D] [--to D] [--json]
                                              Framing markers, distinctive terms and sources of two or
                                              more outlets (by slug or name) side by side
  trace "SENTENCE" [--json]                   Where a claim first appeared, who repeated it, with what
                                              attribution, and what changed on the way
  status [--json]                             Outlets, articles and the last fetch`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      outlet: { type: "string", multiple: true },
      query: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      url: { type: "string" },
      lang: { type: "string" },
      published: { type: "string" },
      once: { type: "boolean", default: false },
      slug: { type: "string" },
      name: { type: "string" },
      kind: { type: "string" },
      feed: { type: "string", multiple: true },
      "list-page": { type: "string", multiple: true },
      sitemap: { type: "string", multiple: true },
      homepage: { type: "string" },
      language: { type: "string", multiple: true },
      country: { type: "string" },
      group: { type: "string", multiple: true },
      update: { type: "boolean", default: false },
      output: { type: "string" },
      email: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
      all: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command || values.help ? 0 : 2;
  }
  const outlet = oneOutlet(command, values.outlet);
  let output: CommandOutput;
  switch (command) {
    case "parse-feed":
      if (rest.length !== 1) throw new UsageError("parse-feed takes exactly one file or URL");
      output = await parseFeedCommand(rest[0]!);
      break;
    case "extract-article":
      if (rest.length !== 1) throw new UsageError("extract-article takes exactly one file or URL");
      output = await extractArticleCommand(rest[0]!, values.url);
      break;
    case "extract":
      if (rest.length !== 1) throw new UsageError("extract takes exactly one file");
      output = await extractCommand(rest[0]!, values.url, values.lang);
      break;
    case "import":
      if (!outlet) throw new UsageError("import needs --outlet SLUG");
      output = await importCommand(rest, outlet, values.url, values.published);
      break;
    case "ingest":
      output = await ingestCommand(outlet);
      break;
    case "outlets":
      output = await outletsCommand(rest[0], rest.slice(1), { ...values, listPage: values["list-page"] });
      break;
    case "users":
      output = await usersCommand(rest[0], rest.slice(1), values);
      break;
    case "worker":
      output = await workerCommand(values.once);
      break;
    case "reextract":
      output = await reextractCommand(values.all, outlet);
      break;
    case "compare":
      output = await compareCommand(values.outlet ?? [], values.query, values.from, values.to, values.group ?? []);
      break;
    case "trace":
      output = await traceCommand(rest);
      break;
    case "status":
      output = await statusCommand();
      break;
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
  for (const warning of output.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(values.json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text}\n`);
  return output.exitCode ?? 0;
}

/** Every command but compare takes at most one --outlet. */
function oneOutlet(command: string, outlets: string[] | undefined): string | undefined {
  if (command !== "compare" && outlets && outlets.length > 1) throw new UsageError(`${command} takes one --outlet`);
  return command === "compare" ? undefined : outlets?.[0];
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const code = (err as { code?: string }).code;
    const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : "";
    const message = (err instanceof Error ? err.message : String(err)) + cause;
    process.stderr.write(`error${code ? ` (${code})` : ""}: ${message}\n`);
    if (err instanceof UsageError || code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
