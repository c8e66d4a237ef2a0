import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { rowsOf } from "./sql-rows";
import type { FundingClaim, FundingRelation } from "../extract/types";
import { FUNDING_PAGE_SIZE, type FundingQuery } from "./funding-params";

/**
 * Every stored funding claim: as a table (who funds whom, how much, when, which outlet asserts it,
 * on whose word, hedged or not) and as a network of funders and recipients whose edges say which
 * outlets assert them. Parties resolved to an entity are shown by the entity's name, so "NED" and
 * "the National Endowment for Democracy" meet in one node.
 */

/** A stored claim with its parties by entity name where resolved, and the article and outlet asserting it. */
export interface FundingClaimRow
  extends Pick<FundingClaim, "funder" | "recipient" | "amount" | "currency" | "year" | "relation" | "selfDisclosed" | "hedged" | "attributedTo" | "sentence"> {
  id: number;
  funderEntityId: number | null;
  recipientEntityId: number | null;
  article: { id: number; title: string; publishedAt: string | null };
  outlet: { slug: string; name: string };
}

export interface FundingClaimPage {
  total: number;
  page: number;
  pageSize: number;
  rows: FundingClaimRow[];
}

const FUNDER = sql`coalesce(fe.name, fc.funder)`;
const RECIPIENT = sql`coalesce(re.name, fc.recipient)`;

const SORT_COLUMNS: Record<FundingQuery["sort"], SQL> = {
  published: sql`a.published_at`,
  funder: sql`lower(${FUNDER})`,
  recipient: sql`lower(${RECIPIENT})`,
  amount: sql`fc.amount`,
  year: sql`fc.year`,
  outlet: sql`lower(o.name)`,
};

const FROM = sql`
  from funding_claims fc
  join articles a on a.id = fc.article_id
  join outlets o on o.id = a.outlet_id
  left join entities fe on fe.id = fc.funder_entity_id
  left join entities re on re.id = fc.recipient_entity_id`;

