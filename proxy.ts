import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, createNonce } from "./lib/csp";

/**
 * Sends a nonce-based Content-Security-Policy with every page. Next.js reads the nonce from the
 * request's CSP header and puts it on its own scripts, which is why the header is set on the
 * request as well as on the response. Permission checks never live here (DESIGN §6 "Auth").
 */
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  // NODE_ENV is inlined by the Next.js compiler at build time; it is not runtime configuration.
  const policy = buildContentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses are JSON (their headers come from next.config.ts) and static
      // assets carry no script of their own.
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
