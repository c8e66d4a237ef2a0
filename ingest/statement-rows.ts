import type { EntityKind, SourceCategory } from "../db/schema";
import { aliasKey, categoriseName, categoriseSource, guessEntityKind, isEntityName } from "../lib/entities/categorise";
import type { ArticleStatements } from "../lib/extract";
import type { FundingClaim, StatedSource } from "../lib/extract/types";
import type { EntityMention } from "../lib/entities/mentions";
import type { ResolvedEntity } from "./entities";

/**
 * From an article's extraction to the rows that store it: which names need an entity, and, once the
 * entities are known, the source, funding-claim and mention rows. Pure, so the job does only I/O.
 */

export interface NameRef {
  key: string;
  name: string;
  kind: EntityKind;
  category: SourceCategory;
  /** Links resolve only to an entity that already has their domain as an alias. */
  lookupOnly: boolean;
}

/** The key under which a source is looked up among the aliases, or null when it names no one. */
function sourceRef(text: string, source: StatedSource): NameRef | null {
  if (source.anonymous) return null;
  if (source.kind === "link") {
    const domain = source.domain?.replace(/^www\./, "");
    return domain ? { key: aliasKey(domain), name: domain, kind: "outlet", category: "other", lookupOnly: true } : null;
  }
  if (!isEntityName(source.name)) return null;
  return nameRef(source.name, beforeOf(text, source), beforeFirstMention(text, source.name));
}

/** A named party: its role is read where the article first names it ("Kyrgyzstan's President Sadyr Japarov") and where it is cited. */
function nameRef(name: string, ...contexts: string[]): NameRef {
  const read = contexts.map((before) => categoriseName(name, before));
  const named = read.find((c) => c !== "other") ?? "other";
  const kind = guessEntityKind(name, named);
  const category = named === "other" && kind === "person" ? "person" : named;
  return { key: aliasKey(name), name, kind, category, lookupOnly: false };
}

function partyRef(name: string | null, text = ""): NameRef | null {
  if (!name || !isEntityName(name)) return null;
  return nameRef(name, beforeFirstMention(text, name));
}

/** The name references of an article's sources and funding parties, index for index: read once per article. */
export interface ArticleRefs {
  sources: (NameRef | null)[];
  funders: (NameRef | null)[];
  recipients: (NameRef | null)[];
}

export function articleRefs(text: string, extraction: ArticleStatements): ArticleRefs {
  const fullNameOf = fullNames(extraction);
  const full = (ref: NameRef | null): NameRef | null => {
    const name = ref && !ref.lookupOnly ? fullNameOf(ref.name) : null;
    return name ? nameRef(name, beforeFirstMention(text, name), beforeFirstMention(text, ref!.name)) : ref;
  };
  return {
    sources: extraction.sources.map((s) => full(sourceRef(text, s))),
    funders: extraction.fundingClaims.map((c) => full(partyRef(c.funder, text))),
    recipients: extraction.fundingClaims.map((c) => full(partyRef(c.recipient, text))),
  };
}

/**
 * A lone surname ("Dubnov said") stands for the full name the article gave the person before or after
 * ("Arkady Dubnov"), so both are one entity; a surname two named people share stays as written.
 */
function fullNames(extraction: ArticleStatements): (name: string) => string | null {
  const named = new Set<string>();
  for (const s of extraction.sources) if (s.kind !== "link" && !s.anonymous) named.add(s.name.trim());
  for (const c of extraction.fundingClaims) for (const party of [c.funder, c.recipient]) if (party) named.add(party.trim());
  const bySurname = new Map<string, Set<string>>();
  for (const name of named) {
    const words = name.split(/\s+/u);
    if (words.length < 2 || words.length > 4) continue;
    const surname = aliasKey(words.at(-1)!);
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(name));
  }
  return (name) => {
    if (/\s/u.test(name.trim())) return null;
    const candidates = bySurname.get(aliasKey(name));
    return candidates?.size === 1 ? [...candidates][0]! : null;
  };
}

/** Every name the refs need resolved. */
export function namesOf(refs: ArticleRefs): NameRef[] {
  return [...refs.sources, ...refs.funders, ...refs.recipients].filter((r): r is NameRef => r !== null);
}

export interface SourceRow extends StatedSource {
  articleId: number;
  entityId: number | null;
  category: SourceCategory;
}

export interface FundingClaimRow extends FundingClaim {
  articleId: number;
  funderEntityId: number | null;
  recipientEntityId: number | null;
}

export interface MentionRow extends EntityMention {
  articleId: number;
}

export interface StatementRows {
  sources: SourceRow[];
  fundingClaims: FundingClaimRow[];
  mentions: MentionRow[];
}

export function statementRows(
  articleId: number,
  text: string,
  extraction: ArticleStatements,
  refs: ArticleRefs,
  entityOf: (ref: NameRef | null) => ResolvedEntity | null,
  aliasMentions: EntityMention[],
): StatementRows {
  const mentions = new Map<string, MentionRow>();
  const mention = (entityId: number, start: number, end: number) => {
    mentions.set(`${entityId}:${start}`, { articleId, entityId, start, end });
  };
  const sources = extraction.sources.map((source, i): SourceRow => {
    const ref = refs.sources[i] ?? null;
    const entity = entityOf(ref);
    if (entity) mention(entity.id, source.start, source.end);
    const category = sourceCategory(text, source, ref, entity);
    return { ...source, articleId, entityId: entity?.id ?? null, category };
  });
  const fundingClaims = extraction.fundingClaims.map((claim, i): FundingClaimRow => {
    const funder = entityOf(refs.funders[i] ?? null);
    const recipient = entityOf(refs.recipients[i] ?? null);
    if (funder) mention(funder.id, claim.start, claim.end);
    if (recipient && recipient.id !== funder?.id) mention(recipient.id, claim.start, claim.end);
    return { ...claim, articleId, funderEntityId: funder?.id ?? null, recipientEntityId: recipient?.id ?? null };
  });
  for (const m of aliasMentions) mention(m.entityId, m.start, m.end);
  return { sources, fundingClaims, mentions: [...mentions.values()] };
}

/**
 * What the entity is known as (NED: an NGO) wins; a role this article gives ("President Japarov")
 * wins over an entity known only as a person; links are read by their domain.
 */
function sourceCategory(text: string, source: StatedSource, ref: NameRef | null, entity: ResolvedEntity | null): SourceCategory {
  if (source.anonymous) return "anonymous";
  if (entity && entity.category !== "other" && entity.category !== "person") return entity.category;
  if (entity?.outletId) return "outlet";
  if (source.kind !== "link" && ref) return ref.category;
  return categoriseSource({ ...source, before: beforeOf(text, source) });
}

/** The sentence's words before the source's span: where "Minister" or "политолог" stands. */
function beforeOf(text: string, source: StatedSource): string {
  const sentenceStart = text.lastIndexOf(source.sentence.slice(0, 40), source.start);
  return text.slice(Math.max(sentenceStart, source.start - 80, 0), source.end);
}

/** The words before the first place the article names someone (by full name, else by surname). */
function beforeFirstMention(text: string, name: string): string {
  const surname = name.trim().split(/\s+/u).at(-1) ?? name;
  let at = text.indexOf(name);
  if (at < 0 && surname.length > 3) at = text.indexOf(surname);
  return at < 0 ? "" : text.slice(Math.max(0, at - 60), at);
}