function conditions(q: Omit<FundingQuery, "sort" | "dir" | "page">): SQL {
  const parts: SQL[] = [sql`true`];
  if (q.outlet) parts.push(sql`o.slug = ${q.outlet}`);
  if (q.relation) parts.push(sql`fc.relation = ${q.relation}`);
  if (q.hedged) parts.push(sql`fc.hedged = ${q.hedged === "yes"}`);
  if (q.self) parts.push(sql`fc.self_disclosed = ${q.self === "yes"}`);
  if (q.attributed) parts.push(q.attributed === "yes" ? sql`fc.attributed_to is not null` : sql`fc.attributed_to is null`);
  if (q.party) {
    const like = `%${q.party.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Any spelling of the party counts: "NED" finds the claims naming the National Endowment for Democracy in full.
    parts.push(sql`(${FUNDER} ilike ${like} or ${RECIPIENT} ilike ${like} or fc.funder ilike ${like} or fc.recipient ilike ${like}
      or exists (select 1 from entity_aliases ea where ea.entity_id in (fc.funder_entity_id, fc.recipient_entity_id) and ea.alias ilike ${like}))`);
  }
  return sql.join(parts, sql` and `);
}

interface ClaimRecord {
  id: number;
  funder: string | null;
  recipient: string | null;
  funder_entity_id: number | null;
  recipient_entity_id: number | null;
  amount: number | null;
  currency: string | null;
  year: number | null;
  relation: FundingRelation;
  self_disclosed: boolean;
  hedged: boolean;
  attributed_to: string | null;
  sentence: string;
  article_id: number;
  title: string;
  published_at: string | Date | null;
  outlet_slug: string;
  outlet_name: string;
}

/**
 * Claims matching `where` (SQL over the aliases fc, a, o, fe, re), in `order`. The outlet profile
 * selects its lists through it too.
 */
export async function selectFundingClaims(db: Database, where: SQL, order: SQL, limit: number | null, offset = 0): Promise<FundingClaimRow[]> {
  const rows = await rowsOf<ClaimRecord>(db, sql`
    select fc.id, ${FUNDER} as funder, ${RECIPIENT} as recipient, fc.funder_entity_id, fc.recipient_entity_id,
      fc.amount, fc.currency, fc.year, fc.relation, fc.self_disclosed, fc.hedged, fc.attributed_to, fc.sentence,
      a.id as article_id, a.title, a.published_at, o.slug as outlet_slug, o.name as outlet_name
    ${FROM}
    where ${where}
    order by ${order}
    ${limit === null ? sql`` : sql`limit ${limit} offset ${offset}`}`);
  return rows.map((r) => ({
    id: r.id, funder: r.funder, recipient: r.recipient, funderEntityId: r.funder_entity_id, recipientEntityId: r.recipient_entity_id,
    amount: r.amount === null ? null : Number(r.amount), currency: r.currency, year: r.year, relation: r.relation,
    selfDisclosed: r.self_disclosed, hedged: r.hedged, attributedTo: r.attributed_to, sentence: r.sentence,
    article: { id: r.article_id, title: r.title, publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null },
    outlet: { slug: r.outlet_slug, name: r.outlet_name },
  }));
}

function selectClaims(db: Database, q: FundingQuery, limit: number | null, offset: number): Promise<FundingClaimRow[]> {
  const direction = q.dir === "asc" ? sql`asc` : sql`desc`;
  return selectFundingClaims(db, conditions(q), sql`${SORT_COLUMNS[q.sort]} ${direction} nulls last, fc.id ${direction}`, limit, offset);
}

export async function listFundingClaims(db: Database, q: FundingQuery): Promise<FundingClaimPage> {
  const [counted] = await rowsOf<{ total: number }>(db, sql`select count(*)::int as total ${FROM} where ${conditions(q)}`);
  const rows = await selectClaims(db, q, FUNDING_PAGE_SIZE, (q.page - 1) * FUNDING_PAGE_SIZE);
  return { total: Number(counted?.total ?? 0), page: q.page, pageSize: FUNDING_PAGE_SIZE, rows };
}

/** Every claim the filters select, for export. */
export async function allFundingClaims(db: Database, q: FundingQuery): Promise<FundingClaimRow[]> {
  return selectClaims(db, q, null, 0);
}

export interface FundingEdge {
  funder: string;
  recipient: string;
  relations: FundingRelation[];
  claims: number;
  /** Who asserts the edge, with how many claims each. */
  assertedBy: { slug: string; name: string; claims: number }[];
  selfDisclosed: boolean;
}

export interface FundingNetwork {
  funders: string[];
  recipients: string[];
  edges: FundingEdge[];
}

/** The network of claims naming both parties; an outlet's own disclosure counts as it asserting it. */
export async function getFundingNetwork(db: Database, q: FundingQuery): Promise<FundingNetwork> {
  const rows = await rowsOf<{ funder: string; recipient: string; relations: FundingRelation[]; slug: string; name: string; claims: number; self: boolean }>(db, sql`
    select ${FUNDER} as funder, ${RECIPIENT} as recipient, array_agg(distinct fc.relation) as relations,
      o.slug, o.name, count(*)::int as claims, bool_or(fc.self_disclosed) as self
    ${FROM}
    where ${conditions(q)} and ${FUNDER} is not null and ${RECIPIENT} is not null
    group by 1, 2, o.slug, o.name
    order by 1, 2, o.name`);
  const edges = new Map<string, FundingEdge>();
  for (const r of rows) {
    const key = `${r.funder}\u0000${r.recipient}`;
    const edge = edges.get(key) ?? { funder: r.funder, recipient: r.recipient, relations: [], claims: 0, assertedBy: [], selfDisclosed: false };
    edge.relations = [...new Set([...edge.relations, ...r.relations])];
    edge.claims += Number(r.claims);
    edge.assertedBy.push({ slug: r.slug, name: r.name, claims: Number(r.claims) });
    edge.selfDisclosed ||= r.self;
    edges.set(key, edge);
  }
  const list = [...edges.values()].sort((a, b) => b.claims - a.claims || a.funder.localeCompare(b.funder));
  return {
    funders: [...new Set(list.map((e) => e.funder))].sort((a, b) => a.localeCompare(b)),
    recipients: [...new Set(list.map((e) => e.recipient))].sort((a, b) => a.localeCompare(b)),
    edges: list,
  };
}
