import { canEditOutlets } from "../../../../lib/auth/permissions";
import { getDb } from "../../../../lib/db";
import { removeOutlet, setOutletPaused, updateOutlet, type OutletInput } from "../../../../lib/outlets/registry";
import { getOutletSettings } from "../../../../lib/queries/outlet-settings";
import { authorise, readJson } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";
import { registryWrite } from "../registry-errors";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/outlets/:slug — the outlet's settings and sources. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const { slug } = await context.params;
  return respond("/api/outlets/[slug]", async () => (await getOutletSettings(await getDb(), slug)) ?? jsonError(404, "unknown_outlet", `No outlet with slug "${slug}"`));
}

/** PATCH /api/outlets/:slug — {paused} alone pauses or resumes; a whole outlet replaces its settings. */
export async function PATCH(request: Request, context: Context): Promise<Response> {
  const auth = await authorise(request, canEditOutlets);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const { slug } = await context.params;
  const input = body.value as Record<string, unknown>;
  return respond("PATCH /api/outlets/[slug]", () =>
    registryWrite(async () => {
      const keys = input && typeof input === "object" ? Object.keys(input) : [];
      if (keys.length === 1 && keys[0] === "paused") {
        if (typeof input.paused !== "boolean") return jsonError(400, "invalid_outlet", "paused must be true or false");
        const outlet = await setOutletPaused(auth.value.db, slug, input.paused);
        return { slug: outlet.slug, paused: outlet.paused };
      }
      return { slug: (await updateOutlet(auth.value.db, slug, input as OutletInput)).slug };
    }),
  );
}

/** DELETE /api/outlets/:slug — removes the outlet with its articles and history. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  const auth = await authorise(request, canEditOutlets);
  if (!auth.ok) return auth.response;
  const { slug } = await context.params;
  return respond("DELETE /api/outlets/[slug]", () => registryWrite(async () => ({ slug, removed: true, articles: await removeOutlet(auth.value.db, slug) })));
}
