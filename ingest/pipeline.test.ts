import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { articleRevisions, articles, fetchRuns } from "../db/schema";
import { getStatus } from "../lib/queries/status";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { NOVASTAN_SNAPSHOT, readSample, rssFeed, SCRAPED_SAMPLE } from "../test/factories";
import { createOutlet } from "../test/rows";
import { importFiles, ingestFeedBody, ingestOutlets } from "./pipeline";
import { seedSampleIfFirstStart } from "./sample";

const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(BACKENDS)("ingest pipeline on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("ingesting the Novastan snapshot twice leaves 7 articles and records both runs", async () => {
    const outlet = await createOutlet(t().db, { slug: "novastan-en" });
    const body = bytes(readSample(NOVASTAN_SNAPSHOT));
    const first = await ingestFeedBody(t().db, outlet, { source: NOVASTAN_SNAPSHOT, body });
    const second = await ingestFeedBody(t().db, outlet, { source: NOVASTAN_SNAPSHOT, body });

    expect(first).toMatchObject({ status: "ok", itemsSeen: 7, itemsNew: 7, itemsUpdated: 0, itemsFailed: 0 });
    expect(second).toMatchObject({ status: "ok", itemsSeen: 7, itemsNew: 0, itemsUpdated: 0 });
    const rows = await t().db.select().from(articles).orderBy(asc(articles.publishedAt));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({
      title: "Effects of Sanctions on Russia strongly felt in Dushanbe",
      authors: ["Fiona Katherine Smith"],
      dedupKey: "guid:https://novastan.org/en/?p=41562",
      url: "https://novastan.org/en/tajikistan/effects-of-sanctions-on-russia-strongly-felt-in-dushanbe/",
    });
    expect(rows[0]!.publishedAt?.toISOString()).toBe("2022-04-06T07:57:22.000Z");
    expect(rows.every((r) => r.revisionCount === 1 && r.wordCount > 100)).toBe(true);
    const runs = await t().db.select().from(fetchRuns);
    expect(runs.map((r) => [r.status, r.itemsSeen, r.itemsNew])).toEqual([["ok", 7, 7], ["ok", 7, 0]]);
    expect(runs.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it("keeps WordPress furniture and scripts out of the stored body", async () => {
    const outlet = await createOutlet(t().db);
    await ingestFeedBody(t().db, outlet, { source: "snapshot", body: bytes(readSample(NOVASTAN_SNAPSHOT)) });
    const [row] = await t().db.select().from(articles).where(eq(articles.guid, "https://novastan.org/en/?p=48744"));
    expect(row!.contentText.startsWith("Citizens from Central Asia now represent")).toBe(true);
    expect(row!.contentText).not.toMatch(/appeared first on/);
    expect(row!.contentHtml).not.toMatch(/<script|style=|onclick/i);
    expect(row!.contentHtml).toContain('href="https://en.wikipedia.org/wiki/Daniel_of_Galicia"');
  });

  it("a changed body becomes a new revision and the old text is kept", async () => {
    const outlet = await createOutlet(t().db);
    const item = (text: string) =>
      `<title>Kept</title><link>https://example.org/a</link><guid>a-1</guid><pubDate>Mon, 15 Jun 2026 18:23:24 +0000</pubDate><content:encoded><![CDATA[<p>${text}</p>]]></content:encoded>`;
    await ingestFeedBody(t().db, outlet, { source: "v1", body: bytes(rssFeed([item("First version of the text.")])) });
    const report = await ingestFeedBody(t().db, outlet, { source: "v2", body: bytes(rssFeed([item("Second, corrected version.")])) });

    expect(report).toMatchObject({ itemsNew: 0, itemsUpdated: 1 });
    const [article] = await t().db.select().from(articles);
    expect(article).toMatchObject({ contentText: "Second, corrected version.", revisionCount: 2 });
    const revisions = await t().db.select().from(articleRevisions).orderBy(asc(articleRevisions.revision));
    expect(revisions.map((r) => [r.revision, r.contentText])).toEqual([
      [1, "First version of the text."],
      [2, "Second, corrected version."],
    ]);
  });

  it("one unusable item is recorded and the rest of the feed is stored", async () => {
    const outlet = await createOutlet(t().db);
    const feed = rssFeed([
      `<title>Good one</title><link>https://example.org/good</link><description>Fine text.</description>`,
      `<guid>empty-item</guid>`,
      `<title>Good two</title><link>/relative-two</link><description>More text.</description>`,
    ]);
    const report = await ingestFeedBody(t().db, outlet, { source: "mixed", body: bytes(feed) });

    expect(report).toMatchObject({ status: "partial", itemsSeen: 3, itemsNew: 2, itemsFailed: 1, errorCode: "item_errors" });
    expect(report.problems[0]).toMatch(/item 2/);
    const urls = (await t().db.select({ url: articles.url }).from(articles)).map((r) => r.url).sort();
    expect(urls).toEqual(["https://example.org/good", "https://example.org/relative-two"]);
    const [run] = await t().db.select().from(fetchRuns);
    expect(run).toMatchObject({ status: "partial", itemsFailed: 1 });
    expect(run!.errorMessage).toMatch(/item 2/);
  });

  it("a truncated feed ends in a recorded parse error, not a crash", async () => {
    const outlet = await createOutlet(t().db);
    const report = await ingestFeedBody(t().db, outlet, { source: "broken", body: bytes(rssFeed(["<title>x</title>"]).slice(0, 200)) });
    expect(report.status).toBe("error");
    expect(report.errorCode).toBe("malformed_xml");
    const [run] = await t().db.select().from(fetchRuns);
    expect(run).toMatchObject({ status: "error", errorCode: "malformed_xml" });
  });

  it("imports saved Atom, RSS 1.0 and JSON Feed files as feeds, each item an article", async () => {
    await createOutlet(t().db, { slug: "formats" });
    const dir = "test/fixtures/feeds";
    const reports = await importFiles(t().db, "formats", [
      `${dir}/atom-1.0-xml-base-xhtml-and-inherited-author.atom`,
      `${dir}/rss-1.0-rdf-items-beside-channel.rdf`,
      `${dir}/json-feed-1.1-relative-urls-attachments-and-bad-items.json`,
    ]);
    expect(reports.map((r) => [r.status, r.itemsNew, r.itemsFailed])).toEqual([["partial", 3, 1], ["ok", 2, 0], ["partial", 3, 1]]);
    const [grant] = await t().db.select().from(articles).where(eq(articles.url, "https://steppe.example/2026/12/01/grant-story/"));
    expect(grant).toMatchObject({ title: "Фонд выделил грант", authors: ["Айгерим Нурланова"] });
    expect(grant!.contentText).toContain("сумма составила $230,000");
  });

  it("imports the scraped text with an unknown date, its title, and without page furniture", async () => {
    await seedSampleIfFirstStart(t().db);
    const [row] = await t().db.select().from(articles).where(eq(articles.title, "How Russia’s neighbors react to the war in Ukraine"));
    expect(row).toBeDefined();
    expect(row!.publishedAt).toBeNull();
    expect(row!.url).toBeNull();
    for (const furniture of ["Fight Censorship", "Read more", "Leave a Comment", "Managed Hosting", "Akismet", "© RIA", "Sputnik/Maksim", "Soros compares"]) {
      expect(row!.contentText).not.toContain(furniture);
    }
    expect(row!.contentText).toContain("People in Central Asian countries neighboring Russia");
    expect(row!.credits).toEqual(["© RIA / Mikhail Klimentyev", "© Sputnik/Maksim Bogodvid", "© Getty Images / Laszlo Balogh", "© Sergey Guneyev/Sputnik"]);
    expect(row!.contentText.trimEnd().endsWith("at least on an emotional level.")).toBe(true);
  });

  it("re-importing the scraped text changes nothing; an edited copy becomes a revision", async () => {
    await seedSampleIfFirstStart(t().db);
    const again = await importFiles(t().db, "opinion-central-asia", [SCRAPED_SAMPLE]);
    expect(again[0]).toMatchObject({ status: "ok", itemsNew: 0, itemsUpdated: 0 });

    const dir = await mkdtemp(path.join(os.tmpdir(), "cs-import-"));
    const edited = path.join(dir, "edited.txt");
    await writeFile(edited, readSample(SCRAPED_SAMPLE).replace("73% in Kyrgyzstan", "75% in Kyrgyzstan"));
    const revised = await importFiles(t().db, "opinion-central-asia", [edited]);
    await rm(dir, { recursive: true });

    expect(revised[0]).toMatchObject({ status: "ok", itemsNew: 0, itemsUpdated: 1 });
    expect((await getStatus(t().db)).articles).toBe(8);
    const texts = (await t().db.select().from(articleRevisions).orderBy(asc(articleRevisions.id)))
      .filter((r) => r.title === "How Russia’s neighbors react to the war in Ukraine")
      .map((r) => [r.revision, r.contentText.includes("73% in Kyrgyzstan")]);
    expect(texts).toEqual([[1, true], [2, false]]);
  });

  it("seeds the sample once: 2 outlets, 8 articles, and a last fetch time", async () => {
    const reports = await seedSampleIfFirstStart(t().db);
    expect(reports?.map((r) => [r.outlet, r.status, r.itemsNew])).toEqual([
      ["novastan-en", "ok", 7],
      ["opinion-central-asia", "ok", 1],
    ]);
    expect(await seedSampleIfFirstStart(t().db)).toBeNull();
    const status = await getStatus(t().db);
    expect(status).toMatchObject({ outlets: 2, articles: 8 });
    expect(status.lastFetch).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("fetches feed outlets over HTTP; a failing one is recorded and the others still run", async () => {
    const feed = readSample(NOVASTAN_SNAPSHOT);
    const server = http.createServer((req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: '"v1"' }).end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await createOutlet(t().db, { slug: "unreachable" }, ["http://127.0.0.1:9/feed"]);
      await createOutlet(t().db, { slug: "novastan-en" }, [`http://127.0.0.1:${port}/feed/`]);
      await createOutlet(t().db, { slug: "scraped", kind: "scrape" });
      const first = await ingestOutlets(t().db, { allowPrivateNetwork: true });
      const again = await ingestOutlets(t().db, { allowPrivateNetwork: true, outletSlug: "novastan-en" });

      expect(first.map((r) => [r.outlet, r.status, r.errorCode, r.itemsNew])).toEqual([
        ["unreachable", "error", "network", 0],
        ["novastan-en", "ok", null, 7],
      ]);
      expect(again.map((r) => r.status)).toEqual(["not_modified"]);
      const runs = await t().db.select().from(fetchRuns).orderBy(asc(fetchRuns.id));
      expect(runs.map((r) => [r.status, r.httpStatus, r.etag])).toEqual([
        ["error", null, null],
        ["ok", 200, '"v1"'],
        ["not_modified", 304, '"v1"'],
      ]);
      expect(runs[0]!.errorMessage).toMatch(/ECONNREFUSED/);
      await expect(ingestOutlets(t().db, { allowPrivateNetwork: true, outletSlug: "scraped" })).rejects.toThrow(/import/);
    } finally {
      server.close();
    }
  });

  it("refuses feeds on private addresses unless configured", async () => {
    await createOutlet(t().db, { slug: "internal" }, ["http://127.0.0.1:9/feed"]);
    const [report] = await ingestOutlets(t().db, { allowPrivateNetwork: false });
    expect(report).toMatchObject({ status: "error", errorCode: "private_network" });
  });
});
