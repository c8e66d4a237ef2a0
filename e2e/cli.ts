import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** Runs the CLI against the database the given project's app server uses, as a user would. */

const exec = promisify(execFile);

function cliEnv(project: string): NodeJS.ProcessEnv {
  const target = project === "pglite"
    ? { CLAIMSCOPE_DATA: process.env.E2E_DATA_DIR ?? "", DATABASE_URL: "" }
    : { DATABASE_URL: process.env.E2E_DATABASE_URL ?? "" };
  return { ...process.env, ...target, CLAIMSCOPE_ALLOW_PRIVATE_NETWORK: "true" };
}

/** Resolves with stdout, or with the error (exit code, stderr) when the command fails. */
export function runCli(project: string, ...args: string[]) {
  return exec("node_modules/.bin/tsx", ["ingest/cli.ts", ...args], { env: cliEnv(project) }).catch(
    (err: { code: number; stdout: string; stderr: string }) => err,
  );
}
