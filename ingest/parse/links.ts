/**
 * Making feed links absolute (DESIGN.md §4: "Links absolute"). Relative links are useless once an
 * item is stored away from its feed, and the dedup key is built from the canonical URL.
 */
import { decodeHTMLAttribute } from "entities";

/** `value` resolved against `base`; null when it cannot be made an absolute URL. */
export function resolveUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Like resolveUrl, but only http(s): an item link is rendered as a clickable href later. */
export function resolveHttpUrl(value: string | null | undefined, base?: string | null): string | null {
  const url = resolveUrl(value, base);
  return url && /^https?:/i.test(url) ? url : null;
}

function isAbsolute(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

// Whitespace before the name keeps `data-src=` and `xhref=` out. A regex is enough here because the
// sanitiser parses this HTML properly afterwards; we only have to get quoted values right.
const URL_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/**
 * Rewrites relative href/src values against `base`; every other byte of the HTML is left alone,
 * including absolute URLs of any scheme (the sanitiser decides which schemes survive).
 */
export function absolutiseHtml(html: string, base: string | null | undefined): string {
  if (!base || !/\s(?:href|src)\s*=/i.test(html)) return html;
  return html.replace(URL_ATTRIBUTE, (whole, lead: string, dq?: string, sq?: string, bare?: string) => {
    const raw = dq ?? sq ?? bare ?? "";
    const value = decodeHTMLAttribute(raw).trim();
    // An empty href means "this page": there is nothing to resolve.
    if (!value || isAbsolute(value)) return whole;
    const resolved = resolveUrl(value, base);
    if (!resolved) return whole;
    const quote = sq !== undefined ? "'" : '"';
    const escaped = resolved.replace(/&/g, "&amp;").replaceAll(quote, quote === '"' ? "&quot;" : "&#39;");
    return `${lead}${quote}${escaped}${quote}`;
  });
}
