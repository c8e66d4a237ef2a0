import path from "node:path";
import { z } from "zod";
import { networkAllowlist } from "../ingest/network-policy";

/**
 * The one place that reads process.env. Every setting has a documented default (README
 * "Configuration"); secrets are wrapped so that logging the config never prints them.
 */

export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return "[redacted]";
  }
  toJSON(): string {
    return "[redacted]";
  }
}

const booleanFlag = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(["1", "0", "true", "false", "yes", "no"]))
  .transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  CLAIMSCOPE_DATA: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CLAIMSCOPE_SEED_SAMPLE: booleanFlag.default(true),
  CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: booleanFlag.default(false),
  CLAIMSCOPE_FETCH_ALLOWED_NETWORKS: z
    .string()
    .transform((list) => list.split(",").map((s) => s.trim()).filter(Boolean))
    .superRefine((entries, ctx) => {
      try {
        networkAllowlist(entries);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
      }
    })
    .default([]),
  CLAIMSCOPE_SCHEDULER: booleanFlag.default(true),
  CLAIMSCOPE_SEED_REGISTRY: booleanFlag.default(true),
  CLAIMSCOPE_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  CLAIMSCOPE_SCRAPE_HOST_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  CLAIMSCOPE_SCRAPE_HOST_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
  CLAIMSCOPE_ADMIN_EMAIL: z.string().trim().email("CLAIMSCOPE_ADMIN_EMAIL must be an email address").optional(),
  CLAIMSCOPE_ADMIN_PASSWORD: z.string().min(12, "CLAIMSCOPE_ADMIN_PASSWORD needs at least 12 characters").optional(),
});

export interface Config {
  /** Set: a Postgres server. Unset: the embedded PGlite database in `dataDir`. */
  databaseUrl: Secret | null;
  dataDir: string;
  port: number;
  seedSample: boolean;
  allowPrivateNetwork: boolean;
  /** Private ranges fetches may reach even when allowPrivateNetwork is off. */
  allowedNetworks: string[];
  /** Load config/outlets.json into a database on its first start. */
  seedRegistry: boolean;
  /** Run the ingest scheduler inside the dashboard's process. */
  scheduler: boolean;
  /** How often an idle worker looks for due feeds. */
  pollSeconds: number;
  /** Scraping politeness per host: requests in flight at once, and least time between request starts. */
  scrapeHostLimits: { maxConcurrent: number; minIntervalMs: number };
  /** Both set: the first admin on first start. Otherwise a one-time setup secret is printed. */
  adminEmail: string | null;
  adminPassword: Secret | null;
}

export class ConfigError extends Error {
  readonly code = "invalid_config";
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = result.data;
  return {
    databaseUrl: e.DATABASE_URL ? new Secret(e.DATABASE_URL) : null,
    dataDir: path.resolve(e.CLAIMSCOPE_DATA),
    port: e.PORT,
    seedSample: e.CLAIMSCOPE_SEED_SAMPLE,
    allowPrivateNetwork: e.CLAIMSCOPE_ALLOW_PRIVATE_NETWORK,
    allowedNetworks: e.CLAIMSCOPE_FETCH_ALLOWED_NETWORKS,
    scheduler: e.CLAIMSCOPE_SCHEDULER,
    seedRegistry: e.CLAIMSCOPE_SEED_REGISTRY,
    pollSeconds: e.CLAIMSCOPE_POLL_SECONDS,
    scrapeHostLimits: { maxConcurrent: e.CLAIMSCOPE_SCRAPE_HOST_CONCURRENCY, minIntervalMs: e.CLAIMSCOPE_SCRAPE_HOST_INTERVAL_MS },
    adminEmail: e.CLAIMSCOPE_ADMIN_EMAIL ?? null,
    adminPassword: e.CLAIMSCOPE_ADMIN_PASSWORD ? new Secret(e.CLAIMSCOPE_ADMIN_PASSWORD) : null,
  };
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
