/**
 * Image and text credits ("© RIA / Sputnik", "Photo: AFP", "Originally published by X"). They are
 * provenance data — who made the picture, where the text first ran — so they are collected from the
 * whole page before extraction strips captions and footers.
 */

// A credit runs to the end of its sentence; a dot inside a name ("Vlast.kz", "U.S.") does not end it.
const REST = (min: number, max: number) => `(?:[^\\n.;|]|\\.(?=\\S)){${min},${max}}`;
// JavaScript's \\b only knows ASCII letters, so "Фото:" needs a Unicode-aware start instead.
const START = "(?<![\\p{L}\\p{N}])";

const CREDIT_PATTERNS: RegExp[] = [
  new RegExp(`(?:©|\\(c\\)|${START}copyright)\\s*(?:\\d{4}\\s*)?${REST(2, 80)}`, "giu"),
  new RegExp(
    `${START}(?:photo|photograph|image|picture|illustration|video|graphic|credit|source|фото|источник|foto|bild|quelle)s?\\s*(?:credit)?\\s*:\\s*${REST(2, 80)}`,
    "giu",
  ),
  new RegExp(
    `${START}(?:originally (?:published|appeared) (?:by|in|on|at)|first published (?:by|in|on)|republished (?:from|with permission from)|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on|at))\\s+${REST(2, 100)}`,
    "giu",
  ),
];

const CREDIT_ELEMENTS = "figcaption, [class*=credit], [class*=copyright], [class*=caption], [class*=byline-source], small, cite, footer p";

export function findCredits(root: ParentNode, extraText = ""): string[] {
  const credits = new Set<string>();
  const texts: string[] = [];
  for (const el of root.querySelectorAll(CREDIT_ELEMENTS)) texts.push(el.textContent ?? "");
  for (const img of root.querySelectorAll("img[alt], img[title]")) texts.push(`${img.getAttribute("title") ?? ""} ${img.getAttribute("alt") ?? ""}`);
  texts.push(extraText);
  for (const raw of texts) for (const credit of creditsIn(raw)) credits.add(credit);
  return [...credits];
}

/** Credits stated in plain text (a feed item's body, a text export), line by line, each once. */
export function creditsInText(text: string): string[] {
  return [...new Set(text.split("\n").flatMap(creditsIn))];
}

function creditsIn(raw: string): string[] {
  const text = raw.replace(/\s+/g, " ");
  if (!text.trim()) return [];
  const found: string[] = [];
  for (const pattern of CREDIT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const credit = m[0].replace(/[\s,:–—-]+$/u, "").trim();
      // "© 2024" alone names nobody.
      if (/\p{L}{2}/u.test(credit.replace(/^(?:©|\(c\)|copyright)/iu, ""))) found.push(credit);
    }
  }
  return found;
}
