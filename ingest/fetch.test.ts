import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { expectError, expectOk, freePort, hello, PRIVATE_OK, startRawServer, startServer } from "../test/loopback-servers";
import { fetchUrl } from "./fetch";

/** fetchUrl against real HTTP servers on loopback: bodies, conditional GET, limits and errors. */

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
      hints: { retryAfter: null, cacheControl: null, expires: null },
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

  it("refuses a 50 MB body under the default cap without reading it all", async () => {
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 0x63);
    let sent = 0;
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" }); // no Content-Length: the cap must count
      const pump = () => {
        while (sent < total && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => res.destroy());
      pump();
    });
    expectError(await fetchUrl(`${server.origin}/`, PRIVATE_OK), "too_large");
    expect(sent).toBeLessThan(total);
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
