import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, outletFeeds, outlets } from "../../db/schema";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createArticle } from "../../test/rows";
import { parseOutletInput, removeOutlet, saveOutlet, setOutletPaused, updateOutlet } from "./registry";
import { REGISTRY_FILE, syncRegistry } from "./registry-file";

describe("parseOutletInput", () => {
  it("names every problem of a bad outlet", () => {
    expect(() => parseOutletInput({ slug: "Bad Slug", name: "", kind: "feed", feeds: ["javascript:alert(1)"] })).toThrow(
      /slug: use lower-case.*name:.*feeds\.0: must be an http or https URL/,
    );
    expect(() => parseOutletInput({ slug: "x", name: "X", kind: "feed" })).toThrow(/a feed outlet needs at least one feed URL/);
  });

  it("accepts a scraped outlet without feeds", () => {
    expect(parseOutletInput({ slug: "opinion", name: "Opinion", kind: "scrape" })).toMatchObject({ feeds: [], paused: false, languages: [] });
  });

  it("accepts scrape rules and refuses selectors and patterns that would not parse, and unknown rules", () => {
    const scrapeRules = { linkSelector: ".news-list a.title", contentSelector: "article .body", dropSelectors: [".share"], dropPatterns: ["^Читайте также"], maxArticlesPerRun: 30 };
    expect(parseOutletInput({ slug: "kg", name: "KG", kind: "scrape", listPages: ["https://24.kg/"], scrapeRules })).toMatchObject({ scrapeRules, listPages: ["https://24.kg/"] });
    expect(() => parseOutletInput({ slug: "kg", name: "KG", kind: "scrape", scrapeRules: { linkSelector: "div[[", dropPatterns: ["(unclosed"] } })).toThrow(
      /scrapeRules\.linkSelector: is not a valid CSS selector.*scrapeRules\.dropPatterns\.0: is not a valid regular expression/,
    );
    expect(() => parseOutletInput({ slug: "kg", name: "KG", kind: "scrape", scrapeRules: { linkSelectr: "a" } })).toThrow(/linkSelectr/);
  });

  it("keeps list pages and sitemaps to scraped outlets", () => {
    expect(() => parseOutletInput({ slug: "x", name: "X", kind: "feed", feeds: ["https://x.example/rss"], sitemaps: ["https://x.example/sitemap.xml"] })).toThrow(
      /list pages and sitemaps belong to scraped outlets/,
    );
  });
});

