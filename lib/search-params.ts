/**
 * Query-string helpers shared by pages, route handlers and the browser. No zod here on purpose:
 * this module is bundled into client components and must stay small.
 */

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Query-string pairs as a plain object: the first value of a repeated key wins and empty values
 * are dropped, because an HTML form submits an untouched filter as "from=".
 */
export function searchParamsToRecord(params: SearchParamsInput): Record<string, string> {
  const record: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, raw] of entries) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== "" && !(key in record)) record[key] = value;
  }
  return record;
}

/** "?a=1&b=2" from an object, skipping undefined values; "" when nothing is set. */
export function toQueryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `?${qs}` : "";
}
