import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import type { ReviewStatus } from "../../db/schema";
import { rowsOf } from "../queries/sql-rows";

/** Every claim an editor has given a verdict (its newest review not "unverified"), with its first appearance. */

export interface ReviewedClaim {
  id: number;
  claim: string;
  status: Exclude<ReviewStatus, "unverified">;
  note: string;
  evidenceUrls: string[];
  reviewedBy: string;
  reviewedAt: string;
  appearances: number;
  first: { articleId: number; url: string | null; title: string; outlet: string; published: string | null } | null;
}

interface Row {
  id: number;
  sentence: string;
  status: Exclude<ReviewStatus, "unverified">;
  note: string;
  evidence_urls: string[];
  user_email: string;
  created_at: string | Date;
  appearances: number;
  article_id: number | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published_at: string | Date | null;
}

export async function listReviewedClaims(db: Pick<Database, "execute">): Promise<ReviewedClaim[]> {
  const rows = await rowsOf<Row>(db, sql`
    with latest as (
      select distinct on (claim_id) claim_id, status, note, evidence_urls, user_email, created_at
      from claim_reviews order by claim_id, created_at desc, id desc)
    select c.id, c.sentence, l.status, l.note, l.evidence_urls, l.user_email, l.created_at,
      (select count(*)::int from claim_occurrences o where o.claim_id = c.id) as appearances,
      f.article_id, f.url, f.title, f.outlet, f.published_at
    from latest l join claims c on c.id = l.claim_id
    left join lateral (
      select o.article_id, a.url, a.title, ou.name as outlet, a.published_at
      from claim_occurrences o join articles a on a.id = o.article_id join outlets ou on ou.id = a.outlet_id
      where o.claim_id = c.id order by a.published_at asc nulls last, a.id limit 1) f on true
    where l.status <> 'unverified'
    order by l.created_at desc, c.id`);
  return rows.map((r) => ({
    id: r.id, claim: r.sentence, status: r.status, note: r.note, evidenceUrls: r.evidence_urls, reviewedBy: r.user_email,
    reviewedAt: new Date(r.created_at).toISOString(), appearances: r.appearances,
    first: r.article_id === null ? null : {
      articleId: r.article_id, url: r.url, title: r.title!, outlet: r.outlet!, published: r.published_at ? new Date(r.published_at).toISOString() : null,
    },
  }));
}
