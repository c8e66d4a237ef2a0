import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Transaction } from "../../db/client";
import { claims, watchAlerts, watchlists, type WatchKind } from "../../db/schema";
import { aliasKey } from "../entities/categorise";
import { idArray, rowsOf } from "../queries/sql-rows";

/**
 * Watchlists: a user follows a search, a claim or an entity, and each article that arrives after and
 * matches raises an alert for them, once per article. Alerts are raised by the extraction job, when
 * an article's claims and mentions are known (`raiseAlerts`).
 */

export const watchlistInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("search"), query: z.string().trim().min(2, "A saved search needs words to find").max(500) }),
  z.object({ kind: z.literal("claim"), claimId: z.number().int().positive() }),
  z.object({ kind: z.literal("entity"), entity: z.string().trim().min(2, "Name the person or organisation to follow").max(200) }),
]);

export type WatchlistInput = z.input<typeof watchlistInput>;

export class WatchTargetError extends Error {}

export interface Watchlist {
  id: number;
  kind: WatchKind;
  label: string;
  unread: number;
  createdAt: string;
}

export interface WatchAlert {
  id: number;
  watchlist: { id: number; label: string; kind: WatchKind };
  article: { id: number; title: string; outlet: string; publishedAt: string | null };
  createdAt: string;
  read: boolean;
}

export async function createWatchlist(db: Database, userId: number, input: WatchlistInput): Promise<Watchlist> {
  const parsed = watchlistInput.parse(input);
  let values: typeof watchlists.$inferInsert;
  if (parsed.kind === "search") {
    values = { userId, kind: "search", label: `Search: ${parsed.query}`, query: parsed.query };
  } else if (parsed.kind === "claim") {
    const [claim] = await db.select({ sentence: claims.sentence }).from(claims).where(eq(claims.id, parsed.claimId));
    if (!claim) throw new WatchTargetError(`No claim ${parsed.claimId}`);
    values = { userId, kind: "claim", label: `Claim: ${claim.sentence.length > 120 ? `${claim.sentence.slice(0, 117)}…` : claim.sentence}`, claimId: parsed.claimId };
  } else {
    const [entity] = await rowsOf<{ id: number; name: string }>(db, sql`
      select e.id, e.name from entity_aliases a join entities e on e.id = a.entity_id where a.key = ${aliasKey(parsed.entity)} limit 1`);
    if (!entity) throw new WatchTargetError(`No person or organisation known as "${parsed.entity}" yet: it must have been named in an article`);
    values = { userId, kind: "entity", label: `Entity: ${entity.name}`, entityId: entity.id };
  }
  const [row] = await db.insert(watchlists).values(values).returning();
  return { id: row!.id, kind: row!.kind, label: row!.label, unread: 0, createdAt: row!.createdAt.toISOString() };
}

export async function listWatchlists(db: Pick<Database, "execute">, userId: number): Promise<Watchlist[]> {
  const rows = await rowsOf<{ id: number; kind: WatchKind; label: string; unread: number; created_at: string | Date }>(db, sql`
    select w.id, w.kind, w.label, w.created_at,
      (select count(*)::int from watch_alerts a where a.watchlist_id = w.id and a.read_at is null) as unread
    from watchlists w where w.user_id = ${userId} order by w.created_at desc, w.id desc`);
  return rows.map((r) => ({ id: r.id, kind: r.kind, label: r.label, unread: r.unread, createdAt: new Date(r.created_at).toISOString() }));
}

export async function listAlerts(db: Pick<Database, "execute">, userId: number, limit = 100): Promise<WatchAlert[]> {
  const rows = await rowsOf<{ id: number; watchlist_id: number; label: string; kind: WatchKind; article_id: number; title: string; outlet: string; published_at: string | Date | null; created_at: string | Date; read_at: string | Date | null }>(db, sql`
    select al.id, w.id as watchlist_id, w.label, w.kind, a.id as article_id, a.title, o.name as outlet, a.published_at, al.created_at, al.read_at
    from watch_alerts al join watchlists w on w.id = al.watchlist_id join articles a on a.id = al.article_id join outlets o on o.id = a.outlet_id
    where w.user_id = ${userId} order by al.created_at desc, al.id desc limit ${limit}`);
  return rows.map((r) => ({
    id: r.id, watchlist: { id: r.watchlist_id, label: r.label, kind: r.kind },
    article: { id: r.article_id, title: r.title, outlet: r.outlet, publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null },
    createdAt: new Date(r.created_at).toISOString(), read: r.read_at !== null,
  }));
}

export async function unreadAlerts(db: Pick<Database, "execute">, userId: number): Promise<number> {
  const [row] = await rowsOf<{ unread: number }>(db, sql`
    select count(*)::int as unread from watch_alerts a join watchlists w on w.id = a.watchlist_id where w.user_id = ${userId} and a.read_at is null`);
  return row?.unread ?? 0;
}

export async function markAlertsRead(db: Database, userId: number): Promise<number> {
  const rows = await db.update(watchAlerts).set({ readAt: new Date() })
    .where(and(isNull(watchAlerts.readAt), sql`${watchAlerts.watchlistId} in (select id from watchlists where user_id = ${userId})`))
    .returning({ id: watchAlerts.id });
  return rows.length;
}

/** Only the owner's own watchlist goes; false when there is none of that id to remove. */
export async function deleteWatchlist(db: Database, userId: number, id: number): Promise<boolean> {
  const rows = await db.delete(watchlists).where(and(eq(watchlists.id, id), eq(watchlists.userId, userId))).returning({ id: watchlists.id });
  return rows.length > 0;
}

/**
 * Alerts for the given articles, now that their claims and mentions are stored: a saved search the
 * article matches (in its own language's reading, as the search page does), a tracked claim it
 * repeats, an entity it names. Only articles first seen after the watchlist was made alert, so an
 * article read again by newer rules raises nothing new.
 */
export async function raiseAlerts(tx: Pick<Transaction, "execute">, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const ids = idArray(articleIds);
  await tx.execute(sql`
    insert into watch_alerts (watchlist_id, article_id)
    select w.id, a.id from watchlists w join articles a on a.id = any(${ids}) and a.first_seen_at >= w.created_at
    where w.kind = 'search' and a.search_vector @@ websearch_to_tsquery(claimscope_search_config(a.language), w.query)
    union
    select w.id, o.article_id from watchlists w join claim_occurrences o on o.claim_id = w.claim_id and o.article_id = any(${ids})
      join articles a on a.id = o.article_id and a.first_seen_at >= w.created_at
    where w.kind = 'claim'
    union
    select w.id, m.article_id from watchlists w join mentions m on m.entity_id = w.entity_id and m.article_id = any(${ids})
      join articles a on a.id = m.article_id and a.first_seen_at >= w.created_at
    where w.kind = 'entity'
    on conflict do nothing`);
}
