import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE, parseMaxAgeMs, parseRetryAfter, planNextAttempt, type CacheHints } from "./schedule";

const now = new Date("2026-03-01T12:00:00Z");
const noHints: CacheHints = { retryAfter: null, cacheControl: null, expires: null };
const minutes = (d: Date) => (d.getTime() - now.getTime()) / 60_000;
const half = () => 0.5; // no jitter

describe("planNextAttempt", () => {
  it("waits the normal interval after a success and clears failures", () => {
    const next = planNextAttempt({ ok: true, hints: noHints }, 4, now, DEFAULT_SCHEDULE, half);
    expect(next.consecutiveFailures).toBe(0);
    expect(minutes(next.nextAttemptAt)).toBe(30);
  });

  it("honours the longest of Cache-Control max-age, Expires and the feed's TTL", () => {
    expect(minutes(planNextAttempt({ ok: true, hints: { ...noHints, cacheControl: "public, max-age=7200" } }, 0, now).nextAttemptAt)).toBe(120);
    const expires = new Date(now.getTime() + 90 * 60_000).toUTCString();
    expect(minutes(planNextAttempt({ ok: true, hints: { ...noHints, expires } }, 0, now).nextAttemptAt)).toBe(90);
    expect(minutes(planNextAttempt({ ok: true, hints: { ...noHints, ttlMinutes: 60 } }, 0, now).nextAttemptAt)).toBe(60);
  });

  it("never lets a server hint stretch a healthy feed's wait past a day", () => {
    const next = planNextAttempt({ ok: true, hints: { ...noHints, cacheControl: "max-age=31536000" } }, 0, now);
    expect(minutes(next.nextAttemptAt)).toBe(24 * 60);
  });

  it("backs off exponentially on failures, capped so the feed is still retried", () => {
    const waits = [0, 1, 2, 3, 10, 60].map((previous) =>
      minutes(planNextAttempt({ ok: false, hints: noHints }, previous, now, DEFAULT_SCHEDULE, half).nextAttemptAt),
    );
    expect(waits).toEqual([5, 10, 20, 40, 12 * 60, 12 * 60]);
    expect(planNextAttempt({ ok: false, hints: noHints }, 2, now, DEFAULT_SCHEDULE, half).consecutiveFailures).toBe(3);
  });

  it("spreads failure waits with jitter within ±20%", () => {
    const low = minutes(planNextAttempt({ ok: false, hints: noHints }, 2, now, DEFAULT_SCHEDULE, () => 0).nextAttemptAt);
    const high = minutes(planNextAttempt({ ok: false, hints: noHints }, 2, now, DEFAULT_SCHEDULE, () => 0.999999).nextAttemptAt);
    expect(low).toBeCloseTo(16, 5);
    expect(high).toBeCloseTo(24, 3);
  });

  it("waits at least Retry-After after a 429, in seconds or as a date", () => {
    const seconds = planNextAttempt({ ok: false, hints: { ...noHints, retryAfter: "3600" } }, 0, now, DEFAULT_SCHEDULE, half);
    expect(minutes(seconds.nextAttemptAt)).toBe(60);
    const date = new Date(now.getTime() + 2 * 3_600_000).toUTCString();
    expect(minutes(planNextAttempt({ ok: false, hints: { ...noHints, retryAfter: date } }, 0, now, DEFAULT_SCHEDULE, half).nextAttemptAt)).toBe(120);
  });
});

describe("header parsing", () => {
  it("reads max-age and ignores no-cache", () => {
    expect(parseMaxAgeMs("max-age=60, must-revalidate")).toBe(60_000);
    expect(parseMaxAgeMs("s-maxage=120")).toBe(120_000);
    expect(parseMaxAgeMs("no-cache, max-age=600")).toBeNull();
    expect(parseMaxAgeMs("private")).toBeNull();
  });

  it("rejects Retry-After values that are neither seconds nor a date", () => {
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
  });
});
