/**
 * Highlighted snippets travel from Postgres's ts_headline as plain text with private-use characters
 * marking the matches and the breaks between fragments, never as HTML: the article text stays text
 * all the way to React, which escapes it.
 */

export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";
export const FRAGMENT_BREAK = "\uE002";

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** ts_headline's options: two fragments of about twelve to twenty-eight words, matches marked. */
export const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=${FRAGMENT_BREAK}`;
/** For titles: the whole title, matches marked. */
export const TITLE_HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

/** A marked headline as fragments of plain and matching parts. */
export function parseHeadline(headline: string): SnippetPart[][] {
  return headline
    .split(FRAGMENT_BREAK)
    .map((fragment) => partsOf(fragment.trim()))
    .filter((parts) => parts.length > 0);
}

function partsOf(fragment: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = fragment;
  while (rest) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MATCH_END, start);
    const stop = end < 0 ? rest.length : end;
    const text = rest.slice(start + 1, stop);
    if (text) parts.push({ text, match: true });
    rest = end < 0 ? "" : rest.slice(end + 1);
  }
  return parts;
}

/** A snippet as plain text, fragments joined by an ellipsis: for exports. */
export function snippetText(fragments: SnippetPart[][]): string {
  return fragments.map((parts) => parts.map((p) => p.text).join("")).join(" … ");
}
