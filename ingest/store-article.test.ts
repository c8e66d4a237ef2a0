import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articleLinks, articles } from "../db/schema";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { createOutlet } from "../test/rows";
import { normaliseFeedItem } from "./normalise";
import { storeArticle } from "./store-article";
import type { FeedItem } from "./types";

const BODY = "<p>Kazakhstan's parliament passed a law on foreign-funded media on Tuesday, officials said, after weeks of debate in both chambers.</p>";
const TITLE = "Kazakhstan passes law on foreign-funded media";

function record(fields: Partial<FeedItem>) {
  const item: FeedItem = {
    guid: null, link: null, title: TITLE, published: "2026-11-03T10:00:00Z", updated: null, authors: [], categories: [],
    summary: null, contentHtml: BODY, enclosures: [], ...fields,
  };
  return normaliseFeedItem(item, { language: "en" });
}

describe.each(BACKENDS)("storing articles: dedup within an outlet, links across outlets (%s)", (backend) => {
  const t = useTestDatabase(backend);
  const count = async (outletId: number) => (await t().db.select().from(articles).where(eq(articles.outletId, outletId))).length;

  it("one story under a tracking-parameter URL, a new GUID, or a new URL with the same title and text is one article", async () => {
    const outlet = await createOutlet(t().db);
    expect(await storeArticle(t().db, outlet.id, record({ guid: "p=1", link: "https://steppe.example/law/" }), null)).toBe("new");
    // Same page, tracking parameters added: the same canonical URL.
    expect(await storeArticle(t().db, outlet.id, record({ link: "https://steppe.example/law/?utm_source=telegram#top" }), null)).toBe("unchanged");
    // The CMS re-issued the item with a new GUID at the same URL.
    expect(await storeArticle(t().db, outlet.id, record({ guid: "p=1-v2", link: "https://steppe.example/law/" }), null)).toBe("unchanged");
    // Re-posted under a new URL two days later, one sentence added: still the same story, now a revision.
    const reposted = record({ guid: "p=9", link: "https://steppe.example/2026/11/05/law/", published: "2026-11-05T09:00:00Z",
      contentHtml: `${BODY}<p>Updated with the ministry's comment.</p>` });
    expect(await storeArticle(t().db, outlet.id, reposted, null)).toBe("updated");
    expect(await count(outlet.id)).toBe(1);
    const [row] = await t().db.select().from(articles).where(eq(articles.outletId, outlet.id));
    expect(row).toMatchObject({ revisionCount: 2, url: "https://steppe.example/2026/11/05/law/" });
  });

  it("keeps apart what only looks alike: another text under the same title, or the same title weeks later", async () => {
    const outlet = await createOutlet(t().db);
    await storeArticle(t().db, outlet.id, record({ link: "https://steppe.example/a" }), null);
    await storeArticle(t().db, outlet.id, record({ link: "https://steppe.example/b", contentHtml: "<p>A different report about a court ruling on media registration rules in Almaty.</p>" }), null);
    await storeArticle(t().db, outlet.id, record({ link: "https://steppe.example/c", published: "2026-12-01T10:00:00Z" }), null);
    expect(await count(outlet.id)).toBe(3);
  });

  it("links the same story at other outlets by URL, title and hyperlinks in both directions, and merges nothing", async () => {
    const wire = await createOutlet(t().db, { slug: "wire" });
    const paper = await createOutlet(t().db, { slug: "paper" });
    const blog = await createOutlet(t().db, { slug: "blog" });
    // The blog links to the wire's story before the wire's story is stored.
    await storeArticle(t().db, blog.id, record({ title: "Comment on the new media law in Kazakhstan", link: "https://blog.example/comment",
      contentHtml: `<p>As <a href="https://wire.example/law?utm_medium=rss">the wire reported</a>, the law passed.</p>`, published: "2026-11-04T00:00:00Z" }), null);
    await storeArticle(t().db, wire.id, record({ link: "https://wire.example/law" }), null);
    // The paper runs the same story under the same title, and links back to the wire.
    await storeArticle(t().db, paper.id, record({ link: "https://paper.example/law", published: "2026-11-03T15:00:00Z",
      contentHtml: `${BODY}<p>Source: <a href="https://wire.example/law">the wire</a>.</p>` }), null);
    // A syndicated copy under the wire's own URL.
    await storeArticle(t().db, blog.id, record({ link: "https://wire.example/law", title: "Wire: media law", published: "2026-11-03T12:00:00Z" }), null);

    const ids = new Map((await t().db.select({ id: articles.id, url: articles.url }).from(articles)).map((r) => [r.id, r.url]));
    const links = (await t().db.select().from(articleLinks).orderBy(asc(articleLinks.id))).map((l) => [ids.get(l.articleId), l.kind, ids.get(l.linkedArticleId)]);
    expect(links).toEqual(expect.arrayContaining([
      ["https://blog.example/comment", "hyperlink", "https://wire.example/law"],
      ["https://paper.example/law", "same_title", "https://wire.example/law"],
      ["https://paper.example/law", "hyperlink", "https://wire.example/law"],
    ]));
    expect(links.filter(([, kind]) => kind === "same_url")).toHaveLength(1);
    expect(await t().db.select().from(articles)).toHaveLength(4);
  });
});
