/**
 * Finds where known entities are named in a text by any of their spellings. Spellings are matched as
 * written (case matters: "NED" the acronym, not "ned"), whole words only, longest first; spellings
 * under three characters ("EU", "AP") are too ambiguous to find in running text and are left to the
 * extracted sources.
 */

export interface AliasedId {
  id: number;
  aliases: string[];
}

export interface EntityMention {
  entityId: number;
  start: number;
  end: number;
}

export type MentionFinder = (text: string) => EntityMention[];

export function mentionFinder(known: AliasedId[]): MentionFinder {
  const byAlias = new Map<string, number>();
  for (const entity of known) for (const alias of entity.aliases) if (alias.length >= 3 && !byAlias.has(alias)) byAlias.set(alias, entity.id);
  if (byAlias.size === 0) return () => [];
  const alternatives = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) => [...text.matchAll(pattern)].map((m) => ({ entityId: byAlias.get(m[0])!, start: m.index, end: m.index + m[0].length }));
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
