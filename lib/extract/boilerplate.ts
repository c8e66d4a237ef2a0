import { compiled, type Lexicon } from "./lexicon";

/**
 * Paragraphs that belong to the page, not the article: feed footers, newsletter boxes, "follow us"
 * lines, teasers of other articles. Nothing in them is a stated source.
 */
const PAGE_FURNITURE =
  /appeared first on|follow us on|subscribe to our|in your inbox|click here for the latest|thank you for reading|share this post|leave a comment|faites un don|abonnez-vous|подписывайтесь|abonnieren sie|newsletter|^register$|^read more on\b/iu;

export function isPageFurniture(paragraph: string): boolean {
  return PAGE_FURNITURE.test(paragraph) && paragraph.length < 400;
}

/** "Read more", "Lire aussi : …", "Читайте также": the paragraph (or the next one) is another article's teaser. */
export function teaserKind(paragraph: string, lexicon: Lexicon): "marker" | "inline" | null {
  const marker = compiled(`^(?:${lexicon.teaserMarkers}|read more|lire aussi|читайте также|lesen sie auch)\\s*[:.]?\\s*`, "iu").exec(paragraph);
  if (!marker) return null;
  return marker[0].length >= paragraph.trim().length ? "marker" : "inline";
}
