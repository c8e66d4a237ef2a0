import { readFile, writeFile } from "node:fs/promises";
import { getConfig } from "../lib/config";
import { exportOpml, importOpml } from "../lib/outlets/opml";
import { parseOutletInput, removeOutlet, saveOutlet, setOutletPaused, sourcesOf } from "../lib/outlets/registry";
import { syncRegistry, REGISTRY_FILE } from "../lib/outlets/registry-file";
import { getOutletSettings } from "../lib/queries/outlet-settings";
import { listOutletsWithStats } from "../lib/queries/outlets";
import { UsageError, withDatabase, type CommandOutput } from "./cli-commands";
import { ingestSettings } from "./pipeline";
import { previewOutlet, type OutletPreview } from "./preview";

/** `outlets list|add|test|pause|resume|remove|sync|import-opml|export-opml`: the registry from the command line. */

export interface OutletFlags {
  slug?: string;
  name?: string;
  kind?: string;
  feed?: string[];
  listPage?: string[];
  sitemap?: string[];
  homepage?: string;
  language?: string[];
  country?: string;
  group?: string[];
  update?: boolean;
  output?: string;
}

export async function outletsCommand(action: string | undefined, args: string[], flags: OutletFlags): Promise<CommandOutput> {
  switch (action) {
    case "list":
      return listCommand();
    case "add":
      return addCommand(flags);
    case "pause":
    case "resume":
      return pauseCommand(oneSlug(action, args), action === "pause");
    case "remove":
      return removeCommand(oneSlug(action, args));
    case "sync":
      return syncCommand(args[0] ?? REGISTRY_FILE);
    case "test":
      return testCommand(args, flags);
    case "import-opml":
      if (args.length !== 1) throw new UsageError("outlets import-opml takes exactly one OPML file");
      return importOpmlCommand(args[0]!);
    case "export-opml":
      return exportOpmlCommand(flags.output);
    default:
      throw new UsageError(`outlets needs one of list, add, test, pause, resume, remove, sync, import-opml, export-opml${action ? `, not "${action}"` : ""}`);
  }
}

function oneSlug(action: string, args: string[]): string {
  if (args.length !== 1) throw new UsageError(`outlets ${action} takes exactly one outlet slug`);
  return args[0]!;
}

async function listCommand(): Promise<CommandOutput> {
  const rows = await withDatabase(listOutletsWithStats);
  const json = rows.map((o) => ({
    slug: o.slug, name: o.name, kind: o.kind, articles: o.articleCount, groups: o.groups,
    paused: o.health.paused, feeds: o.health.feeds, failing: o.health.failingFeeds > 0,
    consecutiveFailures: o.health.consecutiveFailures, lastSuccessAt: o.health.lastSuccessAt,
    lastErrorCode: o.health.lastErrorCode, nextAttemptAt: o.health.nextAttemptAt,
  }));
  const text = rows
    .map((o) => {
      const state = o.health.paused ? "paused" : o.health.failingFeeds > 0 ? `FAILING ×${o.health.consecutiveFailures} (${o.health.lastErrorCode})` : "ok";
      return `${o.slug.padEnd(28)} ${o.kind.padEnd(7)} ${String(o.articleCount).padStart(6)} articles  ${state}`;
    })
    .join("\n");
  return { json, text: text || "No outlets" };
}

function inputFromFlags(flags: OutletFlags & { slug: string; name: string }) {
  const kind = flags.kind ?? (flags.feed?.length ? "feed" : "scrape");
  return {
    slug: flags.slug, name: flags.name, kind: kind as "feed" | "scrape", feeds: flags.feed ?? [],
    listPages: flags.listPage ?? [], sitemaps: flags.sitemap ?? [],
    homepageUrl: flags.homepage ?? null, languages: flags.language ?? [], country: flags.country ?? null, groups: flags.group ?? [],
  };
}