describe.each(BACKENDS)("outlet registry on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("adds an outlet once, refuses a duplicate slug, and updates only when asked", async () => {
    const input = { slug: "eurasianet", name: "Eurasianet", kind: "feed" as const, feeds: ["https://eurasianet.org/rss"] };
    await saveOutlet(t().db, input);
    await expect(saveOutlet(t().db, input)).rejects.toMatchObject({ code: "duplicate_outlet" });
    await saveOutlet(t().db, { ...input, name: "Eurasianet.org", feeds: ["https://eurasianet.org/rss", "https://eurasianet.org/rss/ru"] }, { update: true });
    const [row] = await t().db.select().from(outlets);
    expect(row!.name).toBe("Eurasianet.org");
    expect(await t().db.select().from(outletFeeds)).toHaveLength(2);
  });

  it("an edit makes the outlet what the form says: a kept source keeps its health, a dropped one goes, articles stay", async () => {
    const outlet = await saveOutlet(t().db, { slug: "cabar", name: "CABAR", kind: "feed", feeds: ["https://cabar.asia/en/feed", "https://cabar.asia/ru/feed"] });
    await t().db.update(outletFeeds).set({ consecutiveFailures: 3 }).where(eq(outletFeeds.url, "https://cabar.asia/en/feed"));
    await createArticle(t().db, outlet.id);
    const edited = await updateOutlet(t().db, "cabar", { slug: "ignored", name: "CABAR.asia", kind: "feed", feeds: ["https://cabar.asia/en/feed", "https://cabar.asia/fr/feed"], languages: ["en"] });
    expect(edited).toMatchObject({ slug: "cabar", name: "CABAR.asia", languages: ["en"] });
    const feeds = await t().db.select().from(outletFeeds).orderBy(outletFeeds.url);
    expect(feeds.map((f) => [f.url, f.consecutiveFailures])).toEqual([["https://cabar.asia/en/feed", 3], ["https://cabar.asia/fr/feed", 0]]);
    expect(await t().db.select().from(articles)).toHaveLength(1);
    await expect(updateOutlet(t().db, "nope", { slug: "nope", name: "N", kind: "scrape" })).rejects.toMatchObject({ code: "unknown_outlet" });
    await expect(updateOutlet(t().db, "cabar", { slug: "cabar", name: "", kind: "feed", feeds: [] })).rejects.toMatchObject({ code: "invalid_outlet" });
  });

  it("pausing keeps the outlet; resuming makes its feeds due at once; removing takes its articles", async () => {
    const outlet = await saveOutlet(t().db, { slug: "kloop", name: "Kloop", kind: "feed", feeds: ["https://kloop.kg/feed/"] });
    await t().db.update(outletFeeds).set({ nextAttemptAt: sql`now() + interval '6 hours'` });
    expect((await setOutletPaused(t().db, "kloop", true)).paused).toBe(true);
    await setOutletPaused(t().db, "kloop", false);
    const [feed] = await t().db.select().from(outletFeeds);
    expect(feed!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

    await createArticle(t().db, outlet.id);
    expect(await removeOutlet(t().db, "kloop")).toBe(1);
    expect(await t().db.select().from(articles).where(eq(articles.outletId, outlet.id))).toEqual([]);
    await expect(removeOutlet(t().db, "kloop")).rejects.toMatchObject({ code: "unknown_outlet" });
    await expect(setOutletPaused(t().db, "nope", true)).rejects.toMatchObject({ code: "unknown_outlet" });
  });

  it("saves a scraped outlet's list pages and sitemaps as sources of their kind, and keeps its rules on an update that names none", async () => {
    const input = {
      slug: "vlast-kz", name: "Vlast.kz", kind: "scrape" as const,
      listPages: ["https://vlast.kz/novosti/"], sitemaps: ["https://vlast.kz/sitemap.xml"], scrapeRules: { linkSelector: "a.news" },
    };
    await saveOutlet(t().db, input);
    const sources = await t().db.select({ url: outletFeeds.url, kind: outletFeeds.kind }).from(outletFeeds).orderBy(outletFeeds.id);
    expect(sources).toEqual([{ url: "https://vlast.kz/novosti/", kind: "list_page" }, { url: "https://vlast.kz/sitemap.xml", kind: "sitemap" }]);
    await saveOutlet(t().db, { slug: "vlast-kz", name: "Vlast", kind: "scrape" }, { update: true });
    const [row] = await t().db.select().from(outlets);
    expect(row).toMatchObject({ name: "Vlast", scrapeRules: { linkSelector: "a.news" } });
  });

  it("syncs the registry file without undoing edits, reporting a broken entry and loading the rest", async () => {
    await saveOutlet(t().db, { slug: "rt-en", name: "RT, renamed by a user", kind: "feed", feeds: ["https://www.rt.com/rss/"] });
    const file = JSON.stringify({
      outlets: [
        { slug: "rt-en", name: "RT (English)", kind: "feed", feeds: ["https://www.rt.com/rss/"] },
        { slug: "broken", name: "Broken", kind: "feed", feeds: [] },
        { slug: "tass-en", name: "TASS (English)", kind: "feed", feeds: ["https://tass.com/rss/v2.xml"] },
      ],
    });
    const result = await syncRegistry(t().db, file);
    expect(result).toMatchObject({ added: ["tass-en"], kept: ["rt-en"], failed: [{ slug: "broken" }] });
    expect(result.failed[0]!.error).toMatch(/at least one feed URL/);
    const [rt] = await t().db.select().from(outlets).where(eq(outlets.slug, "rt-en"));
    expect(rt!.name).toBe("RT, renamed by a user");
  });

  it("loads every outlet of the bundled registry file", async () => {
    const text = readFileSync(REGISTRY_FILE, "utf8");
    const result = await syncRegistry(t().db, text);
    expect(result.failed).toEqual([]);
    expect(result.added.length).toBe((JSON.parse(text) as { outlets: unknown[] }).outlets.length);
    expect(result.added).toEqual(expect.arrayContaining(["novastan-fr", "eurasianet", "cabar-asia", "tass-en", "sputnik-kz"]));
    const scraped = await t().db
      .select({ slug: outlets.slug, paused: outlets.paused, kind: outletFeeds.kind })
      .from(outletFeeds).innerJoin(outlets, eq(outlets.id, outletFeeds.outletId)).where(eq(outletFeeds.kind, "list_page"));
    expect(scraped.map((s) => s.slug).sort()).toEqual(["24-kg", "asia-plus", "kun-uz", "vlast-kz"]);
    // Their list pages are unchecked against the live sites, so they stay paused until someone tests them.
    expect(scraped.every((s) => s.paused)).toBe(true);
  });

  it("rejects a registry file that is not JSON with a specific error", async () => {
    await expect(syncRegistry(t().db, "{ outlets: [")).rejects.toMatchObject({ code: "invalid_registry" });
  });
});
