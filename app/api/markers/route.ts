import { runMarkerCounts } from "../../../ingest/marker-job";
import { canEditLexicon } from "../../../lib/auth/permissions";
import { logEvent } from "../../../lib/log";
import { getDb } from "../../../lib/db";
import { lexiconSchema } from "../../../lib/framing/lexicon-input";
import { formatIssues } from "../../../lib/queries/params";
import { loadLexicon, saveLexicon } from "../../../lib/queries/marker-lexicon";
import { authorise, readJson } from "../_lib/guard";
import { jsonError, respond } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/markers — the framing-marker lexicon: groups of variants and the terms each counts. */
export async function GET(): Promise<Response> {
  return respond("/api/markers", async () => loadLexicon(await getDb()));
}

/** PUT /api/markers — replaces the lexicon (editors); every article is then counted again under it. */
export async function PUT(request: Request): Promise<Response> {
  const auth = await authorise(request, canEditLexicon);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = lexiconSchema.safeParse(body.value);
  if (!parsed.success) return jsonError(400, "invalid_lexicon", formatIssues(parsed.error));
  return respond("PUT /api/markers", async () => {
    await saveLexicon(auth.value.db, parsed.data, auth.value.user.id);
    // Recounting runs on after the response: the compare view says how far it has got.
    void runMarkerCounts(auth.value.db).catch((err: unknown) => logEvent("marker_count_error", { error: String(err) }));
    return loadLexicon(auth.value.db);
  });
}
