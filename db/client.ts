import path from "node:path";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Config } from "../lib/config";
import { attachEmbedded, type EmbeddedRole } from "./embedded";
import * as schema from "./schema";

/** The one place that constructs database connections (server or embedded). */

export type Database = PostgresJsDatabase<typeof schema>;
/** What `db.transaction(fn)` hands to `fn`: writers that must share a transaction take this. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseMode = "server" | "embedded";

export interface DatabaseHandle {
  db: Database;
  mode: DatabaseMode;
  close(): Promise<void>;
}

export interface ConnectOptions {
  role: EmbeddedRole;
  poolSize?: number;
  /** How long to wait for another process that holds the embedded data folder. */
  waitMs?: number;
}

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
// Any fixed 64-bit key: serialises concurrent migrators on a shared server.
const MIGRATION_LOCK_KEY = 7_291_004_113;

export async function connectDatabase(
  config: Pick<Config, "databaseUrl" | "dataDir">,
  options: ConnectOptions,
): Promise<DatabaseHandle> {
  const max = options.poolSize ?? 5;
  if (config.databaseUrl) {
    const url = config.databaseUrl.reveal();
    await migrateServer(url);
    const client = postgres(url, { max, onnotice: () => {} });
    return wrap(client, "server", async () => {});
  }
  const attachment = await attachEmbedded(config.dataDir, options.role, options.waitMs);
  try {
    // Named prepared statements would collide between clients of the one PGlite backend.
    const client = postgres({ path: attachment.socketPath, max, prepare: false, onnotice: () => {} });
    const handle = wrap(client, "embedded", attachment.release);
    if (attachment.owner) await migrate(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
    await attachment.markReady();
    return handle;
  } catch (err) {
    await attachment.release();
    throw err;
  }
}

function wrap(
  client: postgres.Sql,
  mode: DatabaseMode,
  release: () => Promise<void>,
): DatabaseHandle {
  return {
    db: drizzle(client, { schema }),
    mode,
    close: async () => {
      await client.end({ timeout: 5 });
      await release();
    },
  };
}

async function migrateServer(url: string): Promise<void> {
  // A dedicated single connection, so the session-level advisory lock covers the whole run.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
