import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { rowsOf } from "./sql-rows";

/**
 * How much of an outlet's output is republished from other monitored outlets, and how much of its
 * own output others republish: per other outlet, the articles and how many of the copies credit the
 * original outlet (its name or its site's host in a credit line or a stated source of the copy).
 */

export interface RepublicationShare {
  outlet: { slug: string; name: string };
  articles: number;
  credited: number;
}

export interface OutletRepublications {
  /** The outlet's articles that copy another outlet's, by the outlet copied. */
  from: RepublicationShare[];
  /** Other outlets' copies of this outlet's articles, by the copying outlet. */
  by: RepublicationShare[];
}

/** The original outlet's site host without "www.": "rt.com". */
const HOST = sql`regexp_replace(lower(split_part(split_part(coalesce(o.homepage_url, ''), '://', 2), '/', 1)), '^www\.', '')`;

interface Row {
  slug: string;
  name: string;
  articles: number;
  credited: number;
}

export async function getOutletRepublications(db: Pick<Database, "execute">, outletId: number): Promise<OutletRepublications> {
  const shares = (side: "copy" | "original") =>
    rowsOf<Row>(db, sql`
      with pairs as (
        select l.article_id as copy_id, l.linked_article_id as original_id, copy.outlet_id as copy_outlet, original.outlet_id as original_outlet
        from article_links l join articles copy on copy.id = l.article_id join articles original on original.id = l.linked_article_id
        where l.kind = 'republication' and ${side === "copy" ? sql`copy.outlet_id` : sql`original.outlet_id`} = ${outletId}),
      credited as (
        select p.*, exists (
          select 1 from articles c, outlets o
          where c.id = p.copy_id and o.id = p.original_outlet and (
            exists (select 1 from unnest(c.credits) credit where strpos(lower(credit), lower(o.name)) > 0
              or (${HOST} <> '' and strpos(lower(credit), ${HOST}) > 0))
            or exists (select 1 from sources s where s.article_id = c.id and (lower(s.name) = lower(o.name) or (${HOST} <> '' and s.domain = ${HOST})))))
          as credited
        from pairs p)
      select o.slug, o.name, count(distinct c.copy_id)::int as articles,
        count(distinct c.copy_id) filter (where c.credited)::int as credited
      from credited c join outlets o on o.id = ${side === "copy" ? sql`c.original_outlet` : sql`c.copy_outlet`}
      group by o.slug, o.name order by articles desc, o.name`);
  const [from, by] = await Promise.all([shares("copy"), shares("original")]);
  const shape = (rows: Row[]) => rows.map((r) => ({ outlet: { slug: r.slug, name: r.name }, articles: r.articles, credited: r.credited }));
  return { from: shape(from), by: shape(by) };
}
