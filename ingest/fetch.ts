import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { type BlockList, isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { isBlockedAddress, networkAllowlist } from "./network-policy";
import type { CacheHints } from "./schedule";

/**
 * The pipeline's only network I/O. Limits follow DESIGN.md §6; the private-address check runs on
 * the resolved IP at connect time for every hop, so DNS rebinding cannot slip past a name check.
 */

export type FetchErrorCode =
  | "invalid_url" | "private_network" | "dns" | "timeout" | "connect_timeout" | "too_large"
  | "too_many_redirects" | "empty_body" | "tls" | "network" | `http_${number}`;

/** Every result carries what the server said about when to come back (Retry-After on 429/503 too). */
export type FetchResult =
  | { kind: "ok"; url: string; status: number; body: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null; hints: CacheHints }
  | { kind: "not-modified"; url: string; etag: string | null; lastModified: string | null; hints: CacheHints }
  | { kind: "error"; code: FetchErrorCode; message: string; url: string; hints: CacheHints };

/** Which private ranges a fetch may reach: the part of FetchOptions that comes from configuration. */
export type FetchAccess = Pick<FetchOptions, "allowPrivateNetwork" | "allowedNetworks">;

export function fetchAccess(config: { allowPrivateNetwork: boolean; allowedNetworks: readonly string[] }): FetchAccess {
  return { allowPrivateNetwork: config.allowPrivateNetwork, allowedNetworks: config.allowedNetworks };
}

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  allowPrivateNetwork?: boolean;
  /** Private ranges reachable anyway ("10.20.0.0/16"): CLAIMSCOPE_FETCH_ALLOWED_NETWORKS. */
  allowedNetworks?: readonly string[];
  timeoutMs?: number;
  connectTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

class FetchFailure extends Error {
  constructor(readonly code: FetchErrorCode, message: string, readonly hints: CacheHints = NO_HINTS) {
    super(message);
  }
}

const NO_HINTS: CacheHints = { retryAfter: null, cacheControl: null, expires: null };

/** Sent on every request; robots.txt rules are matched against its product token, ROBOTS_AGENT. */
export const USER_AGENT = "Claimscope/0.1 (+https://github.com/claimscope; media monitoring)";
export const ROBOTS_AGENT = "Claimscope";

export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let url = rawUrl;
  try {
    for (let hop = 0; hop <= (options.maxRedirects ?? 10); hop++) {
      const target = parseTarget(url, options);
      const response = await request(target, options, deadline);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        response.resume();
        url = new URL(location, target).href;
        continue;
      }
      const etag = header(response.headers.etag);
      const lastModified = header(response.headers["last-modified"]);
      const hints: CacheHints = {
        retryAfter: header(response.headers["retry-after"]),
        cacheControl: header(response.headers["cache-control"]),
        expires: header(response.headers.expires),
      };
      if (status === 304) {
        response.resume();
        return { kind: "not-modified", url, etag: etag ?? options.etag ?? null, lastModified: lastModified ?? options.lastModified ?? null, hints };
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new FetchFailure(`http_${status}`, `The server answered HTTP ${status}`, hints);
      }
      const body = await readBody(response, options.maxBytes ?? 15 * 1024 * 1024, deadline);
      if (body.length === 0) throw new FetchFailure("empty_body", "The server sent an empty body", hints);
      return { kind: "ok", url, status, body, contentType: header(response.headers["content-type"]), etag, lastModified, hints };
    }
    throw new FetchFailure("too_many_redirects", `More than ${options.maxRedirects ?? 10} redirects`);
  } catch (err) {
    if (err instanceof FetchFailure) return { kind: "error", code: err.code, message: err.message, url, hints: err.hints };
    return { kind: "error", code: "network", message: String((err as Error).message ?? err), url, hints: NO_HINTS };
  }
}

function parseTarget(url: string, options: FetchOptions): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new FetchFailure("invalid_url", `Not a URL: ${url}`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new FetchFailure("invalid_url", `Only http and https URLs are fetched, not ${target.protocol}`);
  }
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && !options.allowPrivateNetwork && isBlockedAddress(literal, allowlistOf(options))) {
    throw new FetchFailure("private_network", `Refusing to fetch a private or loopback address: ${literal}`);
  }
  return target;
}

const allowlists = new Map<string, BlockList>();

