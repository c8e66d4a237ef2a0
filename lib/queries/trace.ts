import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { figureKey, type Figure } from "../claims/figures";
import { changesFrom, claimContainment, claimSimilarity, isSameClaim, type ClaimChange } from "../claims/match";
import { claimSignature, signatureCache, type ClaimSignature } from "../claims/signature";
import type { ReviewStatus } from "../../db/schema";
import { currentStatuses } from "../reviews/claim-reviews";
import { detectLanguage } from "../text/language";
import { fullTextQuery } from "./search-sql";
import { idArray, rowsOf } from "./sql-rows";

/**
 * The provenance chain of a pasted sentence: the stored claims it states, found by the band keys of
 * its MinHash (a whole sentence) or by its words through the claim wordings' text index (a fragment
 * such as "12,000 soldiers from Central Asia", which shares too few shingles with any sentence to
 * meet it in a band), held to its figures; then every occurrence of those claims, oldest first, the
 * first marked, each with the attribution its article gives, what changed since the first, and the
 * citations between them (a hyperlink from one article to another, an attribution naming a
 * monitored outlet). This is the `cli trace --json` contract and the trace page's data.
 */

export interface TraceCitation {
  kind: "hyperlink" | "attribution";
  /** The occurrence's article this one cites, when it is in the chain. */
  articleId: number | null;
  outlet: string;
}

export interface TraceOccurrence {
  articleId: number;
  claimId: number;
  outlet: string;
  outletName: string;
  url: string | null;
  title: string;
  published: string | null;
  sentence: string;
  attributedTo: string | null;
  hedged: boolean;
  figures: Figure[];
  /** How closely the sentence says what was pasted: shared shingles, or the share of the pasted words it holds. */
  similarity: number;
  first: boolean;
  changes: ClaimChange[];
  citations: TraceCitation[];
}

export interface Trace {
  claim: string;
  occurrences: TraceOccurrence[];
  /** The claims the chain is made of, each with its review status. */
  claims: { id: number; status: ReviewStatus }[];
}

/** A fragment is held to wordings holding all its words; this many at most are compared. */
const TEXT_CANDIDATES = 500;

interface CandidateRow {
  id: number;
  claim_id: number;
  sentence: string;
  language: string;
}

interface OccurrenceRow extends CandidateRow {
  article_id: number;
  attributed_to: string | null;
  hedged: boolean;
  outlet_id: number;
  outlet_slug: string;
  outlet_name: string;
  url: string | null;
  title: string;
  published_at: string | Date | null;
}

export async function traceClaim(db: Pick<Database, "execute">, pasted: string): Promise<Trace> {
  const text = pasted.trim();
  const language = detectLanguage(text) ?? "en";
  const signature = claimSignature(text, language);
  const signatureOf = signatureCache();
  const claimIds = await matchingClaims(db, signature, signatureOf);
  if (claimIds.length === 0) return { claim: text, occurrences: [], claims: [] };
  return chain(db, claimIds, signature, signatureOf);
}

/** One claim's chain, as the claim page shows it; null for no such claim. */
export async function claimChain(db: Pick<Database, "execute">, claimId: number): Promise<Trace | null> {
  const [claim] = await rowsOf<{ sentence: string }>(db, sql`select sentence from claims where id = ${claimId}`);
  if (!claim) return null;
  const trace = await chain(db, [claimId], claimSignature(claim.sentence, detectLanguage(claim.sentence) ?? "en"), signatureCache());
  return trace.occurrences.length ? trace : { claim: claim.sentence, occurrences: [], claims: trace.claims };
}

type SignatureOf = ReturnType<typeof signatureCache>;

async function chain(db: Pick<Database, "execute">, claimIds: number[], pasted: ClaimSignature, signatureOf: SignatureOf): Promise<Trace> {
  const rows = await rowsOf<OccurrenceRow>(db, sql`
    select o.id, o.claim_id, o.sentence, o.language, o.article_id, o.attributed_to, o.hedged,
      a.outlet_id, ou.slug as outlet_slug, ou.name as outlet_name, a.url, a.title, a.published_at
    from claim_occurrences o join articles a on a.id = o.article_id join outlets ou on ou.id = a.outlet_id
    where o.claim_id = any(${idArray(claimIds)})
    order by a.published_at asc nulls last, a.id, o.start`);
  const citations = await citationsBetween(db, rows);
  const statuses = await currentStatuses(db, claimIds);
  const claims = claimIds.map((id) => ({ id, status: statuses.get(id)! }));
  const firstRow = rows[0];
  if (!firstRow) return { claim: "", occurrences: [], claims };
  const stateOf = (row: OccurrenceRow) => ({ figures: signatureOf(row.sentence, row.language).figures, attributedTo: row.attributed_to, hedged: row.hedged });
  const firstState = stateOf(firstRow);
  return {
    claim: firstRow.sentence,
    occurrences: rows.map((row, i) => {
      const own = signatureOf(row.sentence, row.language);
      return {
        articleId: row.article_id, claimId: row.claim_id, outlet: row.outlet_slug, outletName: row.outlet_name, url: row.url, title: row.title,
        published: row.published_at ? new Date(row.published_at).toISOString() : null,
        sentence: row.sentence, attributedTo: row.attributed_to, hedged: row.hedged, figures: own.figures,
        similarity: Math.round(similarityToPasted(pasted, own) * 100) / 100,
        first: i === 0,
        changes: i === 0 ? [] : changesFrom(firstState, stateOf(row)),
        citations: citations.get(row.id) ?? [],
      };
    }),
    claims,
  };
}

