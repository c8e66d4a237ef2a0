/**
 * Per-host politeness for scraping: at most `maxConcurrent` requests in flight to one host, and
 * starts at least `minIntervalMs` apart. Feeds are one request per source and need none of this;
 * a scraped list page fans out into many article requests to the same site.
 */

export interface HostLimitOptions {
  /** Requests in flight to one host at once. */
  maxConcurrent?: number;
  /** Least time between two request starts to one host. */
  minIntervalMs?: number;
}

export const DEFAULT_HOST_LIMITS: Required<HostLimitOptions> = { maxConcurrent: 2, minIntervalMs: 1000 };

interface HostState {
  active: number;
  lastStart: number;
  waiting: Array<() => void>;
  timer: ReturnType<typeof setTimeout> | null;
  /** A site's own Crawl-delay, when robots.txt asks for more than our interval. */
  minIntervalMs: number;
}

export class HostLimiter {
  readonly #limits: Required<HostLimitOptions>;
  readonly #hosts = new Map<string, HostState>();

  constructor(limits: HostLimitOptions = {}) {
    this.#limits = { ...DEFAULT_HOST_LIMITS, ...limits };
  }

  /** Runs `task` once the host of `url` has a free slot and its interval has passed. */
  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const state = this.#state(hostOf(url));
    await new Promise<void>((resolve) => {
      state.waiting.push(resolve);
      this.#pump(state);
    });
    try {
      return await task();
    } finally {
      state.active--;
      this.#pump(state);
    }
  }

  /** Raises one host's interval (never lowers it below the configured one). */
  setMinInterval(url: string, ms: number): void {
    const state = this.#state(hostOf(url));
    state.minIntervalMs = Math.max(this.#limits.minIntervalMs, ms);
  }

  #state(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, waiting: [], timer: null, minIntervalMs: this.#limits.minIntervalMs };
      this.#hosts.set(host, state);
    }
    return state;
  }

  #pump(state: HostState): void {
    if (state.timer) return; // a start is already scheduled; it pumps again when it fires
    while (state.waiting.length > 0 && state.active < this.#limits.maxConcurrent) {
      const wait = state.lastStart + state.minIntervalMs - Date.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          this.#pump(state);
        }, wait);
        return;
      }
      state.active++;
      state.lastStart = Date.now();
      state.waiting.shift()!();
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
