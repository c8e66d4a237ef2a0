import { readFile } from "node:fs/promises";
import { listOutletsWithStats } from "../lib/queries/outlets";
import { removeOutlet, saveOutlet, setOutletPaused } from "../lib/outlets/registry";
import { syncRegistry, REGISTRY_FILE } from "../lib/outlets/registry-file";
import { UsageError, withDatabase, type CommandOutput } from "./cli-commands";

/** `outlets list|add|pause|resume|remove|sync`: the registry from the command line. */

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
  update?: boolean;
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
    default:
      throw new UsageError(`outlets needs one of list, add, pause, resume, remove, sync${action ? `, not "${action}"` : ""}`);
  }
}

function oneSlug(action: string, args: string[]): string {
  if (args.length !== 1) throw new UsageError(`outlets ${action} takes exactly one outlet slug`);
  return args[0]!;
}

async function listCommand(): Promise<CommandOutput> {
  const rows = await withDatabase(listOutletsWithStats);
  const json = rows.map((o) => ({
    slug: o.slug, name: o.name, kind: o.kind, articles: o.articleCount,
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

async function addCommand(flags: OutletFlags): Promise<CommandOutput> {
  if (!flags.slug || !flags.name) throw new UsageError("outlets add needs --slug and --name");
  const kind = flags.kind ?? (flags.feed?.length ? "feed" : "scrape");
  const input = {
    slug: flags.slug, name: flags.name, kind: kind as "feed" | "scrape", feeds: flags.feed ?? [],
    listPages: flags.listPage ?? [], sitemaps: flags.sitemap ?? [],
    homepageUrl: flags.homepage ?? null, languages: flags.language ?? [], country: flags.country ?? null,
  };
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
