import { eq, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client";
import { articleLinks, articles, outlets, type ArticleLinkKind } from "../../db/schema";

/**
 * Articles of other outlets related to one article: the same story found under the same URL or
 * title, hyperlinks between them, republications. Kept as links at ingest, never merged, so each
 * outlet's version stays its own.
 */

/** What a republication link rests on (ingest/republication-store.ts). */
export interface RepublicationEvidence {
  /** The share of the shorter text's shingles found in the other. */
  containment: number;
  datedBy: "published" | "first seen";
  /** The copy's own credits: "© RIA / Sputnik". */
  credits: string[];
  /** The longest sentences the two share. */
  passages: string[];
}

export interface RelatedArticle {
  kind: ArticleLinkKind;
  /** "to": this article links to (or came after) the other; "from": the other links to (or came after) this one. */
  direction: "to" | "from";
  evidence: string | null;
  republication?: RepublicationEvidence;
  article: { id: number; title: string; url: string | null; publishedAt: string | null; outlet: { slug: string; name: string } };
}

export async function getRelatedArticles(db: Database, articleId: number): Promise<RelatedArticle[]> {
  const other = alias(articles, "other");
  const rows = await db
    .select({
      kind: articleLinks.kind,
      evidence: articleLinks.evidence,
      direction: sql<"to" | "from">`case when ${articleLinks.articleId} = ${articleId} then 'to' else 'from' end`,
      id: other.id,
      title: other.title,
      url: other.url,
      publishedAt: other.publishedAt,
      outletSlug: outlets.slug,
      outletName: outlets.name,
    })
    .from(articleLinks)
    .innerJoin(
      other,
      sql`${other.id} = case when ${articleLinks.articleId} = ${articleId} then ${articleLinks.linkedArticleId} else ${articleLinks.articleId} end`,
    )
    .innerJoin(outlets, eq(outlets.id, other.outletId))
    .where(or(eq(articleLinks.articleId, articleId), eq(articleLinks.linkedArticleId, articleId)))
    .orderBy(sql`${other.publishedAt} asc nulls last`, other.id, articleLinks.kind);
  return rows.map((r) => ({
    kind: r.kind,
    direction: r.direction,
    evidence: r.evidence,
    ...(r.kind === "republication" && r.evidence ? { republication: republicationEvidence(r.evidence) } : {}),
    article: {
      id: r.id,
      title: r.title,
      url: r.url,
      publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
      outlet: { slug: r.outletSlug, name: r.outletName },
    },
  }));
}

function republicationEvidence(evidence: string): RepublicationEvidence | undefined {
  try {
    const parsed = JSON.parse(evidence) as Partial<RepublicationEvidence>;
    return { containment: parsed.containment ?? 0, datedBy: parsed.datedBy ?? "published", credits: parsed.credits ?? [], passages: parsed.passages ?? [] };
  } catch {
    return undefined;
  }
}
