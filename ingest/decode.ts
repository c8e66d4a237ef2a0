/**
 * decode: response bytes → text. Pure; runs between fetch and parse.
 *
 * Precedence is BOM, then the XML declaration, then the HTTP charset, then UTF-8. The declaration
 * beats the header on purpose: servers commonly send a blanket `charset=utf-8` for legacy
 * windows-1251/koi8-r feeds whose declaration is right, while a feed that declares the wrong
 * charset in its own first line is rarer.
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

export function decodeBody(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedBody {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bom.label, bytes.subarray(bom.length));

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return decodeWith(utf16, bytes);

  const label = xmlDeclarationCharset(bytes) ?? headerCharset(contentTypeHeader) ?? "utf-8";
  return decodeWith(label, bytes);
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
