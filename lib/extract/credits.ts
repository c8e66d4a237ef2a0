import type { TextSpan } from "../text/sentences";
import type { StatedSource } from "./types";

/** Image and text credits: "© RIA / Mikhail Klimentyev", "Photo: AFP", "Фото: ТАСС", "Translated by …". */

const IMAGE_CREDIT = /(?:©|\(c\)|(?<![\p{L}])(?:Photos?|Фото|Foto|Fotos|Bild|Crédits?(?:\s+photo)?|Image|Illustration|Иллюстрация|Picture)\s*:)\s*([^©\n]{2,80}?)\s*$/iu;
const TEXT_CREDIT =
  /^(?:(?:Originally\s+(?:written|published)(?:\s+in\s+\p{L}+)?\s+(?:by|on)|This article was originally published on|Translated(?:\s+from\s+\p{L}+)?\s+by|Written by|Traduit(?:\s+de\s+l['’]\p{L}+|\s+du\s+\p{L}+)?\s+par|Übersetzt(?:\s+aus\s+dem\s+\p{L}+)?\s+von|Aus dem \p{L}+ übersetzt von|(?:Dieser|Der) (?:Artikel|Beitrag|Text) erschien zuerst (?:bei|auf|in)|This (?:article|story) (?:first appeared|was first published) (?:on|in|by)|Cet article a (?:d['’]abord|initialement) été publié (?:par|sur|dans)|Материал впервые опубликован (?:на сайте|в)|Перевод(?:\s+с\s+\p{L}+)?\s*:?|Автор\s*:|Texte\s*:|Text\s*:)\s+)(.{2,80})$/iu;

/** A caption ending in "PHOTOGRAPHER / AGENCY" ("ALIKHAN SARSENOV / AFP"): the agency is credited. */
const AGENCY_CAPTION = /(?:^|\s)(?:\p{Lu}[\p{Lu}\p{Ll}.-]*\s+){0,3}\p{Lu}[\p{Lu}\p{Ll}.-]*\s*\/\s*(AFP|Reuters|AP|EPA|dpa|TASS|ТАСС|RIA Novosti|РИА Новости|Sputnik|Getty Images|Anadolu|Xinhua)\s*$/u;
/** A line that is only a byline or a source: "Par Claire Dumont", "Source : Vlast.kz", "Von Anna Schmidt". */
const BYLINE = /^(?:(?:By|Par|Von)\s+(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})|(?:Source|Quelle|Источник)\s*:\s*([\p{L}\d][\p{L}\d.’' -]{1,40}))\.?$/u;

export function findCredits(lines: TextSpan[]): StatedSource[] {
  const credits: StatedSource[] = [];
  for (const line of lines) {
    const image = IMAGE_CREDIT.exec(line.text) ?? AGENCY_CAPTION.exec(line.text) ?? BYLINE.exec(line.text.trim());
    const text = image ? null : TEXT_CREDIT.exec(line.text) ?? /(?:^|\.\s+)(?:This article was originally published on)\s+(.{2,80}?)(?:\s+on\s+\d|\.|$)/iu.exec(line.text);
    const match = image ?? text;
    if (!match) continue;
    const credited = (match[1] ?? match[2] ?? "").trim();
    const name = creditedName(credited);
    if (!name) continue;
    const start = line.start + match.index + (match[0].length - match[0].trimStart().length);
    credits.push({ kind: "credit", name, url: null, domain: null, quote: null, anonymous: false, sentence: line.text, start, end: line.start + match.index + match[0].length });
  }
  return credits;
}

/** "RIA / Mikhail Klimentyev" → "RIA"; "Sputnik/Maksim Bogodvid" → "Sputnik"; "Novastan’s French website" → "Novastan". */
function creditedName(credited: string): string | null {
  let name = credited.split(/\s*[/|]\s*/u)[0] ?? "";
  name = name.replace(/[’']s\s+\p{L}+\s+(?:website|site|edition|service)\b.*$/iu, "").replace(/\s+on\s+\d.*$/u, "");
  name = name.replace(/[.,;:]+$/u, "").trim();
  return name.length >= 2 ? name : null;
}