async function addCommand(flags: OutletFlags): Promise<CommandOutput> {
  if (!flags.slug || !flags.name) throw new UsageError("outlets add needs --slug and --name");
  const input = inputFromFlags({ ...flags, slug: flags.slug, name: flags.name });
  const outlet = await withDatabase((db) => saveOutlet(db, input, { update: flags.update }));
  return { json: { slug: outlet.slug, name: outlet.name, kind: outlet.kind, id: outlet.id }, text: `Saved outlet ${outlet.slug}` };
}

async function pauseCommand(slug: string, paused: boolean): Promise<CommandOutput> {
  const outlet = await withDatabase((db) => setOutletPaused(db, slug, paused));
  return { json: { slug: outlet.slug, paused: outlet.paused }, text: `${outlet.slug} ${paused ? "paused" : "resumed"}` };
}

async function removeCommand(slug: string): Promise<CommandOutput> {
  const articles = await withDatabase((db) => removeOutlet(db, slug));
  return { json: { slug, removed: true, articles }, text: `Removed ${slug} and its ${articles} articles` };
}

async function syncCommand(file: string): Promise<CommandOutput> {
  const text = await readFile(file, "utf8");
  const result = await withDatabase((db) => syncRegistry(db, text));
  return { json: result, text: `${result.added.length} added, ${result.kept.length} already present` };
}

/** A saved outlet by slug, or an unsaved one from the same flags as `add`: what a fetch would ingest, storing nothing. */
async function testCommand(args: string[], flags: OutletFlags): Promise<CommandOutput> {
  if (args.length > 1) throw new UsageError("outlets test takes one outlet slug, or the same --feed/--list-page/--sitemap flags as add");
  const slug = args[0];
  const settings = slug
    ? await withDatabase((db) => getOutletSettings(db, slug))
    : parseOutletInput(inputFromFlags({ ...flags, slug: flags.slug ?? "test", name: flags.name ?? "Test" }));
  if (!settings) throw Object.assign(new Error(`No outlet with slug "${slug}"`), { code: "unknown_outlet" });
  const preview = await previewOutlet({ sources: sourcesOf(settings), scrapeRules: settings.scrapeRules, languages: settings.languages }, ingestSettings(getConfig()));
  const failed = preview.sources.filter((s) => s.status === "error").length;
  return { json: preview, text: previewText(preview), exitCode: failed > 0 ? 1 : 0 };
}

function previewText(preview: OutletPreview): string {
  if (preview.sources.length === 0) return "No sources to test: add a feed, list page or sitemap";
  return preview.sources
    .map((source) => {
      const head = `${source.kind} ${source.url}: ` + (source.status === "error" ? `FAILED (${source.errorCode}) ${source.errorMessage}` : `${source.itemsSeen} items found`);
      const items = source.items.map((i) => `  ${i.publishedAt?.slice(0, 10) ?? "date unknown"}  ${i.title ?? "(untitled)"}  [${i.textLength} chars]`);
      return [head, ...items, ...source.problems.map((p) => `  problem: ${p}`)].join("\n");
    })
    .join("\n");
}

async function importOpmlCommand(file: string): Promise<CommandOutput> {
  const text = await readFile(file, "utf8");
  const result = await withDatabase((db) => importOpml(db, text));
  const lines = [
    `${result.created.length} added, ${result.updated.length} gained sources, ${result.unchanged.length} already present`,
    ...result.failed.map((f) => `failed: ${f.outlet}: ${f.error}`),
    ...result.skipped.map((problem) => `skipped: ${problem}`),
  ];
  return { json: result, text: lines.join("\n"), exitCode: result.failed.length + result.skipped.length > 0 ? 1 : 0 };
}

async function exportOpmlCommand(output: string | undefined): Promise<CommandOutput> {
  const opml = await withDatabase((db) => exportOpml(db));
  if (!output) return { json: { opml }, text: opml.trimEnd() };
  await writeFile(output, opml);
  return { json: { file: output, bytes: Buffer.byteLength(opml) }, text: `Wrote ${output}` };
}
