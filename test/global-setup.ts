import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { connectDatabase } from "../db/client";
import type { TestProject } from "vitest/node";

/**
 * Integration tests run against both PGlite and a Postgres server. A missing server is a
 * failure with instructions, never a silent skip. Also prepares one migrated PGlite data
 * folder that each test copies, so tests do not each pay for initdb.
 */

const INSTALL_HELP = [
  "Integration tests need a Postgres server as well as the embedded database.",
  "Install and start one, then point TEST_DATABASE_URL at a role that may create databases:",
  "  sudo apt-get install -y postgresql && sudo service postgresql start",
  "  sudo -u postgres psql -c \"create role claimscope login createdb password 'claimscope'\"",
  "  export TEST_DATABASE_URL=postgres://claimscope:claimscope@localhost:5432/postgres",
  "(.ci/run does all of this.)",
].join("\n");

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error(`TEST_DATABASE_URL is not set.\n${INSTALL_HELP}`);
  const admin = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin`select 1`;
  } catch (err) {
    throw new Error(`Cannot reach the Postgres server at TEST_DATABASE_URL: ${String(err)}\n${INSTALL_HELP}`);
  } finally {
    await admin.end({ timeout: 5 });
  }

  const templateDir = await mkdtemp(path.join(os.tmpdir(), "cs-tpl-"));
  const handle = await connectDatabase({ databaseUrl: null, dataDir: templateDir }, { role: "owner" });
  await handle.close();
  project.provide("pgliteTemplateDir", templateDir);
  return async () => {
    await rm(templateDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
  }
}

export async function copyTemplate(templateDir: string, target: string): Promise<void> {
  await cp(path.join(templateDir, "pgdata"), path.join(target, "pgdata"), { recursive: true });
}
