/**
 * Typed failures of the parse stage. The pipeline records `code` on the fetch run, so codes are a
 * stable contract: add new ones, never rename. Callers branch on `instanceof FeedError` + `code`,
 * never on message text.
 */

export type FeedParseErrorCode =
  /** Body is over the byte cap; refused before the XML parser sees it. */
  | "too_large"
  /** Not well-formed XML (truncated, unclosed tags, stray `<`). */
  | "malformed_xml"
  /** Prototype-polluting tag names or entity declarations over the limits. */
  | "unsafe_xml"
  /** Elements nested deeper than the parser allows (stack-exhaustion attempt or garbage). */
  | "too_deep"
  /** A JSON Feed that is not valid JSON (truncated, trailing garbage). */
  | "malformed_json"
  /** Well-formed XML of the detected format but without what the format requires (`<rss>` with no `<channel>`). */
  | "invalid_feed";

export type FeedErrorCode = FeedParseErrorCode | "format_not_detected";

export abstract class FeedError extends Error {
  abstract readonly code: FeedErrorCode;
}

export class FeedParseError extends FeedError {
  readonly code: FeedParseErrorCode;

  constructor(code: FeedParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FeedParseError";
    this.code = code;
  }
}

/** The document is not a feed format we parse: an HTML page, an unknown XML vocabulary, plain text… */
export class FeedFormatError extends FeedError {
  readonly code = "format_not_detected" as const;

  constructor(message: string) {
    super(message);
    this.name = "FeedFormatError";
  }
}

export function isFeedError(e: unknown): e is FeedError {
  return e instanceof FeedError;
}
