import { connectDatabase, type Database, type DatabaseHandle } from "../db/client";
import { getConfig } from "./config";

/**
 * The web app's database: one handle per server process. Kept on globalThis because Next.js
 * may load this module more than once (instrumentation and route bundles), and a second
 * handle would try to take the embedded data folder a second time.
 */

const KEY = Symbol.for("claimscope.appDatabase");
type Holder = { [KEY]?: Promise<DatabaseHandle> };

export function getAppDatabaseHandle(): Promise<DatabaseHandle> {
  const holder = globalThis as Holder;
  holder[KEY] ??= connectDatabase(getConfig(), { role: "owner", poolSize: 8 });
  return holder[KEY];
}

export async function getDb(): Promise<Database> {
  return (await getAppDatabaseHandle()).db;
}
