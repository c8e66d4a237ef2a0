/**
 * The Content-Security-Policy of every page. Script runs only with the per-request nonce (and
 * what those scripts load, via 'strict-dynamic'), so even HTML that slipped past the ingest
 * sanitiser cannot execute. Styles allow 'unsafe-inline' because recharts sets style attributes,
 * and style attributes cannot carry a nonce.
 */

/** Embeds the ingest sanitiser keeps (ingest/sanitise.ts IFRAME_HOSTS); the rest never load. */
const FRAME_SOURCES = [
  "https://www.youtube.com",
  "https://www.youtube-nocookie.com",
  "https://player.vimeo.com",
];

export function buildContentSecurityPolicy(options: { nonce: string; isDev: boolean }): string {
  const script = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`];
  // React's development build uses eval for its debugging stacks; production never does.
  if (options.isDev) script.push(`'unsafe-eval'`);
  const directives: Record<string, string[]> = {
    "default-src": [`'self'`],
    "script-src": script,
    "style-src": [`'self'`, `'unsafe-inline'`],
    // Article bodies show images from their own sites (https) and small inline data: images.
    "img-src": [`'self'`, "data:", "https:"],
    "font-src": [`'self'`],
    "connect-src": [`'self'`],
    "frame-src": FRAME_SOURCES,
    "object-src": [`'none'`],
    "base-uri": [`'self'`],
    "form-action": [`'self'`],
    "frame-ancestors": [`'none'`],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: unguessable per response, as a nonce must be. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
