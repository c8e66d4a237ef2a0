import { parseHTML } from "linkedom";
import type { TextLink } from "./types";

/**
 * The hyperlinks of an article body placed in its plain text: each anchor's text is found in reading
 * order, so offsets match the text the dashboard shows.
 */

export function locateLinks(html: string, text: string, baseUrl?: string | null): TextLink[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const links: TextLink[] = [];
  let cursor = 0;
  for (const anchor of document.querySelectorAll("a[href]")) {
    const url = absolute(anchor.getAttribute("href") ?? "", baseUrl);
    const anchorText = (anchor.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!url || anchorText.length === 0) continue;
    const at = text.indexOf(anchorText, cursor);
    if (at < 0) continue;
    links.push({ url, text: anchorText, start: at, end: at + anchorText.length });
    cursor = at + anchorText.length;
  }
  return links;
}

function absolute(href: string, baseUrl?: string | null): string | null {
  try {
    const url = new URL(href, baseUrl ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function domainOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
