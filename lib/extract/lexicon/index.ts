import { german } from "./de";
import { english } from "./en";
import { french } from "./fr";
import { russian } from "./ru";
import type { Lexicon } from "./types";

export type { Lexicon, FundingCue } from "./types";

const LEXICONS: Record<string, Lexicon> = { en: english, ru: russian, fr: french, de: german };

/** The rules for a language; Cyrillic languages of the region are read with the Russian rules. */
export function lexiconFor(language: string | null | undefined): Lexicon {
  if (language && LEXICONS[language]) return LEXICONS[language];
  if (language && ["uk", "kk", "ky", "tg", "uz"].includes(language)) return russian;
  return english;
}

export const EXTRACTION_LANGUAGES = Object.keys(LEXICONS);

const cache = new Map<string, RegExp>();

/**
 * A lexicon pattern compiled once. Global patterns are shared, so callers use them with matchAll (which
 * copies the lastIndex state) or reset lastIndex themselves.
 */
export function compiled(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let pattern = cache.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    cache.set(key, pattern);
  }
  return pattern;
}
