import http from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { expectError, expectOk, hello, PRIVATE_OK, startServer } from "../test/loopback-servers";
import { fetchUrl } from "./fetch";

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
    isBlockedAddress: (address: string, allowed?: Parameters<typeof real.isBlockedAddress>[1]) =>
      !fake.publicAddresses.has(address) && real.isBlockedAddress(address, allowed),
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

afterEach(() => {
  fake.publicAddresses.clear();
  fake.hosts.clear();
  fake.lookups.length = 0;
});

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

  it("fetches a private address on the operator's allowlist, and still refuses one just outside it", async () => {
    const server = await startServer(hello);
    expectOk(await fetchUrl(`${server.origin}/`, { allowedNetworks: ["127.0.0.1/32"] }));
    expectOk(await fetchUrl(`http://localhost:${server.port}/`, { allowedNetworks: ["127.0.0.0/30", "::1"] }));
    expectError(await fetchUrl(`${server.origin}/`, { allowedNetworks: ["127.0.0.2/32"] }), "private_network");
    expect(server.requests).toHaveLength(2);
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