function allowlistOf(options: FetchOptions): BlockList | undefined {
  if (!options.allowedNetworks?.length) return undefined;
  const key = options.allowedNetworks.join(",");
  let list = allowlists.get(key);
  if (!list) allowlists.set(key, (list = networkAllowlist(options.allowedNetworks)));
  return list;
}

function guardedLookup(options: FetchOptions): LookupFunction {
  const allowPrivate = !!options.allowPrivateNetwork;
  const allowed = allowlistOf(options);
  return (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, "", 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => isBlockedAddress(a.address, allowed));
      if (refused) {
        return callback(new FetchFailure("private_network", `${hostname} resolves to a private or loopback address (${refused.address})`), "", 0);
      }
      if (lookupOptions.all) return callback(null, addresses as never, 0);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function request(target: URL, options: FetchOptions, deadline: number): Promise<http.IncomingMessage> {
  const headers: Record<string, string> = { "user-agent": USER_AGENT, "accept-encoding": "gzip, deflate, br", accept: "*/*" };
  if (options.etag) headers["if-none-match"] = options.etag;
  else if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false — a pooled keep-alive socket would skip the guarded lookup, so a connection opened
    // under allowPrivateNetwork could be reused by a call that does not allow it.
    const req = client.get(target, { headers, agent: false, lookup: guardedLookup(options), timeout: remaining(deadline) }, resolve);
    const connectTimer = setTimeout(
      () => req.destroy(new FetchFailure("connect_timeout", "Could not connect in time")),
      options.connectTimeoutMs ?? 10_000,
    );
    // `timeout` above is an idle timeout; headers trickled a byte at a time would keep resetting it.
    const deadlineTimer = setTimeout(
      () => req.destroy(new FetchFailure("timeout", "The server did not answer in time")),
      remaining(deadline),
    );
    req.on("socket", (socket) => socket.once(socket.connecting ? "connect" : "ready", () => clearTimeout(connectTimer)));
    req.on("response", () => {
      clearTimeout(connectTimer);
      clearTimeout(deadlineTimer);
    });
    req.on("timeout", () => req.destroy(new FetchFailure("timeout", "The server did not answer in time")));
    req.on("error", (err) => {
      clearTimeout(connectTimer);
      clearTimeout(deadlineTimer);
      const code = (err as NodeJS.ErrnoException).code;
      reject(err instanceof FetchFailure ? err : new FetchFailure(classifySocketError(code), err.message));
    });
  });
}

function readBody(response: http.IncomingMessage, maxBytes: number, deadline: number): Promise<Uint8Array> {
  const encoding = header(response.headers["content-encoding"])?.toLowerCase();
  const stream: Readable =
    encoding === "gzip" || encoding === "x-gzip" ? response.pipe(zlib.createGunzip())
    : encoding === "deflate" ? response.pipe(zlib.createInflate())
    : encoding === "br" ? response.pipe(zlib.createBrotliDecompress())
    : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (err: FetchFailure) => {
      clearTimeout(timer); // a pending timer would hold the buffered chunks until the deadline
      response.destroy();
      stream.destroy();
      reject(err);
    };
    const timer = setTimeout(() => fail(new FetchFailure("timeout", "The body did not arrive in time")), remaining(deadline));
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length; // counted after decompression: a small gzip bomb is still too large
      if (size > maxBytes) return fail(new FetchFailure("too_large", `The response exceeds ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    stream.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", (err) => fail(new FetchFailure("network", `Could not read the body: ${err.message}`)));
    // pipe() does not forward errors: a connection cut mid-body would otherwise wait for the deadline.
    if (stream !== response) {
      response.on("error", (err) => fail(new FetchFailure("network", `Could not read the body: ${err.message}`)));
    }
  });
}

/** Health shows the class of a failure (DNS, TLS, …), so the socket's error code is mapped once, here. */
function classifySocketError(code: string | undefined): FetchErrorCode {
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_FAIL") return "dns";
  if (code && (/^(ERR_TLS|ERR_SSL|CERT_)/.test(code) || TLS_CODES.has(code))) return "tls";
  return "network";
}

const TLS_CODES = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "ERR_SSL_WRONG_VERSION_NUMBER", "EPROTO",
]);

const remaining = (deadline: number) => Math.max(1, deadline - Date.now());
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;
