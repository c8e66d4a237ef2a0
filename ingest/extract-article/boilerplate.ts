/**
 * Page furniture that survives Readability: share bars, "Read more" teasers, newsletter and comment
 * prompts, ad labels. Element rules run on the page before extraction; paragraph rules run on the
 * extracted text. Both only match short, whole paragraphs so that article sentences mentioning
 * "share" or "subscribe" are kept.
 */

export const DEFAULT_DROP_SELECTORS = [
  "nav", "form", "button", "select", "textarea", "[role=navigation]", "[role=complementary]", "[aria-hidden=true]",
  "[class*=share-]", "[class*=sharing]", "[class*=social-]", "[class*=newsletter]", "[class*=related-]",
  "[class*=advert]", "[id*=advert]", "[class*=comments]", "[id*=comments]", "[class*=promo]",
];

const SHORT = 120;

const PARAGRAPH_PATTERNS: RegExp[] = [
  /^(?:share|share this|share on|share via|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram)(?:[\s|,·•/]+(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|email|print|telegram|copy link))*\s*$/i,
  /^(?:read more|read also|see also|related|related articles?|more from|recommended|you may also like|also read|more on this story|most read|trending)\b.{0,100}$/i,
  /^(?:advertisement|advertising|sponsored|sponsored content|ad|anzeige|реклама)$/i,
  /^(?:sign up|subscribe)\b.{0,100}(?:newsletter|inbox|email|updates)\b.{0,40}$/i,
  /^(?:leave a (?:comment|reply)|post a comment|comments?|\d+ comments?|join the conversation|log in to comment)\b.{0,60}$/i,
  /^(?:click here|tap here)\b.{0,80}$/i,
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
