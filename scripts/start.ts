import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { getConfig } from "../lib/config";

/**
 * `npm start`: builds the dashboard when the build is missing or older than the sources, then
 * serves it. Migrations and the first-start sample ingest run inside the server (instrumentation.ts).
 */

const SOURCES = ["app", "lib", "db", "ingest", "next.config.ts", "instrumentation.ts", "proxy.ts", "package-lock.json"];
const BUILD_STAMP = path.join(".next", "BUILD_ID");

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIsCurrent(): boolean {
  if (!existsSync(BUILD_STAMP)) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return SOURCES.every((entry) => newestMtime(entry) <= built);
}

const config = getConfig(); // fail on bad configuration before a long build
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");

if (!buildIsCurrent()) {
  console.log("Building the dashboard (first start, or the sources changed)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The server closes the database itself on SIGTERM/SIGINT (instrumentation.ts), so Next must not exit first.
const server = spawn(process.execPath, [nextBin, "start", "--port", String(config.port)], {
  stdio: "inherit",
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
