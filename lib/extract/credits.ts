import type { TextSpan } from "../text/sentences";
import type { StatedSource } from "./types";

/**
 * Image and text credits: "© RIA / Mikhail Klimentyev", "Photo: AFP", "Фото: ТАСС", "Translated by …",
 * bylines ("By Dmitry Belousov, political analyst"), wire trailers ("(Reporting by X; Editing by Y)") and
 * signatures ("Anaïs Leclerc\nRédactrice pour Novastan"). A credit stands on a line of its own, so lines
 * are read whole, or split where one line carries several credits ("Source : Vlast.kz. Traduit par X.").
 */

const IMAGE_CREDIT = /(?:©|\(c\)|(?<![\p{L}])(?:Photos?|Фото|Foto|Fotos|Bild|Crédits?(?:\s+photo)?|Image|Illustration|Иллюстрация|Picture)\s*:)\s*([^©\n]{2,80}?)\s*$/iu;

/** Openers after which the rest of the segment is who is credited. */
const CREDIT_OPENER = new RegExp(
  "^(?:" +
    [
      String.raw`Originally\s+(?:written|published)(?:\s+in\s+\p{L}+)?\s+(?:by|on|in)`,
      String.raw`This (?:article|story) (?:was originally published on|first appeared (?:on|in)|was first published (?:on|in|by))`,
      String.raw`(?:Additional\s+)?(?:Reporting|Writing|Editing|Edited|Written|Compiled|Translated(?:\s+from\s+(?:the\s+)?\p{L}+)?|Translation)\s+by`,
      String.raw`(?:Traduit|Traduction)(?:\s+de\s+l['’]\p{L}+|\s+du\s+\p{L}+)?\s+par`,
      String.raw`(?:Édité|Edité|Relu|Rédigé|Propos recueillis)\s+par`,
      String.raw`Cet article a (?:d['’]abord |initialement )?été publié (?:initialement |d['’]abord )?(?:par|sur|dans)`,
      String.raw`Übersetzt(?:\s+aus\s+dem\s+\p{L}+)?\s+von`,
      String.raw`Aus dem \p{L}+ übersetzt von`,
      String.raw`(?:Redigiert|Bearbeitet)\s+von`,
      String.raw`(?:Dieser|Der) (?:Artikel|Beitrag|Text) erschien zuerst (?:bei|auf|in)`,
      String.raw`Материал впервые опубликован (?:на сайте|в|на)`,
      String.raw`(?:Публикуем\s+)?материал,?\s+впервые\s+опубликованн\p{L}*\s+(?:на\s+сайте|в|на)`,
      String.raw`(?:Перевод|Редактор|Автор|Texte|Text|Übersetzung|Mitarbeit)(?:\s+с\s+\p{L}+)?\s*:`,
    ].join("|") +
    String.raw`)\s+(.{2,80}?)\.?$`,
  "iu",
);

