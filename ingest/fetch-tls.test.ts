import { readFileSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { expectError, PRIVATE_OK } from "../test/loopback-servers";
import { fetchUrl } from "./fetch";

/**
 * A certificate the system does not trust is a TLS error, its own class in outlet health ("TLS
 * error"), not a generic network failure: it tells an editor the site's certificate is the problem.
 */

const key = readFileSync("test/fixtures/tls/self-signed-127.0.0.1.key");
const cert = readFileSync("test/fixtures/tls/self-signed-127.0.0.1.crt");
let server: https.Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function startHttps(): Promise<string> {
  server = https.createServer({ key, cert }, (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end("<rss/>"));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `https://127.0.0.1:${(server!.address() as AddressInfo).port}/feed.xml`;
}

describe("fetchUrl over TLS", () => {
  it("reports a self-signed certificate as a tls error", async () => {
    const url = await startHttps();
    const result = await fetchUrl(url, PRIVATE_OK);
    expectError(result, "tls");
    expect(result.kind === "error" && result.message).toMatch(/certificate/i);
  });

  it("reports plain HTTP spoken on an https URL as a tls error", async () => {
    const http = await import("node:http");
    const plain = http.createServer((_req, res) => res.end("hello"));
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
    try {
      const result = await fetchUrl(`https://127.0.0.1:${(plain.address() as AddressInfo).port}/`, { ...PRIVATE_OK, timeoutMs: 5000 });
      expectError(result, "tls");
    } finally {
      plain.close();
    }
  });
});
