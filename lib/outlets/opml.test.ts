import { describe, expect, it } from "vitest";
import { outlets } from "../../db/schema";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { getOutletSettings } from "../queries/outlet-settings";
import { exportOpml, importOpml, parseOpml } from "./opml";
import { saveOutlet } from "./registry";

// As feed readers write it (a Feedly-style export): categories as folders, entities in attributes.
const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="Central Asia" title="Central Asia">
      <outline type="rss" text="Eurasianet" title="Eurasianet" xmlUrl="https://eurasianet.org/rss" htmlUrl="https://eurasianet.org/" language="en-us"/>
      <outline type="rss" text="Азаттык" xmlUrl="https://rus.azattyk.org/api/zrqiteuuir" htmlUrl="https://rus.azattyk.org/" language="ru"/>
      <outline type="rss" text="Novastan (français)" xmlUrl="https://novastan.org/fr/feed/"/>
    </outline>
    <outline type="rss" text="Q&amp;A Weekly" xmlUrl="https://example.org/qa.xml" htmlUrl="not a url"/>
    <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
  </body>
</opml>`;

describe("parseOpml", () => {
  it("reads nested reader exports, names outlets from their titles or hosts, and reports unusable outlines", () => {
    const { outlets, problems } = parseOpml(READER_EXPORT);
    expect(outlets.map((o) => o.slug)).toEqual(["eurasianet", "rus-azattyk-org", "novastan-francais", "q-a-weekly"]);
    expect(outlets[0]).toMatchObject({ name: "Eurasianet", kind: "feed", feeds: ["https://eurasianet.org/rss"], homepageUrl: "https://eurasianet.org/", languages: ["en"] });
    expect(outlets[1]).toMatchObject({ name: "Азаттык", languages: ["ru"] });
    expect(outlets[3]).toMatchObject({ name: "Q&A Weekly", homepageUrl: null });
    expect(problems).toEqual(['"Broken": javascript:alert(1) is not an http or https URL']);
  });

  it("refuses what is not OPML with a specific message", () => {
    expect(() => parseOpml("<rss><channel/></rss>")).toThrow(/Not an OPML file: it needs <opml> with a <body>/);
    expect(() => parseOpml("<opml><body><outline")).toThrow(/Not a readable OPML file/);
  });
});

describe.each(BACKENDS)("OPML import and export on %s", (backend) => {
  const t = useTestDatabase(backend);

  it("imports new outlets, adds new feeds to existing ones without touching their settings, and keeps going past a bad one", async () => {
    await saveOutlet(t().db, { slug: "eurasianet", name: "Eurasianet (edited)", kind: "feed", feeds: ["https://eurasianet.org/feeds/central-asia"], country: "US" });
    const result = await importOpml(t().db, READER_EXPORT);
    expect(result.created).toEqual(["rus-azattyk-org", "novastan-francais", "q-a-weekly"]);
    expect(result.updated).toEqual(["eurasianet"]);
    expect(result.failed).toEqual([]);
    expect(result.skipped).toEqual(['"Broken": javascript:alert(1) is not an http or https URL']);
    expect(await getOutletSettings(t().db, "eurasianet")).toMatchObject({
      name: "Eurasianet (edited)", country: "US", feeds: ["https://eurasianet.org/feeds/central-asia", "https://eurasianet.org/rss"],
    });
    const again = await importOpml(t().db, READER_EXPORT);
    expect(again.created).toEqual([]);
    expect(again.unchanged).toEqual(["eurasianet", "rus-azattyk-org", "novastan-francais", "q-a-weekly"]);
  });

  it("exports every source, and the export imports back into an empty registry unchanged", async () => {
    const scrapeRules = { linkSelector: "h2 a", dropLines: ["Subscribe & share"] };
    await saveOutlet(t().db, { slug: "novastan-de", name: "Novastan <Deutsch>", kind: "feed", feeds: ["https://novastan.org/de/feed/", "https://novastan.org/de/feed/atom/"], languages: ["de"], country: "DE" });
    await saveOutlet(t().db, { slug: "opinion", name: "Opinion site", kind: "scrape", listPages: ["https://opinion.example/news/"], sitemaps: ["https://opinion.example/sitemap.xml"], scrapeRules, paused: true });
    const opml = await exportOpml(t().db, new Date("2026-12-01T00:00:00Z"));
    expect(opml).toContain('xmlUrl="https://novastan.org/de/feed/"');
    expect(opml).toContain("Novastan &lt;Deutsch&gt;");
    expect(opml).toContain("<dateCreated>Tue, 01 Dec 2026 00:00:00 GMT</dateCreated>");
    // A plain reader sees the feeds; the scraped outlet's sources are links it can ignore.
    expect(parseOpml(opml).outlets.map((o) => o.slug)).toEqual(["novastan-de", "opinion"]);

    const before = [await getOutletSettings(t().db, "novastan-de"), await getOutletSettings(t().db, "opinion")];
    expect(before[1]).toMatchObject({ scrapeRules, paused: true, kind: "scrape" });
    await t().db.delete(outlets);
    const result = await importOpml(t().db, opml);
    expect(result).toMatchObject({ created: ["novastan-de", "opinion"], failed: [], skipped: [] });
    expect([await getOutletSettings(t().db, "novastan-de"), await getOutletSettings(t().db, "opinion")]).toEqual(before);
  });
});
