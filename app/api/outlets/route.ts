import { canEditOutlets } from "../../../lib/auth/permissions";
import { getDb } from "../../../lib/db";
import { saveOutlet, type OutletInput } from "../../../lib/outlets/registry";
import { listOutletsWithStats } from "../../../lib/queries/outlets";
import { authorise, readJson } from "../_lib/guard";
import { respond } from "../_lib/respond";
import { registryWrite } from "./registry-errors";

export const dynamic = "force-dynamic";

/** GET /api/outlets — outlets with article counts and their latest fetch run. */
export async function GET(): Promise<Response> {
  return respond("/api/outlets", async () => listOutletsWithStats(await getDb()));
}

/** POST /api/outlets — adds an outlet (editors); 409 when the slug is taken. */
export async function POST(request: Request): Promise<Response> {
  const auth = await authorise(request, canEditOutlets);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respond("POST /api/outlets", () =>
    registryWrite(async () => Response.json({ slug: (await saveOutlet(auth.value.db, body.value as OutletInput)).slug }, { status: 201 })),
  );
}
