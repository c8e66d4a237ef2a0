import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { E2E_ADMIN } from "./e2e/admin";

/**
 * Browser tests drive the real app, started as a user starts it (`npm start`), once on the
 * embedded database and once on a Postgres server. scripts/test.ts prepares both databases.
 */

const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), "claimscope-e2e", "data");
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  throw new Error("E2E_DATABASE_URL is not set: run browser tests through `npm test`, which prepares it.");
}
// Debian's Chromium where present (Playwright's own download cannot run everywhere), else Playwright's.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Two app servers side by side; E2E_PORT_BASE moves them when another checkout's tests use the defaults.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3101);

// An empty DATABASE_URL counts as unset, so the PGlite server ignores one in the caller's environment.
const servers: { name: string; port: number; env: Record<string, string> }[] = [
  { name: "pglite", port: portBase, env: { CLAIMSCOPE_DATA: dataDir, DATABASE_URL: "" } },
  { name: "postgres", port: portBase + 1, env: { DATABASE_URL: databaseUrl } },
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    headless: true,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: servers.map((s) => ({ name: s.name, use: { baseURL: `http://127.0.0.1:${s.port}` } })),
  webServer: servers.map((s) => ({
    command: "npm start",
    url: `http://127.0.0.1:${s.port}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // The sample alone, and no scheduler: real outlets' feeds are not reachable from a test machine.
    // Loopback is allowed so "Test this outlet" can reach the specs' own feed servers.
    env: {
      PORT: String(s.port), CLAIMSCOPE_SCHEDULER: "false", CLAIMSCOPE_SEED_REGISTRY: "false",
      CLAIMSCOPE_ADMIN_EMAIL: E2E_ADMIN.email, CLAIMSCOPE_ADMIN_PASSWORD: E2E_ADMIN.password, CLAIMSCOPE_FETCH_ALLOWED_NETWORKS: "127.0.0.0/8",
      ...s.env,
    },
  })),
});
