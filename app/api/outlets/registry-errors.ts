import { OutletRegistryError } from "../../../lib/outlets/registry";
import { jsonError } from "../_lib/respond";

const STATUS = { invalid_outlet: 400, unknown_outlet: 404, duplicate_outlet: 409 } as const;

/** Runs a registry write and maps its typed errors to HTTP; anything else is the caller's 500. */
export async function registryWrite(write: () => Promise<unknown>): Promise<unknown> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof OutletRegistryError) return jsonError(STATUS[err.code], err.code, err.message);
    throw err;
  }
}
