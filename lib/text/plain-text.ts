import { compile } from "html-to-text";

/** Plain text of an article body: paragraphs separated by blank lines, no link targets or images. */

const CONVERT_OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "iframe", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    { selector: "ul", options: { itemPrefix: "• " } },
  ],
};

// Compiled once: building the selector tree on every call cost more than converting a page.
const convert = compile(CONVERT_OPTIONS);

export function htmlToPlainText(html: string): string {
  return normaliseParagraphs(convert(html));
}

/** Trims lines, collapses runs of spaces, and leaves exactly one blank line between paragraphs. */
export function normaliseParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
        .filter((line) => line.length > 0)
        .join("\n"),
    )
    .filter((block) => block.length > 0)
    .join("\n\n");
}

// Combining marks (\p{M}) belong to the word: decomposed "café", stressed "за́мок", Arabic and Indic vowel signs.
// A comma or point between digits joins a figure: "230,000" and "12.5" are one word each.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Words in any script: Cyrillic, Latin with diacritics, digits; hyphenated and apostrophe forms count once. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
