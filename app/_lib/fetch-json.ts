/** The JSON error body every route handler sends: { error: { code, message } }. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/** GET a same-origin JSON endpoint; failures become ApiError with the server's own message. */
export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" } });
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as ApiErrorBody | null;
  throw new ApiError(
    body?.error.message ?? `Request failed with status ${response.status}`,
    response.status,
    body?.error.code ?? "http_error",
  );
}
