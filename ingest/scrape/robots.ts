import robotsParser from "robots-parser";
import { ROBOTS_AGENT, type FetchResult } from "../fetch";

/**
 * robots.txt for scraping, fetched once per host and kept for a while (RFC 9309): a missing file
 * (4xx) allows everything; an unreachable one (5xx, timeout, network) disallows everything until
 * it can be read, because we cannot tell what the site asked for.
 */

export interface RobotsVerdict {
  allowed: boolean;
  /** Why a page is disallowed, for the run's problems. */
  reason: string | null;
  /** The site's Crawl-delay for us, in ms, when it states one. */
  crawlDelayMs: number | null;
}

interface Policy {
  isAllowed(url: string): boolean;
  crawlDelayMs: number | null;
  unreachable: string | null;
}

export interface RobotsCacheOptions {
  /** How long a host's robots.txt is trusted before it is fetched again. */
  ttlMs?: number;
}

export const DEFAULT_ROBOTS_TTL_MS = 6 * 60 * 60 * 1000;

export class RobotsCache {
  readonly #policies = new Map<string, { expires: number; policy: Promise<Policy> }>();
  readonly #ttlMs: number;

  constructor(
    private readonly fetchRobots: (url: string) => Promise<FetchResult>,
    options: RobotsCacheOptions = {},
  ) {
    this.#ttlMs = options.ttlMs ?? DEFAULT_ROBOTS_TTL_MS;
  }

  async check(url: string): Promise<RobotsVerdict> {
    const policy = await this.#policyFor(new URL(url).origin);
    if (policy.unreachable) return { allowed: false, reason: policy.unreachable, crawlDelayMs: null };
    const allowed = policy.isAllowed(url);
    return { allowed, reason: allowed ? null : "robots.txt disallows it", crawlDelayMs: policy.crawlDelayMs };
  }

  #policyFor(origin: string): Promise<Policy> {
    const cached = this.#policies.get(origin);
    if (cached && cached.expires > Date.now()) return cached.policy;
    // The promise is cached, so pages checked at once share one fetch.
    const policy = this.#load(`${origin}/robots.txt`);
    this.#policies.set(origin, { expires: Date.now() + this.#ttlMs, policy });
    return policy;
  }

  async #load(robotsUrl: string): Promise<Policy> {
    const result = await this.fetchRobots(robotsUrl);
    if (result.kind === "ok") {
      const robot = robotsParser(robotsUrl, Buffer.from(result.body).toString("utf8"));
      const delay = robot.getCrawlDelay(ROBOTS_AGENT);
      return {
        isAllowed: (url) => robot.isAllowed(url, ROBOTS_AGENT) !== false,
        crawlDelayMs: typeof delay === "number" && delay > 0 ? delay * 1000 : null,
        unreachable: null,
      };
    }
    if (result.kind === "error" && /^http_4\d\d$/.test(result.code)) return { isAllowed: () => true, crawlDelayMs: null, unreachable: null };
    if (result.kind === "error" && result.code === "empty_body") return { isAllowed: () => true, crawlDelayMs: null, unreachable: null };
    const why = result.kind === "error" ? `${result.code}: ${result.message}` : "answered 304 to an unconditional request";
    return { isAllowed: () => false, crawlDelayMs: null, unreachable: `robots.txt could not be read (${why})` };
  }
}
