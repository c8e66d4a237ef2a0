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

export interface TextOptions {
  /** Paragraphs for which this returns true are left out (share bars, teasers, ads). */
  isBoilerplate?: (paragraph: string) => boolean;
}

export function blocksOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/[ \t\f\v\u00a0\u200b\r\n]+/g, " ").trim();
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      // One <br> is a line break inside a paragraph; text on either side still reads as separate words.
      current += "\n";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
    else if (name === "TD" || name === "TH") current += " ";
  };
  walk(root);
  flush();
  return paragraphs;
}

export function textOf(root: Node, options: TextOptions = {}): string {
  const keep = options.isBoilerplate;
  return blocksOf(root).filter((p) => !keep || !keep(p)).join("\n\n");
}
