import { compiled } from "./lexicon";
import type { ParagraphContext } from "./context";

/**
 * A party named by its kind ("The outlet received…", "Ce réseau est financé…", "100% долей этой компании",
 * "Das Portal erhielt…") stands for the name the article gave to something of that kind before: "the news
 * site Vlast.kz", "Компания «Альфа Медиа»", or "Kaktus Media is an independent news site". Of several such
 * names, the one the article speaks of most is meant (then the nearest). A kind never named stays a description.
 */

const QUOTED = String.raw`[«„"“]\s*(\p{Lu}[^»“”"«„]{1,59}?)\s*[»“”"]`;
const NAME = String.raw`(\p{Lu}[\p{L}\d.’'-]*(?:[ \u00a0]+(?:(?:of|for|de|du|des|la|für|der)\s+)?\p{Lu}[\p{L}\d.’'-]*){0,3})`;

interface Mention { name: string; index: number }

/** Names are matched with case, so each word is written to match with either first letter: "Компания", "компании". */
export function eitherCase(words: string): string {
  return words.split("|").map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`).join("|");
}

/** The class of kinds a description names ("Ce réseau" → the organisations), or null when it names none. */
export function describedKind(context: ParagraphContext, description: string): string | null {
  if (!context.lexicon.partyKinds) return null;
  const { kinds, demonstratives } = context.lexicon.partyKinds;
  // "a company" introduces something new; only "the company", "ce réseau", "этой компании" point back.
  if (compiled(`^(?:${eitherCase(context.lexicon.indefinites)})\\s`, "u").test(description.trim())) return null;
  const determiners = eitherCase(`${demonstratives}|${context.lexicon.determiners}`);
  // Only lower-case words may follow the kind: "fondation Aga Khan" is a name already.
  return kinds.find((kind) => compiled(`^(?:(?:${determiners})\\s+)?(?:${eitherCase(kind)})(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}$`, "u").test(description.trim())) ?? null;
}

export function describedAntecedent(context: ParagraphContext, kindClass: string, position: number): string | null {
  if (!context.lexicon.partyKinds) return null;
  const kinds = eitherCase(kindClass);
  const { copulas } = context.lexicon.partyKinds;
  const before = context.text.slice(0, position);
  const mentions: Mention[] = [];
  // "the news site Vlast.kz", "Le réseau de bibliothèques Kitob", "Das Portal Aigine Media": the kind, then the name.
  for (const m of before.matchAll(compiled(`(?<![\\p{L}])(?:${kinds})(?:\\s+(?:de|d['’]|des|du)\\s*\\p{Ll}[\\p{L}-]*){0,2}[ \\u00a0]+(?:${QUOTED}|${NAME})`, "gu"))) {
    mentions.push({ name: m[1] ?? m[2]!, index: m.index });
  }
  // "Kaktus Media is an independent news site": the name, then what it is.
  for (const m of before.matchAll(compiled(`(?:${QUOTED}|${NAME}),?\\s+(?:${copulas})\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${kinds})(?![\\p{L}])`, "gu"))) {
    mentions.push({ name: m[1] ?? m[2]!, index: m.index });
  }
  // "Евразийский фонд стабилизации и развития", "the Civic Horizons Fund": the kind inside the name itself
  // (not in German, which capitalises every noun: "Die Deutsche Stiftung" and "Laut Stiftung" look alike).
  if (context.lexicon.language !== "de") for (const m of before.matchAll(compiled(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}(?:${kinds})(?:\\s+(?:и\\s+)?\\p{Ll}+(?:ии|ия|ого|его|ой|ых|их|ов|ей|ства|ния|тия))*)(?![\\p{L}])`, "gu"))) {
    const name = m[1]!.replace(/^(?:The|Le|La|Les|Der|Die|Das|Ранее|Также|Кроме того)\s+/u, "");
    if (/\s/u.test(name)) mentions.push({ name, index: m.index });
  }
  const usable = mentions.filter((m) => !compiled(`^(?:${kinds})$`, "u").test(m.name) && !isCommonWord(context.text, m.name));
  if (usable.length === 0) return null;
  const salience = (m: Mention) => before.split(m.name).length - 1;
  usable.sort((a, b) => salience(b) - salience(a) || b.index - a.index);
  return usable[0]!.name;
}

/** A single capitalised word the text also writes in lower case ("Seit", "The") is a word, not a name. */
export function isCommonWord(text: string, name: string): boolean {
  if (/\s/u.test(name.trim())) return false;
  return compiled(`(?<![\\p{L}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}])`, "u").test(text);
}
