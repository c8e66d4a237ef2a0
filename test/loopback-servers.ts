import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, expect } from "vitest";
import type { FetchResult } from "../ingest/fetch";

/** Real HTTP servers on loopback for network tests (DESIGN.md §7.13), closed after each test. */

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  port: number;
  /** http://127.0.0.1:port (or the host it listens on) */
  origin: string;
  requests: Recorded[];
}

const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export async function startServer(
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
export async function startRawServer(onConnection: (socket: net.Socket) => void): Promise<{ port: number; connections: number }> {
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
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const PRIVATE_OK = { allowPrivateNetwork: true } as const;

export function expectError(result: FetchResult, code: string): void {
  expect(result.kind).toBe("error");
  if (result.kind !== "error") return;
  expect(result.code).toBe(code);
  expect(result.message.length).toBeGreaterThan(0);
}

export function expectOk(result: FetchResult): Extract<FetchResult, { kind: "ok" }> {
  if (result.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

export const hello = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("hello");
};

