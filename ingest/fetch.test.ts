import http from "node:http";
import net, { type AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchUrl, type FetchResult } from "./fetch";

/**
 * Network tests against real HTTP servers on loopback (DESIGN.md §7.13). Nothing here contacts a
 * non-loopback address.
 *
 * Loopback is itself a refused range, so to exercise "an allowed server redirects to a private
 * address" and "a name that resolves to a private address" the test can mark chosen loopback
 * addresses as public (`fake.publicAddresses`) and give chosen `.test` names fixed answers
 * (`fake.hosts`). Both are empty unless a test fills them, so every other test runs the real
 * policy and the real resolver.
 */
const fake = vi.hoisted(() => ({
  publicAddresses: new Set<string>(),
  hosts: new Map<string, () => string[]>(),
  lookups: [] as string[],
}));

vi.mock("./network-policy", async (importOriginal) => {
  const real = await importOriginal<typeof import("./network-policy")>();
  return {
    ...real,
    isBlockedAddress: (address: string) => !fake.publicAddresses.has(address) && real.isBlockedAddress(address),
  };
});

vi.mock("node:dns", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:dns")>();
  type Callback = (err: NodeJS.ErrnoException | null, address: unknown, family?: number) => void;
  function lookup(hostname: string, options: { all?: boolean }, callback: Callback) {
    fake.lookups.push(hostname);
    const answer = fake.hosts.get(hostname);
    if (!answer) return real.lookup(hostname, options as never, callback as never);
    const list = answer().map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    process.nextTick(() => (options.all ? callback(null, list) : callback(null, list[0]!.address, list[0]!.family)));
  }
  const realDefault = (real as typeof real & { default?: typeof real }).default ?? real;
  return { ...real, default: { ...realDefault, lookup }, lookup };
});

interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

interface TestServer {
  port: number;
  /** http://127.0.0.1:port (or the host it listens on) */
  origin: string;
  requests: Recorded[];
}

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  fake.publicAddresses.clear();
  fake.hosts.clear();
  fake.lookups.length = 0;
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => void,
  { host = "127.0.0.1", port = 0 }: { host?: string; port?: number } = {},
): Promise<TestServer> {
  const requests: Recorded[] = [];
  const state: TestServer = { port: 0, origin: "", requests };
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    handler(req, res, state);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  state.port = (server.address() as AddressInfo).port;
  state.origin = `http://${host}:${state.port}`;
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return state;
}

