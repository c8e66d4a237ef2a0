import { ingestSettings } from "../../../../ingest/pipeline";
import { previewOutlet } from "../../../../ingest/preview";
import { canPreviewOutlets } from "../../../../lib/auth/permissions";
import { getConfig } from "../../../../lib/config";
import { parseOutletInput, sourcesOf } from "../../../../lib/outlets/registry";
import { authorise, readJson } from "../../_lib/guard";
import { respond } from "../../_lib/respond";
import { registryWrite } from "../registry-errors";

export const dynamic = "force-dynamic";
// Fetching a list page and its first articles politely (one host, 1 s apart) takes a while.
export const maxDuration = 60;

/**
 * POST /api/outlets/preview — "Test this outlet": fetches the outlet the form describes and answers
 * what a fetch would store (ingest/preview.ts), saving nothing. Editors only: it makes the server
 * fetch URLs someone typed, under the same network policy as ingest.
 */
export async function POST(request: Request): Promise<Response> {
  const auth = await authorise(request, canPreviewOutlets);
  if (!auth.ok) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respond("POST /api/outlets/preview", () =>
    registryWrite(async () => {
      const outlet = parseOutletInput(body.value);
      return previewOutlet({ sources: sourcesOf(outlet), scrapeRules: outlet.scrapeRules, languages: outlet.languages }, ingestSettings(getConfig()));
    }),
  );
}
