import sanitizeHtml from "sanitize-html";

/**
 * Fetched HTML is sanitised once, here, at ingest; only the result is ever stored for rendering.
 * Allowlist, not blocklist: anything not named below is dropped.
 */

const ALLOWED_TAGS = [
  "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
  "ul", "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small",
  "mark", "q", "cite", "abbr", "time", "a", "img", "figure", "figcaption", "picture", "source",
  "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "span", "div", "iframe",
];

/** Embeds allowed as iframes (sandboxed); every other iframe is dropped. */
const IFRAME_HOSTS = ["www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"];

const BASE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    // rel, target and sandbox are set by transformTags below, never taken from the page.
    a: ["href", "title", "rel", "target"],
    img: ["src", "srcset", "alt", "title", "width", "height"],
    source: ["srcset", "type", "media"],
    iframe: ["src", "width", "height", "title", "allowfullscreen", "sandbox"],
    time: ["datetime"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    abbr: ["title"],
    q: ["cite"],
    blockquote: ["cite"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https", "data"] },
  allowProtocolRelative: false,
  allowedIframeHostnames: IFRAME_HOSTS,
  // script/style/noscript contents are dropped with the tags, never kept as text.
  nonTextTags: ["script", "style", "noscript", "textarea", "option", "template"],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "noopener noreferrer nofollow", target: "_blank" },
    }),
    iframe: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, sandbox: "allow-scripts allow-same-origin allow-presentation" },
    }),
  },
};

export interface SanitiseOptions {
  /** Paragraphs whose whole text matches are feed furniture (e.g. WordPress's "The post … appeared first on …"). */
  isBoilerplateParagraph?: (text: string) => boolean;
}

export function sanitiseHtml(html: string, options: SanitiseOptions = {}): string {
  const isBoilerplate = options.isBoilerplateParagraph;
  return sanitizeHtml(html, {
    ...BASE_OPTIONS,
    exclusiveFilter: (frame) => {
      // An iframe whose source was not allowed has nothing left to show.
      if (frame.tag === "iframe") return !frame.attribs.src;
      if (frame.tag === "p" && isBoilerplate) return isBoilerplate(frame.text.trim());
      return false;
    },
  }).trim();
}
