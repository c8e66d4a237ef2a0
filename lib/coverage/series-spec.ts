/**
 * A coverage series as the URL names it: `s=outlet:novastan-en`, `s=group:Russian state media` (an
 * outlet group's outlets together), `s=category:War in Ukraine`,
 * `s=entity:12`, `s=q:invasion`, or several parts at once, `s=outlet:novastan-en|q:invasion` (that
 * outlet's articles matching the query), `s=all` for everything. No zod: this module is bundled into the browser.
 */

export interface SeriesSpec {
  outlet?: string;
  /** An outlet group's name. */
  group?: string;
  category?: string;
  entity?: number;
  /** A full-text query, in the search page's syntax. */
  q?: string;
}

const KINDS = ["outlet", "group", "category", "entity", "q"] as const;
type Kind = (typeof KINDS)[number];

export class SeriesSpecError extends Error {}

/** `s=all`: every outlet's whole output. */
const ALL = "all";

export function parseSeriesSpec(raw: string): SeriesSpec {
  const spec: SeriesSpec = {};
  if (raw.trim() === ALL) return spec;
  for (const part of raw.split("|")) {
    const colon = part.indexOf(":");
    const kind = part.slice(0, colon).trim() as Kind;
    const value = part.slice(colon + 1).trim();
    if (colon < 0 || !KINDS.includes(kind) || !value) {
      throw new SeriesSpecError(`"${part}" is not a series part: write outlet:SLUG, group:NAME, category:NAME, entity:ID or q:WORDS, joined by |`);
    }
    if (kind in spec) throw new SeriesSpecError(`"${raw}" names ${kind} twice`);
    if (value.length > 300) throw new SeriesSpecError(`"${part.slice(0, 40)}…" is too long`);
    if (kind === "entity") {
      if (!/^\d{1,9}$/.test(value)) throw new SeriesSpecError(`entity:${value} must be an entity's number`);
      spec.entity = Number(value);
    } else {
      spec[kind] = value;
    }
  }
  return spec;
}

export function formatSeriesSpec(spec: SeriesSpec): string {
  return KINDS.filter((k) => spec[k] !== undefined).map((k) => `${k}:${spec[k]}`).join("|") || ALL;
}
