import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { idList, rowsOf } from "./sql-rows";
import type { SourceCategory } from "../../db/schema";
import { selectFundingClaims, type FundingClaimRow } from "./funding";

/**
 * An outlet's sourcing and funding profile: whom it cites (by kind of source), how often anonymously,
 * how many of its figures stand without a source, which sites it links to, the funding claims it
 * makes, the claims other outlets make about it, and what it discloses about itself.
 */

export interface CitedSource {
  name: string;
  category: SourceCategory;
  citations: number;
  articles: number;
}

export interface OutletProfile {
  outlet: { id: number; slug: string; name: string; kind: string; homepageUrl: string | null };
  articles: number;
  extracted: number;
  /** Attributions and quotes (links and credits aside), by category. */
  byCategory: { category: SourceCategory; citations: number }[];
  topSources: CitedSource[];
  citations: number;
  anonymous: number;
  figureSentences: number;
  unattributedFigureSentences: number;
  linkedDomains: { domain: string; links: number }[];
  claimsMade: FundingClaimRow[];
  claimsAbout: FundingClaimRow[];
  selfDisclosures: FundingClaimRow[];
}

export async function getOutletProfile(db: Database, slug: string): Promise<OutletProfile | null> {
  const [outlet] = await rowsOf<{ id: number; slug: string; name: string; kind: string; homepage_url: string | null }>(db, sql`
    select id, slug, name, kind, homepage_url from outlets where slug = ${slug}`);
  if (!outlet) return null;
  const id = outlet.id;
  const [counts] = await rowsOf<{ articles: number; extracted: number; figures: number; attributed: number }>(db, sql`
    select count(*)::int as articles, count(e.article_id)::int as extracted,
      coalesce(sum(e.figure_sentences), 0)::int as figures, coalesce(sum(e.attributed_figure_sentences), 0)::int as attributed
    from articles a left join article_extractions e on e.article_id = a.id
    where a.outlet_id = ${id}`);
  const cited = sql`from sources s join articles a on a.id = s.article_id where a.outlet_id = ${id} and s.kind in ('attribution', 'quote')`;
  const byCategory = await rowsOf<{ category: SourceCategory; citations: number }>(db, sql`
    select s.category, count(*)::int as citations ${cited} group by s.category order by 2 desc, 1`);
  const topSources = await rowsOf<CitedSource>(db, sql`
    select coalesce(en.name, s.name) as name, s.category, count(*)::int as citations, count(distinct s.article_id)::int as articles
    from sources s join articles a on a.id = s.article_id left join entities en on en.id = s.entity_id
    where a.outlet_id = ${id} and s.kind in ('attribution', 'quote')
    group by coalesce(s.entity_id::text, lower(s.name)), coalesce(en.name, s.name), s.category
    order by 3 desc, 1 limit 40`);
  const linkedDomains = await rowsOf<{ domain: string; links: number }>(db, sql`
    select s.domain, count(*)::int as links from sources s join articles a on a.id = s.article_id
    where a.outlet_id = ${id} and s.kind = 'link' and s.domain is not null
    group by s.domain order by 2 desc, 1 limit 15`);
  const entityIds = (await rowsOf<{ id: number }>(db, sql`select id from entities where outlet_id = ${id}`)).map((r) => r.id);
  const about = entityIds.length === 0
    ? []
    : await claims(db, sql`a.outlet_id <> ${id} and (fc.recipient_entity_id in ${idList(entityIds)} or fc.funder_entity_id in ${idList(entityIds)})`);
  const citations = byCategory.reduce((n, c) => n + Number(c.citations), 0);
  return {
    outlet: { id, slug: outlet.slug, name: outlet.name, kind: outlet.kind, homepageUrl: outlet.homepage_url },
    articles: Number(counts?.articles ?? 0),
    extracted: Number(counts?.extracted ?? 0),
    byCategory: byCategory.map((c) => ({ ...c, citations: Number(c.citations) })),
    topSources: topSources.map((s) => ({ ...s, citations: Number(s.citations), articles: Number(s.articles) })),
    citations,
    anonymous: Number(byCategory.find((c) => c.category === "anonymous")?.citations ?? 0),
    figureSentences: Number(counts?.figures ?? 0),
    unattributedFigureSentences: Number(counts?.figures ?? 0) - Number(counts?.attributed ?? 0),
    linkedDomains: linkedDomains.map((d) => ({ ...d, links: Number(d.links) })),
    claimsMade: await claims(db, sql`a.outlet_id = ${id} and not fc.self_disclosed`),
    claimsAbout: about,
    selfDisclosures: await claims(db, sql`a.outlet_id = ${id} and fc.self_disclosed`),
  };
}

function claims(db: Database, where: SQL): Promise<FundingClaimRow[]> {
  return selectFundingClaims(db, where, sql`a.published_at desc nulls last, fc.id`, 100);
}
