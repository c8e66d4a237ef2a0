import { canEditOutlets } from "../../../../lib/auth/permissions";
import { getDb } from "../../../../lib/db";
import { exportOpml, importOpml, OpmlError } from "../../../../lib/outlets/opml";
import { authorise } from "../../_lib/guard";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/outlets/opml — the registry as an OPML 2.0 download, for feed readers or another install. */
export async function GET(): Promise<Response> {
  return respond("/api/outlets/opml", async () => {
    const opml = await exportOpml(await getDb());
    return new Response(opml, {
      headers: { "content-type": "text/x-opml; charset=utf-8", "content-disposition": 'attachment; filename="claimscope-outlets.opml"' },
    });
  });
}

/**
 * POST /api/outlets/opml — imports an OPML file (editors): the raw file as the body, or JSON
 * `{ "opml": "…" }` from the dashboard. Answers what was added, extended, kept and refused.
 */
export async function POST(request: Request): Promise<Response> {
  const auth = await authorise(request, canEditOutlets);
  if (!auth.ok) return auth.response;
  const text = await opmlText(request);
  if (text === null) return jsonError(400, "invalid_opml", "Send the OPML file as the request body, or JSON { \"opml\": \"…\" }");
  return respond("POST /api/outlets/opml", async () => {
    try {
      return await importOpml(auth.value.db, text);
    } catch (err) {
      if (err instanceof OpmlError) return jsonError(400, err.code, err.message);
      throw err;
    }
  });
}

async function opmlText(request: Request): Promise<string | null> {
  const body = await request.text().catch(() => "");
  if (!(request.headers.get("content-type") ?? "").includes("json")) return body.trim() ? body : null;
  try {
    const opml = (JSON.parse(body) as { opml?: unknown }).opml;
    return typeof opml === "string" && opml.trim() ? opml : null;
  } catch {
    return null;
  }
}