/** A raw TCP server, for responses node:http would not produce (dripped headers, cut bodies). */
async function startRawServer(onConnection: (socket: net.Socket) => void): Promise<{ port: number; connections: number }> {
  const sockets = new Set<net.Socket>();
  const state = { port: 0, connections: 0 };
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
    onConnection(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  state.port = (server.address() as AddressInfo).port;
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return state;
}

/** A port nothing listens on: bind one, then close it. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const PRIVATE_OK = { allowPrivateNetwork: true } as const;

function expectError(result: FetchResult, code: string): void {
  expect(result.kind).toBe("error");
  if (result.kind !== "error") return;
  expect(result.code).toBe(code);
  expect(result.message.length).toBeGreaterThan(0);
}

function expectOk(result: FetchResult): Extract<FetchResult, { kind: "ok" }> {
  if (result.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

const hello = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("hello");
};

describe("fetchUrl: private network policy", () => {
  it("refuses a loopback IP literal by default, before any request reaches the server", async () => {
    const server = await startServer(hello);
    const result = await fetchUrl(`${server.origin}/feed.xml`);
    expectError(result, "private_network");
    expect(result.url).toBe(`${server.origin}/feed.xml`);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses allowPrivateNetwork: false explicitly, same as the default", async () => {
    const server = await startServer(hello);
    expectError(await fetchUrl(`${server.origin}/`, { allowPrivateNetwork: false }), "private_network");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses `localhost`, which only the resolver knows is loopback (checked at connect time)", async () => {
    const server = await startServer(hello);
    const result = await fetchUrl(`http://localhost:${server.port}/`);
    expectError(result, "private_network");
    // The name went through fetch's guarded lookup: the refusal is on the resolved IP, not the name.
    expect(fake.lookups).toContain("localhost");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses an innocent-looking name that resolves to a loopback address", async () => {
    const server = await startServer(hello);
    fake.hosts.set("news.example.test", () => ["127.0.0.1"]);
    expectError(await fetchUrl(`http://news.example.test:${server.port}/`), "private_network");
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a name when any one of its addresses is private", async () => {
    const server = await startServer(hello);
    fake.publicAddresses.add("127.0.0.1");
    fake.hosts.set("mixed.test", () => ["127.0.0.1", "10.0.0.7"]);
    expectError(await fetchUrl(`http://mixed.test:${server.port}/`), "private_network");
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ["IPv6 loopback", "http://[::1]:9/"],
    ["IPv4-mapped IPv6 loopback (URL normalises it to hex)", "http://[::ffff:127.0.0.1]:9/"],
    ["RFC 1918", "http://10.0.0.1/"],
    ["link-local cloud metadata", "http://169.254.169.254/latest/meta-data/"],
    ["unspecified", "http://0.0.0.0:9/"],
    ["decimal-encoded loopback (URL normalises it)", "http://2130706433:9/"],
  ])("refuses %s without connecting", async (_label, url) => {
    expectError(await fetchUrl(url, { timeoutMs: 2_000 }), "private_network");
  });

  it("fetches a loopback IP literal when allowPrivateNetwork is true", async () => {
    const server = await startServer(hello);
    const ok = expectOk(await fetchUrl(`${server.origin}/`, PRIVATE_OK));
    expect(Buffer.from(ok.body).toString()).toBe("hello");
    expect(server.requests).toHaveLength(1);
  });

  it("fetches `localhost` when allowPrivateNetwork is true", async () => {
    const server = await startServer(hello);
    const ok = expectOk(await fetchUrl(`http://localhost:${server.port}/`, PRIVATE_OK));
    expect(Buffer.from(ok.body).toString()).toBe("hello");
  });

  it("fetches a name resolving to an address the policy allows", async () => {
    const server = await startServer(hello);
    fake.publicAddresses.add("127.0.0.1");
    fake.hosts.set("public.test", () => ["127.0.0.1"]);
    const ok = expectOk(await fetchUrl(`http://public.test:${server.port}/`));
    expect(Buffer.from(ok.body).toString()).toBe("hello");
    expect(server.requests[0]!.headers.host).toBe(`public.test:${server.port}`);
  });

  it("does not let a pooled connection opened with allowPrivateNetwork skip the check for a later call", async () => {
    const server = await startServer(hello); // node:http keeps connections alive by default
    expectOk(await fetchUrl(`http://localhost:${server.port}/`, PRIVATE_OK));
    const second = await fetchUrl(`http://localhost:${server.port}/`);
    expectError(second, "private_network");
    expect(server.requests).toHaveLength(1);
  });
});

describe("fetchUrl: successful responses", () => {
  it("returns the exact body bytes, status, final URL and caching headers", async () => {
    const bytes = Buffer.from([0x3c, 0x72, 0x73, 0x73, 0x3e, 0x00, 0xff, 0xc0, 0xe0, 0x0a]); // not valid UTF-8 on purpose
    const server = await startServer((_req, res) => {
      res.writeHead(200, {
        "content-type": "application/rss+xml; charset=windows-1251",
        etag: '"abc-123"',
        "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT",
      });
      res.end(bytes);
    });
    const ok = expectOk(await fetchUrl(`${server.origin}/rss`, PRIVATE_OK));
    expect(ok.status).toBe(200);
    expect(ok.url).toBe(`${server.origin}/rss`);
    expect(ok.body).toBeInstanceOf(Uint8Array);
    expect([...ok.body]).toEqual([...bytes]);
    expect(ok.contentType).toBe("application/rss+xml; charset=windows-1251");
    expect(ok.etag).toBe('"abc-123"');
    expect(ok.lastModified).toBe("Wed, 21 Oct 2015 07:28:00 GMT");
  });

  it("reports missing content-type, etag and last-modified as null", async () => {
    const server = await startServer((_req, res) => {
      res.removeHeader("date");
      res.writeHead(200);
      res.end("x");
    });
    const ok = expectOk(await fetchUrl(`${server.origin}/`, PRIVATE_OK));
    expect(ok.contentType).toBeNull();
    expect(ok.etag).toBeNull();
    expect(ok.lastModified).toBeNull();
  });

  it("accepts any 2xx status", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(203);
      res.end("non-authoritative");
    });
    const ok = expectOk(await fetchUrl(`${server.origin}/`, PRIVATE_OK));
    expect(ok.status).toBe(203);
  });

  it("sends a GET with its own User-Agent and advertises the encodings it can decode", async () => {
    const server = await startServer(hello);
    await fetchUrl(`${server.origin}/path?q=1`, PRIVATE_OK);
    const [req] = server.requests;
    expect(req!.method).toBe("GET");
    expect(req!.url).toBe("/path?q=1");
    expect(req!.headers["user-agent"]).toMatch(/^Claimscope\//);
    expect(req!.headers["accept-encoding"]).toMatch(/gzip/);
  });

  it.each([
    ["gzip", zlib.gzipSync],
    ["x-gzip", zlib.gzipSync],
    ["deflate", zlib.deflateSync],
    ["br", zlib.brotliCompressSync],
  ] as const)("decodes a %s-encoded body", async (encoding, compress) => {
    const text = "Новости Казахстана — ".repeat(200);
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-encoding": encoding, "content-type": "text/plain; charset=utf-8" });
      res.end(compress(Buffer.from(text)));
    });
    const ok = expectOk(await fetchUrl(`${server.origin}/`, PRIVATE_OK));
    expect(Buffer.from(ok.body).toString("utf8")).toBe(text);
  });
});

describe("fetchUrl: conditional GET", () => {
  it("sends If-None-Match, and not If-Modified-Since, when an etag is known (ETag wins)", async () => {
    const server = await startServer(hello);
    await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, etag: '"v1"', lastModified: "Wed, 21 Oct 2015 07:28:00 GMT" });
    const headers = server.requests[0]!.headers;
    expect(headers["if-none-match"]).toBe('"v1"');
    expect(headers["if-modified-since"]).toBeUndefined();
  });

  it("sends If-Modified-Since when only Last-Modified is known", async () => {
    const server = await startServer(hello);
    await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, etag: null, lastModified: "Wed, 21 Oct 2015 07:28:00 GMT" });
    const headers = server.requests[0]!.headers;
    expect(headers["if-modified-since"]).toBe("Wed, 21 Oct 2015 07:28:00 GMT");
    expect(headers["if-none-match"]).toBeUndefined();
  });

  it("sends neither header on a first fetch", async () => {
    const server = await startServer(hello);
    await fetchUrl(`${server.origin}/`, PRIVATE_OK);
    const headers = server.requests[0]!.headers;
    expect(headers["if-none-match"]).toBeUndefined();
    expect(headers["if-modified-since"]).toBeUndefined();
  });

  it("turns a 304 into not-modified, keeping the new Last-Modified and ETag the server sent", async () => {
    const server = await startServer((req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304, { etag: '"v1"', "last-modified": "Thu, 22 Oct 2015 08:00:00 GMT" });
        return res.end();
      }
      hello(req, res);
    });
    const result = await fetchUrl(`${server.origin}/feed`, {
      ...PRIVATE_OK,
      etag: '"v1"',
      lastModified: "Wed, 21 Oct 2015 07:28:00 GMT",
    });
    expect(result).toEqual({
      kind: "not-modified",
      url: `${server.origin}/feed`,
      etag: '"v1"',
      lastModified: "Thu, 22 Oct 2015 08:00:00 GMT",
    });
  });

  it("keeps the validators it sent when a 304 carries none", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(304);
      res.end();
    });
    const result = await fetchUrl(`${server.origin}/`, {
      ...PRIVATE_OK,
      etag: '"v7"',
      lastModified: "Wed, 21 Oct 2015 07:28:00 GMT",
    });
    expect(result).toMatchObject({ kind: "not-modified", etag: '"v7"', lastModified: "Wed, 21 Oct 2015 07:28:00 GMT" });
  });

  it("answers 304 after a redirect with the final URL", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/old") {
        res.writeHead(301, { location: "/new" });
        return res.end();
      }
      res.writeHead(304, { "last-modified": "Fri, 23 Oct 2015 09:00:00 GMT" });
      res.end();
    });
    const result = await fetchUrl(`${server.origin}/old`, { ...PRIVATE_OK, lastModified: "Wed, 21 Oct 2015 07:28:00 GMT" });
    expect(result).toMatchObject({ kind: "not-modified", url: `${server.origin}/new`, lastModified: "Fri, 23 Oct 2015 09:00:00 GMT" });
    // The validator is sent on every hop, including the one that answers 304.
    expect(server.requests.map((r) => r.headers["if-modified-since"])).toEqual([
      "Wed, 21 Oct 2015 07:28:00 GMT",
      "Wed, 21 Oct 2015 07:28:00 GMT",
    ]);
  });
});

/** Redirects /hop/N → /hop/N-1 … → /hop/0, which answers 200 "arrived". */
function redirectChain(status = 302) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const n = Number(/^\/hop\/(\d+)$/.exec(req.url ?? "")?.[1] ?? NaN);
    if (n > 0) {
      res.writeHead(status, { location: `../hop/${n - 1}` }); // relative, resolved against the current URL
      return res.end();
    }
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("arrived");
  };
}

