import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client";
import { articleExtractions, entities, fundingClaims, outlets, sources, type SourceCategory } from "../../db/schema";
import { EXTRACTION_VERSION } from "../extract";
import type { FundingClaim, FundingRelation, StatedSource } from "../extract/types";

/** One article's stated sources and funding claims as stored by the extraction job, for its page. */

export interface EntityRef {
  id: number;
  name: string;
  /** The monitored outlet the entity is, when it is one. */
  outletSlug: string | null;
}

export interface ArticleSource extends StatedSource {
  id: number;
  category: SourceCategory;
  entity: EntityRef | null;
}

export interface ArticleFundingClaim extends FundingClaim {
  id: number;
  funderEntity: EntityRef | null;
  recipientEntity: EntityRef | null;
}

export interface ExtractionState {
  version: number;
  /** Read by the rules now in force; false while a re-extraction is pending. */
  current: boolean;
  extractedAt: string;
  error: string | null;
}

export interface ArticleStatements {
  state: ExtractionState | null;
  sources: ArticleSource[];
  fundingClaims: ArticleFundingClaim[];
}

export async function getArticleStatements(db: Database, articleId: number): Promise<ArticleStatements> {
  const [state] = await db.select().from(articleExtractions).where(eq(articleExtractions.articleId, articleId));
  const entityOutlet = alias(outlets, "entity_outlet");
  const sourceRows = await db
    .select({ source: sources, entityName: entities.name, outletSlug: entityOutlet.slug })
    .from(sources)
    .leftJoin(entities, eq(entities.id, sources.entityId))
    .leftJoin(entityOutlet, eq(entityOutlet.id, entities.outletId))
    .where(eq(sources.articleId, articleId))
    .orderBy(asc(sources.start), asc(sources.id));
  const funder = alias(entities, "funder");
  const recipient = alias(entities, "recipient");
  const funderOutlet = alias(outlets, "funder_outlet");
  const recipientOutlet = alias(outlets, "recipient_outlet");
  const claimRows = await db
    .select({
      claim: fundingClaims,
      funderName: funder.name, funderOutlet: funderOutlet.slug,
      recipientName: recipient.name, recipientOutlet: recipientOutlet.slug,
    })
    .from(fundingClaims)
    .leftJoin(funder, eq(funder.id, fundingClaims.funderEntityId))
    .leftJoin(funderOutlet, eq(funderOutlet.id, funder.outletId))
    .leftJoin(recipient, eq(recipient.id, fundingClaims.recipientEntityId))
    .leftJoin(recipientOutlet, eq(recipientOutlet.id, recipient.outletId))
    .where(eq(fundingClaims.articleId, articleId))
    .orderBy(asc(fundingClaims.start), asc(fundingClaims.id));
  return {
    state: state
      ? { version: state.version, current: state.version === EXTRACTION_VERSION, extractedAt: state.extractedAt.toISOString(), error: state.error }
      : null,
    sources: sourceRows.map(({ source: s, entityName, outletSlug }) => ({
      id: s.id, kind: s.kind, name: s.name, category: s.category,
      entity: s.entityId && entityName ? { id: s.entityId, name: entityName, outletSlug } : null,
      url: s.url, domain: s.domain, quote: s.quote, anonymous: s.anonymous, sentence: s.sentence, start: s.start, end: s.end,
    })),
    fundingClaims: claimRows.map(({ claim: c, ...names }) => ({
      id: c.id, funder: c.funder, recipient: c.recipient,
      funderEntity: c.funderEntityId && names.funderName ? { id: c.funderEntityId, name: names.funderName, outletSlug: names.funderOutlet } : null,
      recipientEntity: c.recipientEntityId && names.recipientName ? { id: c.recipientEntityId, name: names.recipientName, outletSlug: names.recipientOutlet } : null,
      amount: c.amount, currency: c.currency, year: c.year, relation: c.relation as FundingRelation,
      selfDisclosed: c.selfDisclosed, hedged: c.hedged, attributedTo: c.attributedTo, sentence: c.sentence, start: c.start, end: c.end,
    })),
  };
}
