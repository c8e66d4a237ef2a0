import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import lockfile from "proper-lockfile";
import { serveOverSocket, type WireServer } from "./wire-server";

/**
 * PGlite allows one process per data folder. The process that takes the folder's lock (the
 * dashboard, or a CLI command when no dashboard runs) becomes its owner and serves the database
 * on a Unix socket inside the folder; everyone else, the owner's own queries included, talks
 * Postgres wire protocol to that socket (wire-server.ts). One query path for embedded and server
 * mode, and each client's requests and transactions stay whole, which in-process queries beside
 * a socket client would not guarantee.
 */

export interface EmbeddedAttachment {
  socketPath: string;
  /** True when this process owns the folder (and must run migrations). */
  owner: boolean;
  /** Called once the database is migrated: from then on a long-lived owner takes clients. */
  markReady(): Promise<void>;
  release(): Promise<void>;
}

export type EmbeddedRole =
  /** Must own the folder (the long-running dashboard): waits for a short-lived owner to finish. */
  | "owner"
  /** Owns the folder if free, else becomes a client of the running owner (CLI commands). */
  | "any";

export class EmbeddedDatabaseBusyError extends Error {
  readonly code = "database_busy";
}

const SOCKET_NAME = ".s.PGSQL.5432";
const OWNER_FILE = "owner.json";
// Unix socket paths are limited to 107 bytes on Linux.
const MAX_SOCKET_PATH = 100;

interface OwnerInfo {
  pid: number;
  startedAt: string;
  /**
   * Only a long-lived owner (the dashboard) takes clients: a CLI owner closes its socket when its
   * command ends, which would cut off a client mid-command, so other CLI commands queue for the lock.
   */
  acceptsClients: boolean;
}

export async function attachEmbedded(
  dataDir: string,
  role: EmbeddedRole,
  waitMs = 60_000,
): Promise<EmbeddedAttachment> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const socketPath = path.join(dataDir, SOCKET_NAME);
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) {
    throw new Error(
      `CLAIMSCOPE_DATA path is too long for a Unix socket (${socketPath}); choose a shorter folder`,
    );
  }
  const deadline = Date.now() + waitMs;
  let lastOwner: OwnerInfo | null = null;
  for (;;) {
    const release = await tryLock(dataDir);
    if (release) return await becomeOwner(dataDir, socketPath, release, role === "owner");
    lastOwner = await readOwner(dataDir);
    if (role === "any" && lastOwner?.acceptsClients && existsSync(socketPath)) {
      return { socketPath, owner: false, markReady: async () => {}, release: async () => {} };
    }
    if (Date.now() > deadline) break;
    await sleep(250);
  }
  throw new EmbeddedDatabaseBusyError(
    `The data folder ${dataDir} is in use by process ${lastOwner?.pid ?? "unknown"}. ` +
      `Wait for it to finish, stop it, or set CLAIMSCOPE_DATA to another folder.`,
  );
}

async function tryLock(dataDir: string): Promise<(() => Promise<void>) | null> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "owner.lock"),
      realpath: false,
      stale: 15_000,
      update: 5_000,
      onCompromised: (err) => {
        // Another process took the folder over (we were frozen past the stale limit): stop
        // writing rather than corrupt the database.
        console.error(JSON.stringify({ event: "embedded_lock_lost", error: String(err) }));
        process.exit(70);
      },
    });
  } catch (err) {
    if ((err as { code?: string }).code === "ELOCKED") return null;
    throw err;
  }
}

async function becomeOwner(
  dataDir: string,
  socketPath: string,
  unlock: () => Promise<void>,
  acceptsClients: boolean,
): Promise<EmbeddedAttachment> {
  let pglite: PGlite | undefined;
  let server: WireServer | undefined;
  try {
    // A socket file left by a crashed owner would make listen() fail; we hold the lock, so it is stale.
    await rm(socketPath, { force: true });
    pglite = await PGlite.create(path.join(dataDir, "pgdata"));
    server = await serveOverSocket(pglite, socketPath);
    await writeOwner(dataDir, false);
  } catch (err) {
    await server?.close().catch(() => {});
    await pglite?.close().catch(() => {});
    await unlock();
    throw err;
  }
  const ownedServer = server;
  const ownedPglite = pglite;
  let released = false;
  return {
    socketPath,
    owner: true,
    markReady: () => writeOwner(dataDir, acceptsClients),
    release: async () => {
      if (released) return;
      released = true;
      await rm(path.join(dataDir, OWNER_FILE), { force: true });
      await ownedServer.close();
      await ownedPglite.close();
      await unlock();
    },
  };
}

async function writeOwner(dataDir: string, acceptsClients: boolean): Promise<void> {
  const info: OwnerInfo = { pid: process.pid, startedAt: new Date().toISOString(), acceptsClients };
  await writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify(info));
}

async function readOwner(dataDir: string): Promise<OwnerInfo | null> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, OWNER_FILE), "utf8")) as OwnerInfo;
  } catch {
    return null;
  }
}
