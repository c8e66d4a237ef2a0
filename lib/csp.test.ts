import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./csp";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split("; ").map((d) => {
      const [name, ...values] = d.split(" ");
      return [name!, values.join(" ")];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  it("allows scripts only by nonce and forbids framing, plugins and base rewrites", () => {
    const d = directives(buildContentSecurityPolicy({ nonce: "abc123==", isDev: false }));
    expect(d.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(d.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(d.get("img-src")).toBe("'self' data: https:");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'self'");
    expect(d.get("script-src")).not.toContain("unsafe-inline");
  });

  it("adds unsafe-eval in development only", () => {
    expect(buildContentSecurityPolicy({ nonce: "n", isDev: true })).toContain("'unsafe-eval'");
    expect(buildContentSecurityPolicy({ nonce: "n", isDev: false })).not.toContain("'unsafe-eval'");
  });
});

describe("createNonce", () => {
  it("is base64 of 16 random bytes and differs per call", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});