const PERSON = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}`;
/** "By Dmitry Belousov", "Par Claire Dumont (Almaty, envoyée spéciale)", "Von Anna Schmidt, Moskau". */
const BYLINE = new RegExp(String.raw`^(?:By|Par|Von|Автор:?)\s+(${PERSON})(?:\s*,\s*[^.]{0,80}|\s+\([^)]{0,60}\)?|\s+in\s+\p{Lu}\p{L}+)?\.?$`, "u");
/** "Source : Vlast.kz, Almaty", "Quelle: dpa". */
const SOURCE_LINE = /^(?:Source|Quelle|Источник)\s*:\s*([\p{L}\d][\p{L}\d.’' -]{1,40}?)(?:\s*,[^.]{0,40})?\.?$/u;
/** "…, with reporting by RFE/RL's Kazakh Service" closing a byline. */
const WITH_REPORTING = /,\s*with\s+(?:additional\s+)?reporting\s+by\s+(.{2,80}?)\.?$/iu;

const ROLE = String.raw`(?:Contributor|Correspondent|Editor|Journalist|Writer|Reporter|Rédact(?:eur|rice)|Contribut(?:eur|rice)|Correspondant(?:e)?|Journaliste|Redakteur(?:in)?|Korrespondent(?:in)?|Journalist(?:in)?|Autor(?:in)?|Корреспондент|Журналист(?:ка)?|Редактор|Автор)`;
/** An author's signature closing an article: a name, then a role ("Contributor for Novastan France"). */
const SIGNATURE = new RegExp(String.raw`^(${PERSON})\s*,?\s+${ROLE}(?!\p{L})[^\n]{0,80}$`, "u");
/** A caption ending in "PHOTOGRAPHER / AGENCY" ("ALIKHAN SARSENOV / AFP"): the agency is credited. */
const AGENCY_CAPTION = /(?:^|\s)(?:\p{Lu}[\p{Lu}\p{Ll}.-]*\s+){0,3}\p{Lu}[\p{Lu}\p{Ll}.-]*\s*\/\s*(AFP|Reuters|AP|EPA|dpa|TASS|ТАСС|RIA Novosti|РИА Новости|Sputnik|Getty Images|Anadolu|Xinhua)\s*$/u;
/** Credit lines are short; a longer line is running text that happens to start like one. */
const MAX_CREDIT_LINE = 160;

export function findCredits(paragraph: TextSpan, lines: TextSpan[]): StatedSource[] {
  const signature = paragraph.text.length <= MAX_CREDIT_LINE ? SIGNATURE.exec(paragraph.text.replace(/\s+/gu, " ").trim()) : null;
  if (signature) return credit(paragraph, signature[1]!, paragraph.text.indexOf(signature[1]!.split(" ")[0]!), paragraph.text.length);
  return lines.flatMap((line) => (line.text.length <= MAX_CREDIT_LINE ? segmentsOf(line).flatMap(creditsOfSegment) : imageCredit(line)));
}

function creditsOfSegment(segment: TextSpan): StatedSource[] {
  const image = imageCredit(segment);
  if (image.length) return image;
  const text = segment.text;
  const match = CREDIT_OPENER.exec(text) ?? BYLINE.exec(text) ?? SOURCE_LINE.exec(text) ?? AGENCY_CAPTION.exec(text);
  const found: StatedSource[] = [];
  if (match) {
    const credited = match[1]!;
    found.push(...credit(segment, withoutTrailer(credited), match.index, text.length));
  }
  const reporting = WITH_REPORTING.exec(text);
  if (reporting) found.push(...credit(segment, reporting[1]!, reporting.index + reporting[0].indexOf("with"), text.length));
  return found;
}

function imageCredit(line: TextSpan): StatedSource[] {
  const match = IMAGE_CREDIT.exec(line.text);
  return match ? credit(line, match[1]!, match.index, match.index + match[0].length) : [];
}

/** A line split where a new credit may begin: after a sentence's full stop, at a semicolon; parentheses dropped. */
function segmentsOf(line: TextSpan): TextSpan[] {
  const segments: TextSpan[] = [];
  // An initial or a title ("J. Smith", "Dr. Alimov") does not end a credit.
  const pattern = /[^;]+?(?:(?<!(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Prof|Mme|M))\.(?=\s+\p{Lu})|;|$)/gu;
  for (const m of line.text.matchAll(pattern)) {
    const raw = m[0].replace(/;$/u, "");
    const lead = raw.length - raw.replace(/^[\s(]+/u, "").length;
    const body = raw.slice(lead).replace(/[\s)]+$/u, "");
    if (body) segments.push({ text: body, start: line.start + m.index + lead, end: line.start + m.index + lead + body.length });
  }
  return segments;
}

/** "Nurlan Zhumabekov, with reporting by …" → "Nurlan Zhumabekov"; "Daniyar Seitkali in Bishkek" → "Daniyar Seitkali". */
function withoutTrailer(credited: string): string {
  return credited.replace(WITH_REPORTING, "").replace(/\s+in\s+\p{Lu}\p{L}+$/u, "").replace(/\s*\([^)]*\)$/u, "");
}

function credit(span: TextSpan, credited: string, from: number, to: number): StatedSource[] {
  const name = creditedName(credited.trim());
  if (!name) return [];
  const lead = span.text.slice(from).length - span.text.slice(from).trimStart().length;
  return [{ kind: "credit", name, url: null, domain: null, quote: null, anonymous: false, sentence: span.text, start: span.start + from + lead, end: span.start + to }];
}

/**
 * "RIA / Mikhail Klimentyev" → "RIA"; "Sputnik/Maksim Bogodvid" → "Sputnik"; "Novastan’s French website" →
 * "Novastan". A slash between two bare words is part of the name ("RFE/RL"), not an agency and a photographer.
 */
function creditedName(credited: string): string | null {
  let name = credited.replace(/^(?:\d{4}(?:[–-]\d{4})?\s+)/u, "").replace(/[’']s\s+(?:\p{L}+\s+)?(?:website|site|edition|service)\b.*$/iu, "").replace(/\s+on\s+\d.*$/u, "");
  const parts = name.split(/\s*[/|]\s*/u);
  if (parts.length > 1 && (/\s[/|]|[/|]\s/u.test(name) || /\s/u.test(parts[1]!))) name = parts[0]!;
  name = name.replace(/[.,;:]+$/u, "").trim();
  return name.length >= 2 ? name : null;
}