function similarityToPasted(pasted: ClaimSignature, occurrence: ClaimSignature): number {
  const words = pasted.terms.length ? pasted.terms.filter((t) => occurrence.terms.includes(t)).length / pasted.terms.length : 0;
  return Math.max(claimSimilarity(pasted, occurrence), claimContainment(pasted, occurrence), pasted.shingles.size < occurrence.shingles.size ? words : 0);
}

/** The claims the pasted text states: by band keys, and by its words and figures when it is a fragment. */
async function matchingClaims(db: Pick<Database, "execute">, signature: ClaimSignature, signatureOf: SignatureOf): Promise<number[]> {
  const found = new Set<number>();
  if (signature.bands.length) {
    const byBands = await rowsOf<CandidateRow>(db, sql`
      select v.id, v.claim_id, v.sentence, v.language from claim_variants v where v.bands && ${idArray(signature.bands)}`);
    for (const row of byBands) if (isSameClaim(signature, signatureOf(row.sentence, row.language))) found.add(row.claim_id);
  }
  // Two words and a figure, or three words, say enough to look for; "Central Asia" alone does not.
  if (signature.terms.length >= 3 || (signature.terms.length >= 2 && signature.figures.length > 0)) {
    const words = fullTextQuery(signature.terms.join(" "));
    const byWords = await rowsOf<CandidateRow>(db, sql`${words.with}
      select a.id, a.claim_id, a.sentence, a.language from claim_variants a cross join queries where ${words.match} limit ${TEXT_CANDIDATES}`);
    const wanted = signature.figures.map(figureKey);
    for (const row of byWords) {
      const figures = new Set(signatureOf(row.sentence, row.language).figures.map(figureKey));
      if (wanted.every((f) => figures.has(f))) found.add(row.claim_id);
    }
  }
  return [...found];
}

/**
 * For each occurrence, what it cites in the chain: a hyperlink from its article to another
 * occurrence's article, or an attribution naming a monitored outlet (the outlet's earliest
 * occurrence when it has one in the chain).
 */
async function citationsBetween(db: Pick<Database, "execute">, rows: OccurrenceRow[]): Promise<Map<number, TraceCitation[]>> {
  const byArticle = new Map<number, OccurrenceRow>();
  for (const row of rows) if (!byArticle.has(row.article_id)) byArticle.set(row.article_id, row);
  const articleIds = [...byArticle.keys()];
  const links = await rowsOf<{ article_id: number; linked_article_id: number }>(db, sql`
    select article_id, linked_article_id from article_links
    where kind = 'hyperlink' and article_id = any(${idArray(articleIds)}) and linked_article_id = any(${idArray(articleIds)})`);
  const outlets = await rowsOf<{ slug: string; name: string }>(db, sql`select slug, name from outlets`);
  const outletNamed = new Map(outlets.map((o) => [o.name.toLowerCase(), o.slug]));
  const citations = new Map<number, TraceCitation[]>();
  const add = (row: OccurrenceRow, citation: TraceCitation) => citations.set(row.id, [...(citations.get(row.id) ?? []), citation]);
  for (const link of links) {
    const from = byArticle.get(link.article_id)!;
    add(from, { kind: "hyperlink", articleId: link.linked_article_id, outlet: byArticle.get(link.linked_article_id)!.outlet_slug });
  }
  for (const row of rows) {
    const slug = row.attributed_to ? outletNamed.get(row.attributed_to.toLowerCase()) : undefined;
    if (!slug || slug === row.outlet_slug) continue;
    const cited = rows.find((r) => r.outlet_slug === slug);
    add(row, { kind: "attribution", articleId: cited?.article_id ?? null, outlet: slug });
  }
  return citations;
}
