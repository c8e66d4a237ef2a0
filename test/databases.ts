import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterEach, beforeEach, inject } from "vitest";
import { connectDatabase, type DatabaseHandle } from "../db/client";
import { Secret } from "../lib/config";
import { dropDatabase } from "./drop-database";
import { copyTemplate } from "./global-setup";

/** Fresh, migrated databases for integration tests: one per test, on either backend. */

export const BACKENDS = ["pglite", "postgres"] as const;
export type Backend = (typeof BACKENDS)[number];

export interface TestDatabase extends DatabaseHandle {
  backend: Backend;
  /** What a CLI process would need to reach the same database. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  return backend === "pglite" ? createPgliteDatabase() : createServerDatabase();
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "cs-db-"));
  await copyTemplate(inject("pgliteTemplateDir"), dataDir);
  const handle = await connectDatabase({ databaseUrl: null, dataDir }, { role: "owner" });
  return {
    ...handle,
    backend: "pglite",
    env: { CLAIMSCOPE_DATA: dataDir },
    dispose: async () => {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function createServerDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set (see test/global-setup.ts)");
  const name = `cs_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await connectDatabase(
    { databaseUrl: new Secret(url.toString()), dataDir: "" },
    { role: "owner" },
  );
  return {
    ...handle,
    backend: "postgres",
    env: { DATABASE_URL: url.toString() },
    dispose: async () => {
      await handle.close();
      await dropDatabase(admin, name);
      await admin.end({ timeout: 5 });
    },
  };
}

/**
 * A fresh database for each test of the enclosing describe block, disposed after it. Returns a
 * getter because the database only exists once a test runs.
 */
export function useTestDatabase(backend: Backend): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await createTestDatabase(backend);
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("useTestDatabase: the database exists only inside a test");
    return current;
  };
}
