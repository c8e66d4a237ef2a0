import { ApiError, type ApiErrorBody } from "./fetch-json";

/** POST, PATCH or DELETE a same-origin JSON endpoint; failures become ApiError with the server's message. */
export async function sendJson<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return (await response.json()) as T;
  const error = (await response.json().catch(() => null)) as ApiErrorBody | null;
  throw new ApiError(error?.error.message ?? `Request failed with status ${response.status}`, response.status, error?.error.code ?? "http_error");
}