describe("fetchUrl: redirects", () => {
  it.each([301, 302, 303, 307, 308])("follows a relative Location on %i and reports the final URL", async (status) => {
    const server = await startServer(redirectChain(status));
    const ok = expectOk(await fetchUrl(`${server.origin}/hop/2`, PRIVATE_OK));
    expect(Buffer.from(ok.body).toString()).toBe("arrived");
    expect(ok.url).toBe(`${server.origin}/hop/0`);
    expect(server.requests.map((r) => r.url)).toEqual(["/hop/2", "/hop/1", "/hop/0"]);
  });

  it("follows an absolute Location to another server", async () => {
    const target = await startServer(hello);
    const origin = await startServer((_req, res) => {
      res.writeHead(301, { location: `${target.origin}/moved` });
      res.end();
    });
    const ok = expectOk(await fetchUrl(`${origin.origin}/`, PRIVATE_OK));
    expect(ok.url).toBe(`${target.origin}/moved`);
    expect(target.requests.map((r) => r.url)).toEqual(["/moved"]);
  });

  it("follows exactly maxRedirects redirects", async () => {
    const server = await startServer(redirectChain());
    const ok = expectOk(await fetchUrl(`${server.origin}/hop/3`, { ...PRIVATE_OK, maxRedirects: 3 }));
    expect(ok.url).toBe(`${server.origin}/hop/0`);
  });

  it("fails with too_many_redirects on one more than maxRedirects", async () => {
    const server = await startServer(redirectChain());
    const result = await fetchUrl(`${server.origin}/hop/4`, { ...PRIVATE_OK, maxRedirects: 3 });
    expectError(result, "too_many_redirects");
    expect(server.requests).toHaveLength(4); // the first request and three redirects, no fifth
    expect(result.url).toBe(`${server.origin}/hop/0`); // where it would have gone next
  });

  it("stops a redirect loop after the default of 10 redirects", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302, { location: "/loop" });
      res.end();
    });
    expectError(await fetchUrl(`${server.origin}/loop`, PRIVATE_OK), "too_many_redirects");
    expect(server.requests).toHaveLength(11);
  });

  it("treats maxRedirects: 0 as 'do not follow'", async () => {
    const server = await startServer(redirectChain());
    expectError(await fetchUrl(`${server.origin}/hop/1`, { ...PRIVATE_OK, maxRedirects: 0 }), "too_many_redirects");
    expect(server.requests).toHaveLength(1);
  });

  it("reports a 3xx without Location as an HTTP error", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302);
      res.end("nowhere");
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "http_302");
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302, { location: "file:///etc/passwd" });
      res.end();
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "invalid_url");
  });

  it("checks every hop: a loopback-literal start is refused on the first hop when private is not allowed", async () => {
    const server = await startServer(redirectChain());
    expectError(await fetchUrl(`${server.origin}/hop/1`, { allowPrivateNetwork: false }), "private_network");
    expect(server.requests).toHaveLength(0);
  });

  describe("from a server the policy treats as public", () => {
    it("refuses a redirect to a private IP literal, and never contacts it", async () => {
      const privateServer = await startServer(hello, { host: "127.0.0.2" });
      const allowed = await startServer((_req, res) => {
        res.writeHead(302, { location: `http://127.0.0.2:${privateServer.port}/internal` });
        res.end();
      });
      fake.publicAddresses.add("127.0.0.1");
      const result = await fetchUrl(`${allowed.origin}/`);
      expectError(result, "private_network");
      expect(result.url).toBe(`http://127.0.0.2:${privateServer.port}/internal`);
      expect(allowed.requests).toHaveLength(1);
      expect(privateServer.requests).toHaveLength(0);
    });

    it("refuses a redirect to a name that resolves to a private address, and never contacts it", async () => {
      const privateServer = await startServer(hello, { host: "127.0.0.2" });
      const allowed = await startServer((_req, res) => {
        res.writeHead(301, { location: `http://intranet.test:${privateServer.port}/admin` });
        res.end();
      });
      fake.publicAddresses.add("127.0.0.1");
      fake.hosts.set("intranet.test", () => ["127.0.0.2"]);
      expectError(await fetchUrl(`${allowed.origin}/`), "private_network");
      expect(privateServer.requests).toHaveLength(0);
    });

    it("re-resolves on each new connection, so DNS rebinding to a private address is refused", async () => {
      // The same name answers public first and private afterwards; both servers share one port.
      const publicServer = await startServer((_req, res) => {
        res.writeHead(302, { location: "/next", connection: "close" });
        res.end();
      });
      const privateServer = await startServer(hello, { host: "127.0.0.2", port: publicServer.port });
      fake.publicAddresses.add("127.0.0.1");
      let calls = 0;
      fake.hosts.set("rebind.test", () => (calls++ === 0 ? ["127.0.0.1"] : ["127.0.0.2"]));
      expectError(await fetchUrl(`http://rebind.test:${publicServer.port}/start`), "private_network");
      expect(calls).toBe(2);
      expect(publicServer.requests.map((r) => r.url)).toEqual(["/start"]);
      expect(privateServer.requests).toHaveLength(0);
    });
  });
});

