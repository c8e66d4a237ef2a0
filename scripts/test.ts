import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

/**
 * `npm test`: the whole suite. Type check, unit and integration tests (against PGlite and a
 * Postgres server), a production build, and browser tests in Chromium against both databases.
 * A missing prerequisite fails with how to install it; nothing is skipped silently.
 */

const INSTALL_POSTGRES = `Install and start a Postgres server, then set TEST_DATABASE_URL to a role that may create databases:
  sudo apt-get install -y postgresql && sudo service postgresql start
  sudo -u postgres psql -c "create role claimscope login createdb password 'claimscope'"
  export TEST_DATABASE_URL=postgres://claimscope:claimscope@localhost:5432/postgres`;
const INSTALL_CHROMIUM = `Browser tests need Chromium: sudo apt-get install -y chromium (or: npx playwright install chromium)`;

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${name} failed`);
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } catch (err) {
    fail(`Cannot prepare a test database on TEST_DATABASE_URL: ${String(err)}\n${INSTALL_POSTGRES}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) fail(`TEST_DATABASE_URL is not set: the suite runs against a Postgres server as well as PGlite.\n${INSTALL_POSTGRES}`);
if (!existsSync("/usr/bin/chromium") && !process.env.PLAYWRIGHT_BROWSERS_PATH && !process.env.CHROMIUM_PATH) {
  fail(INSTALL_CHROMIUM);
}

const bin = (name: string) => path.join("node_modules", ".bin", name);
step("Type check", bin("tsc"), ["--noEmit"]);
step("Unit and integration tests (PGlite and Postgres)", bin("vitest"), ["run"]);
step("Production build", bin("next"), ["build"]);

// Keyed by the port base, so two checkouts can run their browser tests at the same time.
const e2eKey = process.env.E2E_PORT_BASE ?? "3101";
const e2eData = path.join(os.tmpdir(), `claimscope-e2e-${e2eKey}`);
rmSync(e2eData, { recursive: true, force: true });
mkdirSync(e2eData, { recursive: true });
const e2eDatabaseUrl = await freshDatabase(adminUrl, `claimscope_e2e_${e2eKey.replace(/\D/g, "")}`);
step("Browser tests (Chromium, PGlite and Postgres)", bin("playwright"), ["test"], {
  E2E_DATA_DIR: path.join(e2eData, "data"),
  E2E_DATABASE_URL: e2eDatabaseUrl,
});
console.log("\n✓ All tests passed");
