import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Serves one PGlite instance to many Postgres wire-protocol clients over a Unix socket.
 *
 * PGlite is a single backend: its unnamed prepared statement, its portals and its transaction
 * are shared by every client. So a client keeps the backend from its first message until the
 * Sync or simple Query that ends its request, and for as long as a transaction it began stays
 * open; only then may another client's messages run. (A per-message queue interleaves one
 * client's Bind with another's Parse; that is why this is not a stock socket server.)
 */

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

class Turnstile {
  private holder: object | null = null;
  private waiting: Array<() => void> = [];

  async enter(client: object): Promise<void> {
    while (this.holder !== null && this.holder !== client) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.holder = client;
  }

  leave(client: object): void {
    if (this.holder !== client) return;
    this.holder = null;
    this.waiting.splice(0).forEach((wake) => wake());
  }
}

export interface WireServer {
  close(): Promise<void>;
}

export async function serveOverSocket(pglite: PGlite, socketPath: string): Promise<WireServer> {
  const turnstile = new Turnstile();
  const sockets = new Set<net.Socket>();
  let closed = false;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    const client = {};
    let buffer = Buffer.alloc(0);
    let started = false;
    let chain = Promise.resolve();

    const run = async (message: Uint8Array, type: string | null) => {
      await turnstile.enter(client);
      await pglite.execProtocolRawStream(message, {
        // `data` is a view of PGlite's memory, reused for the next chunk: a write the kernel cannot
        // take at once would send the overwritten bytes, so the socket gets a copy.
        onRawData: (data) => {
          if (socket.writable) socket.write(Buffer.from(data));
        },
      });
      const requestEnds = type === null || type === "S" || type === "Q";
      if (requestEnds && !pglite.isInTransaction()) turnstile.leave(client);
    };

    const hangUp = async () => {
      sockets.delete(socket);
      await chain.catch(() => {});
      if (closed) return; // the database is closing with the server
      // A client that vanished inside its transaction must not leave it open for the next one.
      if (pglite.isInTransaction()) {
        await turnstile.enter(client);
        await pglite.exec("ROLLBACK").catch(() => {});
      }
      turnstile.leave(client);
    };

    socket.on("data", (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          const code = buffer.readInt32BE(4);
          if (code === SSL_REQUEST) {
            buffer = buffer.subarray(8);
            socket.write("N"); // no TLS on a local socket
            continue;
          }
          if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
            socket.destroy();
            return;
          }
          if (buffer.length < length) return;
          const startup = new Uint8Array(buffer.subarray(0, length));
          buffer = buffer.subarray(length);
          started = true;
          chain = chain.then(() => run(startup, null));
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]!);
        const message = new Uint8Array(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        if (type === "X") {
          socket.end();
          return;
        }
        chain = chain.then(() => run(message, type)).catch(() => {
          socket.destroy();
        });
      }
    });
    socket.on("close", () => void hangUp());
    socket.on("error", () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  return {
    close: async () => {
      closed = true;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
