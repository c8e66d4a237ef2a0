/**
 * Field readers shared by the format parsers: the same rule for a summary or a date whatever
 * format it came in, so RSS, RDF, Atom and JSON Feed items agree on what a field means.
 */
import { decodeHTMLStrict } from "entities";
import { parseFeedDate } from "./dates";
import { absolutiseHtml } from "./links";
import { emptyToNull, readHtml, readValue } from "./xml-text";

/**
 * Summaries are text fields (entities decoded, double-escaping undone) that may carry markup;
 * links are made absolute first, while the attribute values are still escaped.
 */
export function readSummary(v: unknown, base: string | null): string | null {
  const html = readHtml(v);
  if (html === null) return null;
  return summaryFromHtml(html, base);
}

export function summaryFromHtml(html: string, base: string | null): string | null {
  return emptyToNull(decodeHTMLStrict(absolutiseHtml(html, base)).trim());
}

export function firstDate(values: unknown[]): string | null {
  for (const v of values) {
    const date = parseFeedDate(readValue(v));
    if (date) return date;
  }
  return null;
}

/** Order-preserving dedupe; feeds repeat a category or list the author under author and dc:creator. */
export function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))];
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Plain text as HTML: escaped, blank-line-separated paragraphs kept as paragraphs. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** A byte count from an attribute or JSON value, or null when it is not a plain non-negative integer. */
export function byteLength(value: unknown): number | null {
  const s = typeof value === "number" ? String(value) : value;
  if (typeof s !== "string" || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}
