/**
 * Image and text credits ("© RIA / Sputnik", "Photo: AFP", "Originally published by X"). They are
 * provenance data — who made the picture, where the text first ran — so they are collected from the
 * whole page before extraction strips captions and footers.
 */

const CREDIT_PATTERNS: RegExp[] = [
  /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[^\n.;|]{2,80}/giu,
  /\b(?:photo|photograph|image|picture|illustration|video|graphic|credit|source|фото|источник|foto|bild|quelle)s?\s*(?:credit)?\s*:\s*[^\n.;|]{2,80}/giu,
  /\b(?:originally (?:published|appeared) (?:by|in|on|at)|first published (?:by|in|on)|republished (?:from|with permission from)|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on|at))\s+[^\n.;|]{2,100}/giu,
];

const CREDIT_ELEMENTS = "figcaption, [class*=credit], [class*=copyright], [class*=caption], [class*=byline-source], small, cite, footer p";

export function findCredits(root: ParentNode, extraText = ""): string[] {
  const credits = new Set<string>();
  const texts: string[] = [];
  for (const el of root.querySelectorAll(CREDIT_ELEMENTS)) texts.push(el.textContent ?? "");
  for (const img of root.querySelectorAll("img[alt], img[title]")) texts.push(`${img.getAttribute("title") ?? ""} ${img.getAttribute("alt") ?? ""}`);
  texts.push(extraText);
  for (const raw of texts) {
    const text = raw.replace(/\s+/g, " ");
    if (!text.trim()) continue;
    for (const pattern of CREDIT_PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const credit = m[0].replace(/[\s,:–—-]+$/u, "").trim();
        // "© 2024" alone names nobody.
        if (/\p{L}{2}/u.test(credit.replace(/^(?:©|\(c\)|copyright)/iu, ""))) credits.add(credit);
      }
    }
  }
  return [...credits];
}
