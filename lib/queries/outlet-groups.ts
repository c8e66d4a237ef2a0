import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { rowsOf } from "./sql-rows";

/**
 * Outlet groups: the names outlets carry in `outlets.groups` ("Russian state media"), matched without
 * regard to case. A comparison's or a chart's side is an outlet or a group's outlets together.
 */

export class UnknownOutletsError extends Error {}

export interface Side {
  /** The outlet's slug, or `group:NAME`. */
  key: string;
  name: string;
  outletIds: number[];
  /** A group's outlets, by slug. */
  members?: string[];
}

export const GROUP_PREFIX = "group:";

export interface OutletGroup {
  name: string;
  outlets: { slug: string; name: string }[];
}

/** The ids of a group's outlets, as a subquery. */
export function groupOutletIds(name: string): SQL {
  return sql`(select id from outlets where exists (select 1 from unnest(groups) g where lower(g) = lower(${name})))`;
}

/** Every group with its outlets, by name. */
export async function listOutletGroups(db: Database): Promise<OutletGroup[]> {
  const rows = await rowsOf<{ name: string; slug: string; outlet_name: string }>(db, sql`
    select g.name, o.slug, o.name as outlet_name from outlets o cross join lateral unnest(o.groups) as g(name)
    order by lower(g.name), o.name`);
  const groups = new Map<string, OutletGroup>();
  for (const row of rows) {
    const key = row.name.toLowerCase();
    if (!groups.has(key)) groups.set(key, { name: row.name, outlets: [] });
    groups.get(key)!.outlets.push({ slug: row.slug, name: row.outlet_name });
  }
  return [...groups.values()];
}

/** The outlets of a group named (in any case), or null when no outlet carries the name. */
export async function groupOutlets(db: Database, name: string): Promise<{ name: string; outlets: { id: number; slug: string }[] } | null> {
  const rows = await rowsOf<{ id: number; slug: string; group_name: string }>(db, sql`
    select o.id, o.slug, g.name as group_name from outlets o cross join lateral unnest(o.groups) as g(name)
    where lower(g.name) = lower(${name}) order by o.name, o.id`);
  return rows.length ? { name: rows[0]!.group_name, outlets: rows.map(({ id, slug }) => ({ id, slug })) } : null;
}

/** Outlets by slug and groups by name as sides, in the order given; unknown ones are named in one error. */
export async function resolveSides(db: Database, slugs: string[], groups: string[]): Promise<Side[]> {
  const rows = slugs.length
    ? await rowsOf<{ id: number; slug: string; name: string }>(db, sql`
        select id, slug, name from outlets where slug in (${sql.join(slugs.map((s) => sql`${s}`), sql`, `)})`)
    : [];
  const missing = slugs.filter((slug) => !rows.some((o) => o.slug === slug)).map((s) => `no outlet with slug "${s}"`);
  const sides: Side[] = [...rows].sort((a, b) => a.name.localeCompare(b.name)).map((o) => ({ key: o.slug, name: o.name, outletIds: [o.id] }));
  const seen = new Set<string>();
  for (const given of groups) {
    const group = await groupOutlets(db, given);
    if (!group) missing.push(`no outlet group named "${given}"`);
    else if (!seen.has(group.name.toLowerCase())) {
      seen.add(group.name.toLowerCase());
      sides.push({ key: GROUP_PREFIX + group.name, name: `${group.name} (group)`, outletIds: group.outlets.map((o) => o.id), members: group.outlets.map((o) => o.slug) });
    }
  }
  if (missing.length) throw new UnknownOutletsError(`${missing.join("; ").replace(/^n/, "N")}`);
  if (!sides.length) throw new UnknownOutletsError("Pick at least one outlet or outlet group");
  return sides;
}
