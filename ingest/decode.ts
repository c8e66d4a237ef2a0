import chardet from "chardet";

/**
 * decode: response bytes → text. Pure; runs between fetch and parse.
 *
 * Precedence is BOM, then the XML declaration, then the HTTP charset, then an HTML `<meta>`
 * charset, then detection. The declaration beats the header on purpose: servers commonly send a
 * blanket `charset=utf-8` for legacy windows-1251/koi8-r feeds whose declaration is right, while a
 * feed that declares the wrong charset in its own first line is rarer. For the same reason a
 * "utf-8" label on bytes that are not UTF-8 is not believed: the next source is asked instead.
 * Detection only runs when nothing usable is declared and the bytes are not valid UTF-8, so a
 * correct UTF-8 page is never second-guessed.
 */

export class DecodeError extends Error {
  readonly code = "unknown_charset" as const;

  constructor(readonly label: string) {
    super(`unknown charset ${JSON.stringify(label)}`);
    this.name = "DecodeError";
  }
}

export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "windows-1251" (iso-8859-1 reports "windows-1252"). */
  charset: string;
}

// The declaration must sit in the first bytes; 1 KiB leaves room for leading whitespace and long version strings.
const SNIFF_BYTES = 1024;
const XML_DECL_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s]+)\s*["']/;
const HEADER_CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]+))/i;
// HTML pages put `<meta charset>` after scripts and styles often enough that 1 KiB is too short.
const META_SNIFF_BYTES = 8192;
// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">` alike.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeBody(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedBody {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bom.label, bytes.subarray(bom.length));

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return decodeWith(utf16, bytes);

  const declared = [xmlDeclarationCharset(bytes), headerCharset(contentTypeHeader), metaCharset(bytes)];
  const label = declared.find((l): l is string => !!l && !(isUtf8Label(l) && !isValidUtf8(bytes)));
  return decodeWith(label ?? detectCharset(bytes), bytes);
}

const isUtf8Label = (label: string) => /^\s*utf-?8\s*$/i.test(label);

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-8 when the bytes are valid UTF-8 (plain ASCII included), else chardet's best guess. */
function detectCharset(bytes: Uint8Array): string {
  if (isValidUtf8(bytes)) return "utf-8";
  const guess = chardet.detect(bytes);
  // A guess TextDecoder cannot use is no better than UTF-8 with replacement characters.
  if (!guess || !isKnownLabel(guess)) return "utf-8";
  return guess;
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  // As for the XML declaration: a meta tag read as single bytes is not in UTF-16.
  return /^utf-?16/i.test(label) ? "utf-8" : label;
}

function decodeWith(label: string, bytes: Uint8Array): DecodedBody {
  let decoder: TextDecoder;
  try {
    // ignoreBOM: any BOM has already been cut off above; a second one is content.
    decoder = new TextDecoder(label.trim(), { ignoreBOM: true });
  } catch {
    throw new DecodeError(label);
  }
  return { text: decoder.decode(bytes), charset: decoder.encoding };
}

function sniffBom(b: Uint8Array): { label: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: "utf-8", length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: "utf-16le", length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: "utf-16be", length: 2 };
  return null;
}

/** `<?` in UTF-16 without a BOM: rare, but otherwise it would be read as NUL-riddled UTF-8. */
function sniffUtf16WithoutBom(b: Uint8Array): string | null {
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return "utf-16le";
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return "utf-16be";
  return null;
}

function xmlDeclarationCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so the ASCII declaration reads the same whatever the real charset.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, SNIFF_BYTES));
  const label = XML_DECL_ENCODING.exec(head)?.[1];
  if (!label) return null;
  // We could read the declaration as single bytes, so the body is not UTF-16 whatever it claims
  // (the HTML spec makes the same correction).
  if (/^utf-?16/i.test(label)) return "utf-8";
  return label;
}

function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = HEADER_CHARSET.exec(contentType);
  const label = (m?.[1] ?? m?.[2])?.trim();
  return label ? label : null;
}
