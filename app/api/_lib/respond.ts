import { ZodError, type z } from "zod";
import { formatIssues } from "../../../lib/queries/params";
import { searchParamsToRecord } from "../../../lib/search-params";

/**
 * The shared ends of every route handler: parse the query string, and turn outcomes into JSON
 * responses. Error bodies are { error: { code, message } } (see app/_lib/fetch-json.ts).
 */

export function jsonError(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

export function parseQuery<S extends z.ZodType>(schema: S, url: URL): Parsed<z.output<S>> {
  const result = schema.safeParse(searchParamsToRecord(url.searchParams));
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, response: jsonError(400, "invalid_params", formatIssues(result.error)) };
}

/** A query string that may ask for `format=csv` (or `format=jsonld`) beside the schema's own fields. */
export function parseExportQuery<S extends z.ZodType>(schema: S, url: URL): { csv: boolean; jsonLd: boolean; query: Parsed<z.output<S>> } {
  const rest = new URL(url);
  rest.searchParams.delete("format");
  const format = url.searchParams.get("format");
  return { csv: format === "csv", jsonLd: format === "jsonld", query: parseQuery(schema, rest) };
}

/** schema.org documents as a JSON-LD download. */
export function jsonLdResponse(filename: string, documents: unknown[]): Response {
  return new Response(JSON.stringify(documents, null, 2), {
    headers: { "content-type": "application/ld+json; charset=utf-8", "content-disposition": `attachment; filename="${filename}"` },
  });
}

/**
 * Runs the handler's one query and sends its result as JSON (a Response is passed through, e.g.
 * a 404); unexpected failures are logged once and never leak details to the client.
 */
export async function respond(route: string, run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    return result instanceof Response ? result : Response.json(result);
  } catch (err) {
    if (err instanceof ZodError) return jsonError(400, "invalid_params", formatIssues(err));
    // drizzle wraps driver errors; the cause holds Postgres' own message.
    const cause = err instanceof Error && err.cause ? String(err.cause) : undefined;
    console.error(JSON.stringify({ event: "route_error", route, error: String(err), cause }));
    return jsonError(500, "internal_error", "The server could not complete this request.");
  }
}
