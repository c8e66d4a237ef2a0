import path from "node:path";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, Secret } from "./config";

const DB_URL = "postgres://claimscope:hunter2-secret@db.internal:5432/claimscope";

/** Runs parseConfig expecting a ConfigError, and returns it. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe("parseConfig: defaults", () => {
  it("uses the documented defaults for an empty environment", () => {
    expect(parseConfig({})).toEqual({
      databaseUrl: null,
      dataDir: path.resolve(process.cwd(), "data"),
      port: 3000,
      seedSample: true,
      allowPrivateNetwork: false,
      allowedNetworks: [],
      scheduler: true,
      seedRegistry: true,
      pollSeconds: 60,
      scrapeHostLimits: { maxConcurrent: 2, minIntervalMs: 1000 },
      adminEmail: null,
      adminPassword: null,
    });
  });

  it("reads the first admin's email and password, keeps the password secret, and refuses a short one", () => {
    const config = parseConfig({ CLAIMSCOPE_ADMIN_EMAIL: "desk@example.org", CLAIMSCOPE_ADMIN_PASSWORD: "correct horse battery" });
    expect(config.adminEmail).toBe("desk@example.org");
    expect(config.adminPassword?.reveal()).toBe("correct horse battery");
    expect(JSON.stringify(config)).not.toContain("horse");
    expect(configError({ CLAIMSCOPE_ADMIN_PASSWORD: "short" }).message).toMatch(/CLAIMSCOPE_ADMIN_PASSWORD needs at least 12/);
    expect(configError({ CLAIMSCOPE_ADMIN_EMAIL: "nobody" }).message).toMatch(/CLAIMSCOPE_ADMIN_EMAIL must be an email/);
  });

  it("sets the per-host scraping limits, and refuses zero concurrency", () => {
    expect(parseConfig({ CLAIMSCOPE_SCRAPE_HOST_CONCURRENCY: "4", CLAIMSCOPE_SCRAPE_HOST_INTERVAL_MS: "250" }).scrapeHostLimits).toEqual({ maxConcurrent: 4, minIntervalMs: 250 });
    expect(configError({ CLAIMSCOPE_SCRAPE_HOST_CONCURRENCY: "0" }).message).toMatch(/CLAIMSCOPE_SCRAPE_HOST_CONCURRENCY/);
  });

  it("reads an allowlist of private networks, and names a bad entry", () => {
    expect(parseConfig({ CLAIMSCOPE_FETCH_ALLOWED_NETWORKS: "10.20.0.0/16, 192.168.1.5" }).allowedNetworks).toEqual(["10.20.0.0/16", "192.168.1.5"]);
    expect(configError({ CLAIMSCOPE_FETCH_ALLOWED_NETWORKS: "10.0.0.0/8,intranet" }).message).toMatch(/CLAIMSCOPE_FETCH_ALLOWED_NETWORKS.*"intranet"/);
  });

  it("turns the scheduler off and sets its poll interval", () => {
    expect(parseConfig({ CLAIMSCOPE_SCHEDULER: "false", CLAIMSCOPE_POLL_SECONDS: "15" })).toMatchObject({ scheduler: false, pollSeconds: 15 });
    expect(() => parseConfig({ CLAIMSCOPE_POLL_SECONDS: "0" })).toThrow(/CLAIMSCOPE_POLL_SECONDS/);
  });

  it("resolves the default data directory to an absolute path", () => {
    const { dataDir } = parseConfig({});
    expect(path.isAbsolute(dataDir)).toBe(true);
    expect(path.basename(dataDir)).toBe("data");
  });

  it("treats empty strings as unset", () => {
    expect(
      parseConfig({
        DATABASE_URL: "",
        CLAIMSCOPE_DATA: "",
        PORT: "",
        CLAIMSCOPE_SEED_SAMPLE: "",
        CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: "",
      }),
    ).toEqual(parseConfig({}));
  });

  it("treats undefined values as unset", () => {
    expect(parseConfig({ DATABASE_URL: undefined, PORT: undefined })).toEqual(parseConfig({}));
  });

  it("ignores variables it does not know (the whole process.env is passed in)", () => {
    expect(parseConfig({ HOME: "/root", PATH: "/usr/bin", NODE_ENV: "test", PORT_EXTRA: "x" })).toEqual(parseConfig({}));
  });
});

describe("parseConfig: values", () => {
  it("resolves CLAIMSCOPE_DATA against the working directory, and keeps an absolute one", () => {
    expect(parseConfig({ CLAIMSCOPE_DATA: "var/../store" }).dataDir).toBe(path.resolve(process.cwd(), "store"));
    expect(parseConfig({ CLAIMSCOPE_DATA: "/srv/claimscope" }).dataDir).toBe("/srv/claimscope");
  });

  it.each([
    ["1", 1],
    ["8080", 8080],
    ["65535", 65535],
  ])("accepts PORT=%s", (value, port) => {
    expect(parseConfig({ PORT: value }).port).toBe(port);
  });

  it.each([
    ["1", true],
    ["true", true],
    ["yes", true],
    ["0", false],
    ["false", false],
    ["no", false],
  ])("reads the flag value %j as %s", (value, expected) => {
    const config = parseConfig({ CLAIMSCOPE_SEED_SAMPLE: value, CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: value });
    expect(config.seedSample).toBe(expected);
    expect(config.allowPrivateNetwork).toBe(expected);
  });

  it.each(["postgres://u:p@localhost:5432/db", "postgresql://u@localhost/db"])("accepts DATABASE_URL %s", (url) => {
    const config = parseConfig({ DATABASE_URL: url });
    expect(config.databaseUrl).toBeInstanceOf(Secret);
    expect(config.databaseUrl!.reveal()).toBe(url);
  });
});

describe("parseConfig: the database URL is a secret", () => {
  const config = parseConfig({ DATABASE_URL: DB_URL });

  it("reveal() returns the URL", () => {
    expect(config.databaseUrl?.reveal()).toBe(DB_URL);
  });

  it("prints as [redacted] through toString, String() and template literals", () => {
    expect(config.databaseUrl!.toString()).toBe("[redacted]");
    expect(String(config.databaseUrl)).toBe("[redacted]");
    expect(`${config.databaseUrl}`).toBe("[redacted]");
    expect("url=" + config.databaseUrl).toBe("url=[redacted]");
  });

  it("serialises as [redacted] with JSON.stringify, alone and inside the whole config", () => {
    expect(JSON.stringify(config.databaseUrl)).toBe('"[redacted]"');
    const logged = JSON.stringify(config);
    expect(JSON.parse(logged).databaseUrl).toBe("[redacted]");
    expect(logged).not.toContain("hunter2");
  });

  it("does not show the value when the config is inspected (console.log)", () => {
    expect(inspect(config, { depth: 5, showHidden: true })).not.toContain("hunter2");
  });

  it("does not expose the value as an enumerable property", () => {
    expect(Object.values(config.databaseUrl!)).toEqual([]);
    expect({ ...config.databaseUrl }).toEqual({});
  });
});

describe("parseConfig: invalid values", () => {
  it.each([
    ["abc", "not a number"],
    ["0", "below 1"],
    ["65536", "above 65535"],
    ["80.5", "not an integer"],
    ["-1", "negative"],
  ])("rejects PORT=%j (%s), naming the variable", (value) => {
    const err = configError({ PORT: value });
    expect(err.code).toBe("invalid_config");
    expect(err.message).toMatch(/\bPORT\b/);
  });

  it.each(["mysql://u:p@h/db", "http://h/db", "localhost:5432", "postgres:/missing-slash"])(
    "rejects DATABASE_URL %j, naming the variable without echoing the value",
    (url) => {
      const err = configError({ DATABASE_URL: url });
      expect(err.code).toBe("invalid_config");
      expect(err.message).toMatch(/\bDATABASE_URL\b/);
      expect(err.message).not.toContain(url);
    },
  );

  it.each(["CLAIMSCOPE_SEED_SAMPLE", "CLAIMSCOPE_ALLOW_PRIVATE_NETWORK"])("rejects an unknown flag value for %s", (name) => {
    expect(configError({ [name]: "maybe" }).message).toContain(name);
  });

  it.each(["TRUE", " Yes ", "1"])("accepts the flag value %j whatever its case or spacing", (value) => {
    expect(parseConfig({ CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: value }).allowPrivateNetwork).toBe(true);
  });

  it("reports every invalid variable at once", () => {
    const err = configError({ PORT: "abc", DATABASE_URL: "mysql://x" });
    expect(err.message).toContain("PORT");
    expect(err.message).toContain("DATABASE_URL");
  });

  it("is an Error with the name of its class", () => {
    const err = configError({ PORT: "abc" });
    expect(err).toBeInstanceOf(Error);
    expect(err.constructor.name).toBe("ConfigError");
  });
});
