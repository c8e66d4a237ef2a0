import { describe, expect, it } from "vitest";
import { buildArticleRecord, canonicalUrl, normaliseFeedItem, NormaliseError } from "./normalise";
import type { FeedItem } from "./types";

const item = (overrides: Partial<FeedItem>): FeedItem => ({
  guid: null, link: null, title: null, published: null, updated: null, authors: [], categories: [],
  summary: null, contentHtml: null, enclosures: [], ...overrides,
});

describe("normaliseFeedItem", () => {
  it("prefers GUID, then canonical URL, then content hash as the dedup key", () => {
    expect(normaliseFeedItem(item({ guid: "g-1", link: "https://e.org/a", title: "T" }), { language: null }).dedupKey).toBe("guid:g-1");
    expect(normaliseFeedItem(item({ link: "https://e.org/a#comments", title: "T" }), { language: null }).dedupKey).toBe("url:https://e.org/a");
    expect(normaliseFeedItem(item({ title: "T", summary: "text" }), { language: null }).dedupKey).toMatch(/^hash:[0-9a-f]{64}$/);
  });

  it("keeps image captions' and republication credits as credits", () => {
    const record = normaliseFeedItem(
      item({
        title: "Статья",
        contentHtml: `<figure><img src="https://e.org/a.jpg"><figcaption>Протест в Алматы. Фото: Vlast.kz</figcaption></figure><p>Text.</p><p><em>This article was originally published by Eurasianet.</em></p>`,
      }),
      { language: "ru" },
    );
    expect(record.credits).toEqual(["Фото: Vlast.kz", "This article was originally published by Eurasianet"]);
  });

  it("drops WordPress's 'appeared first on' footer and a lead that repeats the title as a link", () => {
    const record = normaliseFeedItem(
      item({
        title: "Story",
        link: "https://e.org/story",
        contentHtml: `<p><a href="https://e.org/story">Story</a></p><p>Real text.</p><p>The post <a href="https://e.org/story">Story</a> appeared first on <a href="https://e.org">Site</a>.</p>`,
      }),
      { language: "en-GB" },
    );
    expect(record.contentText).toBe("Real text.");
    expect(record.language).toBe("en-GB");
    expect(record.wordCount).toBe(2);
  });

  it("keeps dates in UTC and an absent date unknown", () => {
    const dated = normaliseFeedItem(item({ title: "T", published: "2022-04-06T07:57:22.000Z" }), { language: null });
    expect(dated.publishedAt?.toISOString()).toBe("2022-04-06T07:57:22.000Z");
    expect(normaliseFeedItem(item({ title: "T" }), { language: null }).publishedAt).toBeNull();
  });

  it("titles an untitled item from its first words and rejects an empty one", () => {
    const record = normaliseFeedItem(item({ contentHtml: "<p>One two three four five six seven eight nine ten eleven twelve thirteen</p>" }), { language: null });
    expect(record.title).toBe("One two three four five six seven eight nine ten eleven twelve…");
    expect(() => normaliseFeedItem(item({ guid: "x" }), { language: null })).toThrow(NormaliseError);
  });

  it("the same text always has the same hash, and any change changes it", () => {
    const fields = { guid: "g", url: null, title: "T", authors: [], categories: [], publishedAt: null, updatedAt: null, language: null, summary: null, contentHtml: "" };
    const a = buildArticleRecord({ ...fields, contentText: "Same text." });
    const b = buildArticleRecord({ ...fields, contentText: "Same  text.\n" });
    const c = buildArticleRecord({ ...fields, contentText: "Same text!" });
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).not.toBe(c.contentHash);
  });
});

describe("canonicalUrl", () => {
  it("accepts only absolute http(s) URLs and drops the fragment", () => {
    expect(canonicalUrl("https://e.org/a?b=1#x")).toBe("https://e.org/a?b=1");
    expect(canonicalUrl("javascript:alert(1)")).toBeNull();
    expect(canonicalUrl("/relative")).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });
});
