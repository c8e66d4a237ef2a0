import { sql } from "drizzle-orm";
import { dateParam, endOfDayExclusive } from "../lib/queries/params";
import { compareOutlets, UnknownOutletsError, type Comparison } from "../lib/queries/compare";
import { rowsOf } from "../lib/queries/sql-rows";
import { UsageError, withDatabase, type CommandOutput } from "./cli-commands";

/**
 * `compare --outlet A --outlet B [--group G] [--query Q] [--from D] [--to D]`: the compare view's numbers
 * for scripts and notebooks. Outlets are named by slug or by name; a group (by name) is one side.
 */
export async function compareCommand(outlets: string[], query?: string, from?: string, to?: string, groups: string[] = []): Promise<CommandOutput> {
  if (outlets.length + groups.length < 2) throw new UsageError("compare needs two or more sides: --outlet (a slug or a name) or --group (a group's name)");
  const period = { from: from ? day("--from", from) : undefined, to: to ? endOfDayExclusive(day("--to", to)) : undefined };
  if (period.from && period.to && period.from >= period.to) throw new UsageError("--to must not be before --from");
  const result = await withDatabase(async (db) => {
    const slugs: string[] = [];
    for (const given of outlets) {
      const [row] = await rowsOf<{ slug: string }>(db, sql`select slug from outlets where slug = ${given} or lower(name) = lower(${given}) order by slug = ${given} desc limit 1`);
      if (!row) throw new UsageError(`No outlet with slug or name "${given}"`);
      slugs.push(row.slug);
    }
    try {
      return await compareOutlets(db, { outlets: [...new Set(slugs)], groups, query, ...period });
    } catch (err) {
      if (err instanceof UnknownOutletsError) throw new UsageError(err.message);
      throw err;
    }
  });
  return { json: contract(result), text: describe(result) };
}

function day(flag: string, value: string): Date {
  const parsed = dateParam.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag} ${parsed.error.issues[0]?.message ?? "is not a date"}: ${value}`);
  return parsed.data;
}

/** The documented JSON, field for field. */
function contract(c: Comparison) {
  return {
    outlets: c.outlets,
    markers: c.markers.map(({ group, variant, outlet, count, per10k, inQuotes }) => ({ group, variant, outlet, count, per10k, inQuotes })),
    terms: c.terms.map(({ outlet, term, z }) => ({ outlet, term, z })),
    sources: c.sources,
  };
}

function describe(c: Comparison): string {
  const lines = c.outlets.map((o) => `${o.name} (${o.slug}): ${o.articles} articles, ${o.words} words`);
  let group = "";
  for (const m of c.markers) {
    if (m.group !== group) lines.push("", m.groupLabel);
    group = m.group;
    lines.push(`  ${m.variant.padEnd(28)} ${m.outlet.padEnd(24)} ${String(m.count).padStart(5)}  ${m.per10k.toFixed(2).padStart(7)} per 10k  ${m.inQuotes} in quotes`);
  }
  for (const o of c.outlets) {
    const terms = c.terms.filter((t) => t.outlet === o.slug).slice(0, 10).map((t) => `${t.term} (${t.z})`);
    if (terms.length) lines.push("", `Distinctive for ${o.name}: ${terms.join(", ")}`);
  }
  return lines.join("\n");
}
