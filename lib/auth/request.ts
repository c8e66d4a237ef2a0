import type { Database } from "../../db/client";
import type { PublicUser } from "./accounts";
import { SESSION_COOKIE, getSessionUser } from "./sessions";

/**
 * Reading who sent a request, without Next.js: route handlers, pages and tests share these. The
 * Origin check stops another site's page from changing data with a signed-in user's browser.
 */

export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

export function requestUser(db: Database, request: Request): Promise<PublicUser | null> {
  return getSessionUser(db, readCookie(request.headers.get("cookie"), SESSION_COOKIE));
}

/** The scheme and host the browser used, behind a reverse proxy too. */
export function publicOrigin(request: Request): { protocol: string; host: string } {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return { protocol: proto, host };
}

/**
 * A browser always sends Origin on a POST, PATCH or DELETE; one from another host is refused. A
 * request without Origin is not from a browser form or script (the CLI, curl), so it passes to the
 * session check like any other.
 */
export function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== publicOrigin(request).host;
  } catch {
    return true;
  }
}

export function sessionCookieOptions(request: Request, expires?: Date) {
  return { httpOnly: true, sameSite: "lax" as const, secure: publicOrigin(request).protocol === "https", path: "/", ...(expires ? { expires } : { maxAge: 0 }) };
}
