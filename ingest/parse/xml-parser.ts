/**
 * The one place an XML parser is configured. Every format parser gets its tree from here, so the
 * safety settings (DESIGN.md §6) cannot drift between formats.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FeedParseError } from "./errors";

export const DEFAULT_MAX_XML_BYTES = 15 * 1024 * 1024;
/** Attribute keys in the tree are `@_name`. */
export const ATTR_PREFIX = "@_";
/** CDATA content sits under this key, untouched; it can never collide with a tag (not an XML name). */
export const CDATA_KEY = "#cdata";
export const TEXT_KEY = "#text";

/** Any parsed element: attributes, `#text`, `#cdata` and child elements. */
export type XmlNode = { [key: string]: unknown };

export interface XmlParseOptions {
  maxBytes?: number;
  /**
   * Elements kept as their raw inner markup (CDATA markers included) instead of being parsed.
   * Text and HTML fields use this so mixed CDATA/text keeps its order and inline XHTML survives.
   */
  stopNodes?: string[];
  /** Tag names always returned as arrays, so one occurrence and many look the same. */
  arrayTags?: readonly string[];
}

// Well above any real feed (RSS nests ~4 deep outside stop nodes) and far below stack exhaustion.
const MAX_NESTED_TAGS = 128;

export function createXmlParser(opts: Omit<XmlParseOptions, "maxBytes"> = {}): XMLParser {
  const arrayTags = new Set(opts.arrayTags ?? []);
  return new XMLParser({
    // Entities stay as written: no DOCTYPE expansion (billion laughs, XXE); we decode with `entities`.
    processEntities: {
      enabled: false,
      // Limits are moot while disabled but explicit, so re-enabling cannot silently reopen a bomb.
      maxEntitySize: 1_000,
      maxExpansionDepth: 2,
      maxTotalExpansions: 100,
      maxExpandedLength: 10_000,
      maxEntityCount: 20,
    },
    // A title "2024" or a guid "0012" must stay a string.
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreAttributes: false,
    attributeNamePrefix: ATTR_PREFIX,
    textNodeName: TEXT_KEY,
    cdataPropName: CDATA_KEY,
    trimValues: true,
    allowBooleanAttributes: false,
    removeNSPrefix: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
    maxNestedTags: MAX_NESTED_TAGS,
    // A tag spelled like our "#text"/"#cdata" keys throws instead of overwriting them. (Tags named
    // `__proto__`, `constructor` or `prototype` always throw in fast-xml-parser 5; see toFeedParseError.)
    strictReservedNames: true,
    stopNodes: opts.stopNodes ?? [],
    isArray: (tagName, _path, _isLeaf, isAttribute) => !isAttribute && arrayTags.has(tagName),
  });
}

/** Throws FeedParseError "too_large" when `text` is over `maxBytes` in UTF-8. */
export function assertWithinSizeCap(text: string, maxBytes = DEFAULT_MAX_XML_BYTES): void {
  // UTF-16 length never exceeds the UTF-8 byte length, so the cheap check first is exact.
  if (text.length > maxBytes || Buffer.byteLength(text, "utf8") > maxBytes) {
    throw new FeedParseError("too_large", `document is over ${maxBytes} bytes`);
  }
}

/**
 * Size-check, validate and parse. Throws FeedParseError only; never returns a partial tree for a
 * truncated document (the parser alone would happily return one).
 */
export function parseXml(text: string, opts: XmlParseOptions = {}): XmlNode {
  assertWithinSizeCap(text, opts.maxBytes);
  // Whitespace before `<?xml` is invalid XML but common in real feeds (PHP includes); tolerate it.
  const xml = text.replace(/^[\uFEFF\s]+/, "");

  const validity = XMLValidator.validate(neutraliseBareAmpersands(xml));
  if (validity !== true) {
    const { msg, line, col } = validity.err;
    throw new FeedParseError("malformed_xml", `${msg} (line ${line}, column ${col})`);
  }

  let tree: unknown;
  try {
    tree = createXmlParser(opts).parse(xml);
  } catch (e) {
    throw toFeedParseError(e);
  }
  if (!tree || typeof tree !== "object") {
    throw new FeedParseError("malformed_xml", "document has no root element");
  }
  return tree as XmlNode;
}

/**
 * "Q&A" with a bare ampersand is invalid XML that feed readers accept and the parser tolerates, but
 * the validator rejects. Escape such ampersands in the copy we validate, so the validator still
 * catches truncation and unclosed tags without refusing these feeds.
 */
function neutraliseBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:\w{1,20}|#\d+|#x[\da-fA-F]+);)/g, "&amp;");
}

function toFeedParseError(e: unknown): FeedParseError {
  const message = e instanceof Error ? e.message : String(e);
  if (message.includes("[SECURITY]")) return new FeedParseError("unsafe_xml", message, { cause: e });
  if (/nested tags/i.test(message)) return new FeedParseError("too_deep", message, { cause: e });
  if (/entit(y|ies)/i.test(message)) return new FeedParseError("unsafe_xml", message, { cause: e });
  return new FeedParseError("malformed_xml", message, { cause: e });
}
