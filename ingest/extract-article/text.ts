import { MARK } from "./boilerplate";

/**
 * Plain text from a content element: one paragraph per block element, blank lines between them.
 * `textContent` glues adjacent blocks ("end.</p><p>Next" → "end.Next", list items run together),
 * which merges words across paragraphs; walking blocks keeps their boundaries.
 */

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL",
  "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "CAPTION",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA", "IFRAME", "OBJECT", "CANVAS"]);

export interface Block {
  text: string;
  /** Characters of the block that are link text; headline lists and tag clouds are mostly links. */
  linkChars: number;
}

export function blocksOf(root: Node): Block[] {
  const blocks: Block[] = [];
  let current = "";
  let linkChars = 0;
  const flush = () => {
    const text = current.replace(/[ \t\f\v\u00a0\u200b\r\n]+/g, " ").trim();
    if (text) blocks.push({ text, linkChars: Math.min(linkChars, text.length) });
    current = "";
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      current += value;
      if (inLink) linkChars += value.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP.has(name) || el.hasAttribute(MARK)) return;
    if (name === "BR") {
      current += "\n";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    const link = inLink || name === "A";
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, link);
    if (block) flush();
    else if (name === "TD" || name === "TH") current += " ";
  };
  walk(root, false);
  flush();
  return blocks;
}

export interface TextOptions {
  /** Paragraphs for which this returns true are left out (share bars, teasers, ads). */
  isBoilerplate?: (paragraph: string) => boolean;
  /** The page title: a paragraph repeating it is the headline, not body text. */
  title?: string | null;
}

// A short block that is mostly links is a teaser or a headline list, whatever its markup.
const LINK_DENSITY = 0.7;
const TEASER_LENGTH = 200;

export function textOf(root: Node, options: TextOptions = {}): string {
  const title = options.title ? normalise(options.title) : null;
  const kept = blocksOf(root).filter((b) => {
    if (options.isBoilerplate?.(b.text)) return false;
    if (b.text.length < TEASER_LENGTH && b.linkChars / b.text.length > LINK_DENSITY) return false;
    if (title && normalise(b.text) === title) return false;
    return true;
  });
  return kept.map((b) => b.text).join("\n\n");
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
