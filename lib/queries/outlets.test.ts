import { describe, expect, it } from "vitest";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { eq } from "drizzle-orm";
import { outletFeeds } from "../../db/schema";
import { listFailingOutlets, listOutletsWithStats } from "./outlets";
import { createArticle, createFetchRun, createOutlet } from "../../test/rows";

describe.each(BACKENDS)("listOutletsWithStats (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("returns nothing for an empty database", async () => {
    expect(await listOutletsWithStats(t().db)).toEqual([]);
  });

  it("counts articles and undated articles, and shows only the newest fetch run", async () => {
    const feed = await createOutlet(t().db, { slug: "novastan-en", name: "Novastan (English)" });
    const scraped = await createOutlet(t().db, { slug: "opinion", name: "Central Asia opinion", kind: "scrape" });
    await createArticle(t().db, feed.id, { publishedAt: new Date("2022-04-06T10:00:00Z") });
    await createArticle(t().db, feed.id, { publishedAt: null });
    await createArticle(t().db, feed.id, { publishedAt: new Date("2026-06-15T08:00:00Z") });
    await createFetchRun(t().db, feed.id, {
      status: "error",
      startedAt: new Date("2026-06-01T00:00:00Z"),
      errorCode: "timeout",
    });
    await createFetchRun(t().db, feed.id, {
      status: "ok",
      startedAt: new Date("2026-06-16T09:00:00Z"),
      finishedAt: new Date("2026-06-16T09:00:05Z"),
      itemsSeen: 7,
      itemsNew: 2,
    });
    await createFetchRun(t().db, scraped.id, {
      status: "error",
      startedAt: new Date("2026-06-16T09:01:00Z"),
      finishedAt: new Date("2026-06-16T09:01:20Z"),
      errorCode: "http_403",
      errorMessage: "Forbidden",
    });

    const rows = await listOutletsWithStats(t().db);
    expect(rows.map((r) => r.slug)).toEqual(["opinion", "novastan-en"]); // by name
    const [opinion, novastan] = rows;
    expect(novastan).toMatchObject({ kind: "feed", articleCount: 3, unknownDateCount: 1 });
    expect(novastan!.lastFetch).toEqual({
      status: "ok",
      startedAt: "2026-06-16T09:00:00.000Z",
      finishedAt: "2026-06-16T09:00:05.000Z",
      itemsSeen: 7,
      itemsNew: 2,
      errorCode: null,
      errorMessage: null,
    });
    expect(opinion).toMatchObject({ kind: "scrape", articleCount: 0, unknownDateCount: 0 });
    expect(opinion!.lastFetch).toMatchObject({ status: "error", errorCode: "http_403", errorMessage: "Forbidden" });
  });

  it("gives lastFetch null for an outlet never fetched", async () => {
    await createOutlet(t().db);
    const [row] = await listOutletsWithStats(t().db);
    expect(row!.lastFetch).toBeNull();
  });

  it("sums up feed health: the worst feed makes the outlet failing, a paused one never is", async () => {
    const failing = await createOutlet(t().db, { slug: "failing", name: "A failing" }, ["https://a.example/1.xml", "https://a.example/2.xml"]);
    const paused = await createOutlet(t().db, { slug: "paused", name: "B paused", paused: true }, ["https://b.example/feed.xml"]);
    await createOutlet(t().db, { slug: "healthy", name: "C healthy" }, ["https://c.example/feed.xml"]);
    const [first] = await t().db.select().from(outletFeeds).where(eq(outletFeeds.outletId, failing.id)).orderBy(outletFeeds.id);
    await t().db.update(outletFeeds).set({
      consecutiveFailures: 3, lastErrorCode: "dns", lastErrorAt: new Date("2026-06-16T10:00:00Z"),
      lastSuccessAt: new Date("2026-06-10T10:00:00Z"), nextAttemptAt: new Date("2026-06-16T10:40:00Z"),
    }).where(eq(outletFeeds.id, first!.id));
    await t().db.update(outletFeeds).set({ consecutiveFailures: 1, lastErrorCode: "timeout" }).where(eq(outletFeeds.outletId, paused.id));

    const rows = await listOutletsWithStats(t().db);
    expect(rows[0]!.health).toMatchObject({
      paused: false, feeds: 2, failingFeeds: 1, consecutiveFailures: 3, lastErrorCode: "dns",
      lastSuccessAt: "2026-06-10T10:00:00.000Z", lastErrorAt: "2026-06-16T10:00:00.000Z",
    });
    expect(rows[1]!.health).toMatchObject({ paused: true, nextAttemptAt: null });
    expect(rows[2]!.health).toMatchObject({ feeds: 1, failingFeeds: 0, consecutiveFailures: 0 });
    expect(listFailingOutlets(rows).map((o) => o.slug)).toEqual(["failing"]);
  });
});