describe("fetchUrl: errors", () => {
  it.each([403, 404, 410, 429, 500, 503])("maps HTTP %i to code http_%i", async (status) => {
    const server = await startServer((_req, res) => {
      res.writeHead(status, { "content-type": "text/html" });
      res.end("<h1>nope</h1>");
    });
    const result = await fetchUrl(`${server.origin}/`, PRIVATE_OK);
    expectError(result, `http_${status}`);
  });

  it("treats an empty 200 body as an error", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end();
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "empty_body");
  });

  it("treats a body that decompresses to nothing as empty", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-encoding": "gzip" });
      res.end(zlib.gzipSync(Buffer.alloc(0)));
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "empty_body");
  });

  it("accepts a body of exactly maxBytes and refuses one byte more", async () => {
    const server = await startServer((req, res) => {
      res.writeHead(200);
      res.end(Buffer.alloc(req.url === "/exact" ? 1000 : 1001, 0x61));
    });
    expect(expectOk(await fetchUrl(`${server.origin}/exact`, { ...PRIVATE_OK, maxBytes: 1000 })).body.length).toBe(1000);
    expectError(await fetchUrl(`${server.origin}/over`, { ...PRIVATE_OK, maxBytes: 1000 }), "too_large");
  });

  it("stops reading a large body sent in chunks without a Content-Length", async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x62);
    const server = await startServer((_req, res) => {
      res.writeHead(200); // chunked transfer encoding
      for (let i = 0; i < 32; i++) res.write(chunk);
      res.end();
    });
    expectError(await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, maxBytes: 256 * 1024 }), "too_large");
  });

  it("counts size after decompression: a 20 MiB gzip bomb is too large under the default 15 MiB cap", async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024); // small on the wire
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-encoding": "gzip", "content-type": "application/xml" });
      res.end(bomb);
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "too_large");
  });

  it.each([
    ["deflate", zlib.deflateSync],
    ["br", zlib.brotliCompressSync],
  ] as const)("counts size after decompression for %s too", async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(4 * 1024 * 1024));
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-encoding": encoding });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expectError(await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, maxBytes: 1024 * 1024 }), "too_large");
  });

  it("reports a corrupt gzip body as a network error", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-encoding": "gzip" });
      res.end(Buffer.from("this is not gzip at all"));
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "network");
  });

  it("times out on a server that accepts the request and never answers", async () => {
    const server = await startServer(() => {
      /* never respond */
    });
    expectError(await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, timeoutMs: 300 }), "timeout");
    expect(server.requests).toHaveLength(1);
  });

  it("times out on a server that sends headers and then stalls the body", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("partial");
    });
    expectError(await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, timeoutMs: 300 }), "timeout");
  });

  it("enforces the total timeout on a body that keeps trickling", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const timer = setInterval(() => res.write("."), 20);
      res.on("close", () => clearInterval(timer));
    });
    expectError(await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, timeoutMs: 300 }), "timeout");
  });

  it("enforces the total timeout while headers keep trickling", async () => {
    const server = await startRawServer((socket) => {
      socket.write("HTTP/1.1 200 OK\r\n");
      let n = 0;
      const timer = setInterval(() => socket.write(`X-Drip-${n++}: a\r\n`), 20);
      socket.on("close", () => clearInterval(timer));
    });
    expectError(await fetchUrl(`http://127.0.0.1:${server.port}/`, { ...PRIVATE_OK, timeoutMs: 300 }), "timeout");
  });

  it("reports a connection cut mid-body as a network error, not a success", async () => {
    const server = await startRawServer((socket) => {
      socket.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly a little");
      setImmediate(() => socket.destroy());
    });
    expectError(await fetchUrl(`http://127.0.0.1:${server.port}/`, { ...PRIVATE_OK, timeoutMs: 10_000 }), "network");
  });

  it("reports a compressed body cut mid-stream as a network error, not a timeout", async () => {
    const compressed = zlib.gzipSync(Buffer.alloc(100_000, 0x63));
    const server = await startRawServer((socket) => {
      socket.write(
        `HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${compressed.length}\r\n\r\n`,
      );
      socket.write(compressed.subarray(0, Math.floor(compressed.length / 2)));
      setImmediate(() => socket.destroy());
    });
    // The timeout is far longer than the test needs: a wait for it would mean the cut went unnoticed.
    const result = await fetchUrl(`http://127.0.0.1:${server.port}/`, { ...PRIVATE_OK, timeoutMs: 25_000 });
    expectError(result, "network");
  });

  it("reports a refused connection as a network error", async () => {
    const port = await freePort();
    expectError(await fetchUrl(`http://127.0.0.1:${port}/`, PRIVATE_OK), "network");
  });

  it.each([
    ["not a URL at all", "not a url"],
    ["an empty string", ""],
    ["a relative path", "/feed.xml"],
    ["ftp:", "ftp://127.0.0.1/feed.xml"],
    ["file:", "file:///etc/passwd"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/plain,hello"],
  ])("rejects %s as invalid_url", async (_label, url) => {
    const result = await fetchUrl(url, PRIVATE_OK);
    expectError(result, "invalid_url");
    expect(result.url).toBe(url);
  });

  it("reports a host that does not resolve as a dns (or network) error", async () => {
    const result = await fetchUrl("http://nonexistent.invalid/", { timeoutMs: 5_000 });
    expect(result.kind).toBe("error");
    if (result.kind === "error") expect(["dns", "network"]).toContain(result.code);
  });

  it("leaves no timer running after giving up on a too-large body", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-encoding": "gzip" });
      res.end(zlib.gzipSync(Buffer.alloc(2 * 1024 * 1024)));
    });
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    // A long deadline: a timer left behind would hold the buffered chunks for the whole minute.
    expectError(await fetchUrl(`${server.origin}/`, { ...PRIVATE_OK, maxBytes: 1024 * 1024, timeoutMs: 60_000 }), "too_large");
    await new Promise((resolve) => setImmediate(resolve));
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
