import { inArray, sql } from "drizzle-orm";
import type { Database, Transaction as Tx } from "../db/client";
import { entities, entityAliases, outlets, type EntityKind, type SourceCategory } from "../db/schema";
import { aliasKey } from "../lib/entities/categorise";
import { KNOWN_ENTITIES } from "../lib/entities/known";

/**
 * Entities and their aliases in the database: the seeded table of well-known funders and outlets, the
 * monitored outlets themselves (by name and domain), and entities created for names no alias knows.
 */

type Queryable = Database | Tx;

export interface ResolvedEntity {
  id: number;
  category: SourceCategory;
  outletId: number | null;
}

export interface NewEntity {
  name: string;
  kind: EntityKind;
  category: SourceCategory;
}

/** Entities by alias key, for the keys that have one. */
export async function lookupAliases(db: Queryable, keys: string[]): Promise<Map<string, ResolvedEntity>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ key: entityAliases.key, id: entities.id, category: entities.category, outletId: entities.outletId })
    .from(entityAliases)
    .innerJoin(entities, sql`${entities.id} = ${entityAliases.entityId}`)
    .where(inArray(entityAliases.key, unique));
  return new Map(rows.map(({ key, ...entity }) => [key, entity]));
}

/**
 * One entity per key not yet known, created with its first spelling. When two workers race for the
 * same name, the alias's primary key picks one winner and the loser's entity is removed.
 */
export async function createEntities(db: Queryable, wanted: Map<string, NewEntity>): Promise<Map<string, ResolvedEntity>> {
  const resolved = new Map<string, ResolvedEntity>();
  // Sorted, so concurrent jobs take the aliases' row locks in one order and never deadlock.
  const entries = [...wanted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.length === 0) return resolved;
  const created = await db
    .insert(entities)
    .values(entries.map(([, e]) => e))
    .returning({ id: entities.id, category: entities.category });
  const claimed = await db
    .insert(entityAliases)
    .values(entries.map(([key, e], i) => ({ key, alias: e.name, entityId: created[i]!.id })))
    .onConflictDoNothing()
    .returning({ key: entityAliases.key });
  const won = new Set(claimed.map((c) => c.key));
  const lost = entries.flatMap(([key], i) => (won.has(key) ? [] : [created[i]!.id]));
  if (lost.length > 0) await db.delete(entities).where(inArray(entities.id, lost));
  entries.forEach(([key], i) => {
    if (won.has(key)) resolved.set(key, { id: created[i]!.id, category: created[i]!.category, outletId: null });
  });
  const others = await lookupAliases(db, entries.map(([key]) => key).filter((key) => !won.has(key)));
  for (const [key, entity] of others) resolved.set(key, entity);
  return resolved;
}

/** A known or monitored entity and the spellings that name it. */
export interface AliasedEntity {
  name: string;
  kind: EntityKind;
  category: SourceCategory;
  outletId: number | null;
  aliases: string[];
}

/**
 * Makes sure every seeded entity and every monitored outlet has its entity and aliases; an outlet
 * the seeded table already knows (Eurasianet) becomes that entity's outlet. Safe to run often.
 * Returns them all with their ids, for finding their mentions in text.
 */
export async function ensureKnownEntities(db: Database): Promise<(AliasedEntity & { id: number })[]> {
  return db.transaction(async (tx) => {
    // One job at a time seeds, so two starting workers do not both create the seeded entities.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('claimscope.known_entities'))`);
    return seedKnownEntities(tx);
  });
}

async function seedKnownEntities(db: Tx): Promise<(AliasedEntity & { id: number })[]> {
  const monitored = await db.select({ id: outlets.id, name: outlets.name, homepageUrl: outlets.homepageUrl }).from(outlets);
  const wanted: AliasedEntity[] = KNOWN_ENTITIES.map((e) => ({ ...e, outletId: null, aliases: [e.name, ...e.aliases] }));
  for (const outlet of monitored) {
    // "Novastan (English)" is cited as "Novastan", and linked to by its domain.
    const shortName = outlet.name.replace(/\s*\([^)]*\)\s*/gu, " ").trim();
    const aliases = [outlet.name, shortName, ...(outlet.homepageUrl ? [hostOf(outlet.homepageUrl)] : [])].filter((a): a is string => !!a);
    const seeded = wanted.find((e) => aliases.some((a) => e.aliases.some((b) => aliasKey(a) === aliasKey(b))));
    if (seeded) {
      seeded.outletId = outlet.id;
      seeded.aliases.push(...aliases);
    } else {
      wanted.push({ name: outlet.name, kind: "outlet", category: "outlet", outletId: outlet.id, aliases });
    }
  }
  const existing = await lookupAliases(db, wanted.flatMap((e) => e.aliases.map(aliasKey)));
  const ensured: (AliasedEntity & { id: number })[] = [];
  for (const entity of wanted) {
    const keys = [...new Set(entity.aliases.map(aliasKey).filter(Boolean))];
    let id = keys.map((k) => existing.get(k)?.id).find((x) => x !== undefined);
    if (id === undefined) {
      const [row] = await db.insert(entities).values({ name: entity.name, kind: entity.kind, category: entity.category, outletId: entity.outletId }).returning({ id: entities.id });
      id = row!.id;
    } else if (entity.outletId !== null && existing.get(keys.find((k) => existing.get(k)?.id === id)!)?.outletId !== entity.outletId) {
      await db.update(entities).set({ outletId: entity.outletId, kind: "outlet" }).where(sql`${entities.id} = ${id}`);
    }
    const missing = keys.filter((k) => !existing.has(k));
    if (missing.length > 0) {
      const spelling = new Map(entity.aliases.map((a) => [aliasKey(a), a]));
      await db.insert(entityAliases).values(missing.map((key) => ({ key, alias: spelling.get(key)!, entityId: id! }))).onConflictDoNothing();
    }
    ensured.push({ ...entity, id });
  }
  return ensured;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
