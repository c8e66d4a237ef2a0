import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HostLimiter } from "./host-limits";

/** Fake timers drive the clock, so limits are checked by what has started, never by elapsed time. */

interface Gate {
  started: string[];
  finish: (url: string) => void;
  run: (limiter: HostLimiter, url: string) => Promise<string>;
}

function gate(): Gate {
  const started: string[] = [];
  const pending = new Map<string, () => void>();
  return {
    started,
    finish: (url) => pending.get(url)!(),
    run: (limiter, url) =>
      limiter.run(url, () => {
        started.push(url);
        return new Promise<string>((resolve) => pending.set(url, () => resolve(url)));
      }),
  };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe("HostLimiter", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at most maxConcurrent tasks per host and starts the next when one finishes", async () => {
    const limiter = new HostLimiter({ maxConcurrent: 2, minIntervalMs: 0 });
    const g = gate();
    const done = ["a/1", "a/2", "a/3"].map((p) => g.run(limiter, `https://a.example/${p}`));
    await flush();
    expect(g.started).toEqual(["https://a.example/a/1", "https://a.example/a/2"]);
    g.finish("https://a.example/a/1");
    await flush();
    expect(g.started).toHaveLength(3);
    g.finish("https://a.example/a/2");
    g.finish("https://a.example/a/3");
    await expect(Promise.all(done)).resolves.toHaveLength(3);
  });

  it("spaces request starts to one host by minIntervalMs", async () => {
    const limiter = new HostLimiter({ maxConcurrent: 5, minIntervalMs: 1000 });
    const g = gate();
    for (const n of [1, 2, 3]) void g.run(limiter, `https://a.example/${n}`);
    await flush();
    expect(g.started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(g.started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(g.started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(g.started).toHaveLength(3);
  });

  it("keeps hosts independent", async () => {
    const limiter = new HostLimiter({ maxConcurrent: 1, minIntervalMs: 60_000 });
    const g = gate();
    void g.run(limiter, "https://a.example/1");
    void g.run(limiter, "https://a.example/2");
    void g.run(limiter, "https://b.example/1");
    await flush();
    expect(g.started).toEqual(["https://a.example/1", "https://b.example/1"]);
  });

  it("honours a longer per-host interval (robots.txt Crawl-delay) but never a shorter one", async () => {
    const limiter = new HostLimiter({ maxConcurrent: 5, minIntervalMs: 1000 });
    limiter.setMinInterval("https://slow.example/", 5000);
    limiter.setMinInterval("https://fast.example/", 10);
    const g = gate();
    for (const n of [1, 2]) {
      void g.run(limiter, `https://slow.example/${n}`);
      void g.run(limiter, `https://fast.example/${n}`);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(g.started).toEqual(["https://slow.example/1", "https://fast.example/1", "https://fast.example/2"]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(g.started).toContain("https://slow.example/2");
  });

  it("frees the slot when a task throws", async () => {
    const limiter = new HostLimiter({ maxConcurrent: 1, minIntervalMs: 0 });
    await expect(limiter.run("https://a.example/", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limiter.run("https://a.example/", async () => "next")).resolves.toBe("next");
  });
});
