/**
 * Page furniture that survives Readability: share bars, "Read more" teasers, newsletter and comment
 * prompts, ad labels. Element rules run on the page before extraction; paragraph rules run on the
 * extracted text. Both only match short, whole paragraphs so that article sentences mentioning
 * "share" or "subscribe" are kept.
 */

/** Furniture: left out of both text and html. */
export const FURNITURE_SELECTORS = [
  "nav", "form", "button", "select", "textarea", "[role=navigation]", "[role=complementary]", "[aria-hidden=true]",
  "[class*=share-]", "[class*=sharing]", "[class*=social-]", "[class*=newsletter]", "[class*=related-]",
  "[class*=advert]", "[id*=advert]", "[class*=comments]", "[id*=comments]", "[class*=promo]",
];

/** Captions and credits: kept in html beside their image, left out of the article's running text. */
export const CAPTION_SELECTORS = ["figcaption", "[class*=caption]", "[class*=credit]"];

/** The attribute marking what to leave out; Readability keeps data-* attributes while stripping classes. */
export const MARK = "data-extract-skip";

/**
 * Marks rather than removes, so Readability still scores the page as published; the marks are
 * honoured when text and html are assembled.
 */
export function markElements(root: ParentNode, selectors: string[], value: "furniture" | "caption"): void {
  for (const selector of selectors) {
    let found: Element[];
    try {
      found = [...root.querySelectorAll(selector)];
    } catch {
      continue;
    }
    for (const el of found) if (!el.hasAttribute(MARK)) el.setAttribute(MARK, value);
  }
}

const SHORT = 120;

const PARAGRAPH_PATTERNS: RegExp[] = [
  /^(?:share|share this|share on|share via|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram)(?:[\s|,·•/]+(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|email|print|telegram|copy link))*\s*$/i,
  /^(?:read more|read also|see also|related|related articles?|more from|recommended|you may also like|also read|more on this story|most read|trending)\b.{0,100}$/i,
  /^(?:advertisement|advertising|sponsored|sponsored content|ad|anzeige|реклама)$/i,
  /^(?:sign up|subscribe)\b.{0,100}(?:newsletter|inbox|email|updates)\b.{0,40}$/i,
  /^(?:leave a (?:comment|reply)|post a comment|comments?|\d+ comments?|join the conversation|log in to comment)\b.{0,60}$/i,
  /^(?:click here|tap here)\b.{0,80}$/i,
  /^(?:published|updated|posted|last updated|modified)\b.{0,80}$/i,
  /^\|?\s*(?:published|updated|posted)\s*:/i,
  /^https?:\/\/\S+$/i,
  /^(?:image|photo|picture|slide)\s+\d+\s+(?:of|\/)\s*\/?\s*\d*$/i,
  /^(?:photo|image|picture|credit|foto|фото)s?\s*:/i,
  /\(image:[^)]*\)\s*$/i,
  /^this (?:website|site) uses cookies\b/i,
];

export function compilePatterns(patterns: string[] = []): RegExp[] {
  return patterns.map((p) => new RegExp(p, "iu"));
}

export function paragraphFilter(extra: RegExp[]): (paragraph: string) => boolean {
  return (paragraph) => {
    if (extra.some((re) => re.test(paragraph))) return true;
    if (paragraph.length > SHORT) return false;
    return PARAGRAPH_PATTERNS.some((re) => re.test(paragraph));
  };
}

export function dropElements(root: ParentNode, selectors: string[]): void {
  for (const selector of selectors) {
    let found: Element[];
    try {
      found = [...root.querySelectorAll(selector)];
    } catch {
      continue; // A bad per-outlet selector must not break extraction of the page.
    }
    for (const el of found) el.remove();
  }
}
