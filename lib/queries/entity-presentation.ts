import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { sentencesOfParagraph, splitParagraphs } from "../text/sentences";
import { rowsOf } from "./sql-rows";

/**
 * How each outlet presents one person or organisation: whether it cites them as a source (quotes them,
 * attributes information to them), what funding claims it attaches to them, and the sentences it
 * writes about them otherwise.
 */

export interface EntityPresentation {
  entity: { id: number; name: string; category: string };
  outlets: {
    slug: string;
    name: string;
    /** Articles naming the entity at all. */
    articles: number;
    cited: { quote: number; attribution: number; examples: Example[] };
    fundingClaims: { funder: string | null; recipient: string | null; relation: string; amount: number | null; currency: string | null; articleId: number; sentence: string }[];
    mentioned: Example[];
  }[];
}

interface Example {
  articleId: number;
  sentence: string;
  kind?: string;
}

const EXAMPLES = 5;

/** The entities the given outlets name most often, for picking one. */
export async function topEntities(db: Database, outletSlugs: string[], limit = 40): Promise<{ id: number; name: string; articles: number; mentions: number }[]> {
  if (outletSlugs.length === 0) return [];
  return rowsOf(db, sql`
    select e.id, e.name, count(distinct m.article_id)::int as articles, count(*)::int as mentions
    from mentions m join entities e on e.id = m.entity_id join articles a on a.id = m.article_id join outlets o on o.id = a.outlet_id
    where o.slug in (${sql.join(outletSlugs.map((s) => sql`${s}`), sql`, `)})
    group by e.id, e.name order by mentions desc, articles desc, e.name limit ${limit}`);
}

export async function getEntityPresentation(db: Database, entityId: number, outletSlugs: string[]): Promise<EntityPresentation | null> {
  const [entity] = await rowsOf<{ id: number; name: string; category: string }>(db, sql`select id, name, category from entities where id = ${entityId}`);
  if (!entity) return null;
  const outlets = await rowsOf<{ id: number; slug: string; name: string }>(db, sql`
    select id, slug, name from outlets where slug in (${sql.join(outletSlugs.map((s) => sql`${s}`), sql`, `)}) order by name`);
  const result: EntityPresentation = { entity, outlets: [] };
  for (const outlet of outlets) {
    const [counts] = await rowsOf<{ articles: number; quote: number; attribution: number }>(db, sql`
      select
        (select count(distinct m.article_id) from mentions m join articles a on a.id = m.article_id where m.entity_id = ${entityId} and a.outlet_id = ${outlet.id})::int as articles,
        (select count(*) from sources s join articles a on a.id = s.article_id where s.entity_id = ${entityId} and a.outlet_id = ${outlet.id} and s.kind = 'quote')::int as quote,
        (select count(*) from sources s join articles a on a.id = s.article_id where s.entity_id = ${entityId} and a.outlet_id = ${outlet.id} and s.kind = 'attribution')::int as attribution`);
    const cited = await rowsOf<{ article_id: number; sentence: string; kind: string }>(db, sql`
      select s.article_id, s.sentence, s.kind from sources s join articles a on a.id = s.article_id
      where s.entity_id = ${entityId} and a.outlet_id = ${outlet.id} and s.kind in ('quote', 'attribution')
      order by a.published_at desc nulls last, s.start limit ${EXAMPLES}`);
    const claims = await rowsOf<{ funder: string | null; recipient: string | null; relation: string; amount: number | null; currency: string | null; article_id: number; sentence: string }>(db, sql`
      select coalesce(fe.name, fc.funder) as funder, coalesce(re.name, fc.recipient) as recipient, fc.relation, fc.amount, fc.currency, fc.article_id, fc.sentence
      from funding_claims fc join articles a on a.id = fc.article_id
      left join entities fe on fe.id = fc.funder_entity_id left join entities re on re.id = fc.recipient_entity_id
      where a.outlet_id = ${outlet.id} and (fc.funder_entity_id = ${entityId} or fc.recipient_entity_id = ${entityId})
      order by a.published_at desc nulls last, fc.start limit 20`);
    const mentions = await rowsOf<{ article_id: number; start: number; content_text: string; language: string | null }>(db, sql`
      select distinct on (m.article_id) m.article_id, m.start, a.content_text, a.language
      from mentions m join articles a on a.id = m.article_id
      where m.entity_id = ${entityId} and a.outlet_id = ${outlet.id}
      order by m.article_id desc, m.start limit ${EXAMPLES}`);
    result.outlets.push({
      slug: outlet.slug,
      name: outlet.name,
      articles: counts?.articles ?? 0,
      cited: { quote: counts?.quote ?? 0, attribution: counts?.attribution ?? 0, examples: cited.map((c) => ({ articleId: c.article_id, sentence: c.sentence, kind: c.kind })) },
      fundingClaims: claims.map((c) => ({ funder: c.funder, recipient: c.recipient, relation: c.relation, amount: c.amount === null ? null : Number(c.amount), currency: c.currency, articleId: c.article_id, sentence: c.sentence })),
      mentioned: mentions.map((m) => ({ articleId: m.article_id, sentence: sentenceAt(m.content_text, m.start, m.language) })),
    });
  }
  return result;
}

function sentenceAt(text: string, offset: number, language: string | null): string {
  const paragraph = splitParagraphs(text).find((p) => offset >= p.start && offset < p.end);
  if (!paragraph) return text.slice(offset, offset + 200);
  const sentence = sentencesOfParagraph(paragraph, (language ?? "en").slice(0, 2)).find((s) => offset >= s.start && offset < s.end);
  return (sentence ?? paragraph).text;
}
