import { francAll } from "franc";

/**
 * Language of a text, as ISO 639-1. franc's trigram models, restricted to the languages of the
 * monitored region so that short paragraphs are not mistaken for a language nobody writes in.
 */

const ISO3_TO_1: Record<string, string> = {
  eng: "en", rus: "ru", fra: "fr", deu: "de", ukr: "uk", kaz: "kk", kir: "ky", uzn: "uz", tgk: "tg",
};
const CANDIDATES = Object.keys(ISO3_TO_1);

/** Below this many letters a guess is noise; the caller's default stands. */
const MIN_LETTERS = 40;

/** The primary subtag of a language tag, lower-cased: "en-GB" and "EN_us" are "en"; an empty tag is null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary ? primary : null;
}

export function detectLanguage(text: string, fallback: string | null = null): string | null {
  const ranked = rankLanguages(text);
  return ranked ? ranked[0]!.language : fallback;
}

function rankLanguages(text: string, candidates: string[] = CANDIDATES): { language: string; score: number }[] | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const ranked = francAll(text.slice(0, 4000), { only: candidates, minLength: 10 });
  if (ranked.length === 0 || ranked[0]![0] === "und") return null;
  return ranked.map(([code, score]) => ({ language: ISO3_TO_1[code] ?? code, score }));
}

/** Latin-script languages the extraction has rules for; a Cyrillic paragraph is read with the Russian rules. */
const LATIN_RULE_LANGUAGES = ["eng", "fra", "deu"];

/**
 * A paragraph's own language when it clearly differs from the article's (Novastan's English feed carries
 * French donation appeals); otherwise the article's language. Only the languages with rules of their
 * own are weighed: the script settles Cyrillic at once, and Latin script is one of three.
 */
export function paragraphLanguage(paragraph: string, articleLanguage: string): string {
  // A short paragraph keeps the article's language whatever it looks like, so it is not ranked at all.
  if (paragraph.length < 80) return articleLanguage;
  const sample = paragraph.slice(0, 400);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) return CYRILLIC_LANGUAGES.has(articleLanguage) ? articleLanguage : "ru";
  const ranked = rankLanguages(paragraph, LATIN_RULE_LANGUAGES);
  if (!ranked || ranked[0]!.language === articleLanguage) return articleLanguage;
  const articleScore = ranked.find((r) => r.language === articleLanguage)?.score ?? 0;
  // Trigram scores are relative: the article's language must trail clearly before we switch rules.
  return articleScore < 0.95 ? ranked[0]!.language : articleLanguage;
}

const CYRILLIC_LANGUAGES = new Set(["ru", "uk", "kk", "ky", "tg"]);
