/**
 * Runs once when the dashboard's server starts: takes the database (migrating it), ingests the
 * bundled sample on first start, makes sure an admin exists or can be claimed, starts the ingest scheduler, and closes the database cleanly on shutdown so the embedded
 * data folder is released.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getAppDatabaseHandle } = await import("./lib/db");
  const { getConfig } = await import("./lib/config");
  const { seedSampleIfFirstStart } = await import("./ingest/sample");
  const { logEvent } = await import("./lib/log");

  const config = getConfig();
  const handle = await getAppDatabaseHandle();
  logEvent("database_ready", { mode: handle.mode, dataDir: handle.mode === "embedded" ? config.dataDir : undefined });
  if (config.seedSample) {
    const reports = await seedSampleIfFirstStart(handle.db);
    if (reports) logEvent("sample_ingested", { runs: reports.map(({ problems: _p, ...r }) => r) });
  }

  const { ensureFirstAdmin } = await import("./lib/auth/first-admin");
  const admin = await ensureFirstAdmin(handle.db, config);
  if (admin.kind === "created") logEvent("admin_created", { email: admin.email });
  if (admin.kind === "setup") {
    // Printed, never logged as data: whoever reads the server's console claims the install once.
    process.stdout.write(
      `\nNo accounts yet. Open http://localhost:${config.port}/setup and enter this one-time setup secret to create the first admin:\n\n    ${admin.secret}\n\n` +
        "(Or set CLAIMSCOPE_ADMIN_EMAIL and CLAIMSCOPE_ADMIN_PASSWORD before the first start.)\n\n",
    );
  }

  if (config.seedRegistry) {
    const { seedRegistryIfFirstStart } = await import("./lib/outlets/registry-file");
    const registry = await seedRegistryIfFirstStart(handle.db);
    if (registry) logEvent("registry_loaded", { added: registry.added.length, failed: registry.failed });
  }

  // The scheduler runs beside the dashboard; more workers may join from `cli worker` anywhere.
  const { startScheduler, defaultWorkerName } = await import("./ingest/worker");
  const { ingestSettings } = await import("./ingest/pipeline");
  const scheduler = config.scheduler
    ? startScheduler(handle.db, { worker: defaultWorkerName(), ...ingestSettings(config), pollMs: config.pollSeconds * 1000 })
    : null;
  if (scheduler) logEvent("scheduler_started", { pollSeconds: config.pollSeconds });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logEvent("shutdown", { signal });
    await scheduler?.stop().catch((err: unknown) => logEvent("shutdown_error", { error: String(err) }));
    await handle.close().catch((err: unknown) => logEvent("shutdown_error", { error: String(err) }));
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
