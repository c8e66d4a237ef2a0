/**
 * When to fetch a feed next: a pure function of how the last attempt went. Successes wait the
 * schedule or what the server asks for (Cache-Control max-age, Expires, Retry-After, the feed's
 * TTL), whichever is longest; failures back off exponentially with jitter, capped so a failing
 * source is retried for ever, never parked (DESIGN.md §6).
 */

export interface SchedulePolicy {
  /** The normal wait between two fetches of a healthy feed. */
  intervalMs: number;
  /** No server hint may push a healthy feed's next fetch further than this. */
  maxIntervalMs: number;
  /** The wait after the first failure; it doubles with each further failure. */
  failureBaseMs: number;
  /** The longest wait after failures, Retry-After included. */
  maxBackoffMs: number;
  /** ±fraction of random spread on failure waits, so failed feeds do not retry in lockstep. */
  jitter: number;
}

export const DEFAULT_SCHEDULE: SchedulePolicy = {
  intervalMs: 30 * 60_000,
  maxIntervalMs: 24 * 3_600_000,
  failureBaseMs: 5 * 60_000,
  maxBackoffMs: 12 * 3_600_000,
  jitter: 0.2,
};

/** What the server (or the feed) said about caching; raw header values as received. */
export interface CacheHints {
  retryAfter: string | null;
  cacheControl: string | null;
  expires: string | null;
  /** RSS <ttl>, in minutes. */
  ttlMinutes?: number | null;
}

export type AttemptOutcome = { ok: true; hints: CacheHints } | { ok: false; hints: CacheHints };

export interface NextAttempt {
  nextAttemptAt: Date;
  consecutiveFailures: number;
}

export function planNextAttempt(
  outcome: AttemptOutcome,
  previousFailures: number,
  now: Date,
  policy: SchedulePolicy = DEFAULT_SCHEDULE,
  random: () => number = Math.random,
): NextAttempt {
  const retryAfterMs = parseRetryAfter(outcome.hints.retryAfter, now);
  if (outcome.ok) {
    const hinted = [
      policy.intervalMs,
      parseMaxAgeMs(outcome.hints.cacheControl),
      parseExpiresMs(outcome.hints.expires, now),
      retryAfterMs,
      outcome.hints.ttlMinutes ? outcome.hints.ttlMinutes * 60_000 : null,
    ].filter((ms): ms is number => ms !== null && Number.isFinite(ms));
    const waitMs = Math.min(policy.maxIntervalMs, Math.max(...hinted));
    return { nextAttemptAt: new Date(now.getTime() + waitMs), consecutiveFailures: 0 };
  }
  const failures = previousFailures + 1;
  // 2^failures overflows to Infinity long before it matters; min() caps it either way.
  const backoff = Math.min(policy.maxBackoffMs, policy.failureBaseMs * 2 ** (failures - 1));
  const spread = 1 + policy.jitter * (2 * random() - 1);
  const waitMs = Math.min(policy.maxBackoffMs, Math.max(backoff * spread, retryAfterMs ?? 0));
  return { nextAttemptAt: new Date(now.getTime() + waitMs), consecutiveFailures: failures };
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

export function parseMaxAgeMs(cacheControl: string | null): number | null {
  if (!cacheControl) return null;
  const directives = cacheControl.toLowerCase().split(",").map((d) => d.trim());
  // no-store / no-cache say nothing about how long to stay away: fall back to the schedule.
  if (directives.some((d) => d === "no-store" || d === "no-cache")) return null;
  const maxAge = directives.map((d) => /^(?:max-age|s-maxage)\s*=\s*"?(\d+)"?$/.exec(d)).find(Boolean);
  return maxAge ? Number(maxAge[1]) * 1000 : null;
}

function parseExpiresMs(expires: string | null, now: Date): number | null {
  if (!expires) return null;
  const at = Date.parse(expires);
  return Number.isNaN(at) ? null : at - now.getTime();
}
