import { describe, expect, it } from "vitest";
import type { ExtractedArticle } from "../extract-article";
import { normaliseScrapedArticle } from "./article";

const extracted = (fields: Partial<ExtractedArticle> = {}): ExtractedArticle => ({
  title: "Migrants return home",
  byline: null,
  published: "2024-03-05T03:30:00.000Z",
  language: "en",
  text: "First paragraph.\n\nSecond paragraph.",
  html: "<p>First paragraph.</p><p>Second paragraph.</p>",
  credits: [],
  ...fields,
});

const context = { url: "https://news.example/2024/03/05/migrants#comments", language: "ru" };

describe("normaliseScrapedArticle", () => {
  it("builds the record feeds produce: canonical URL as key, date, language and word count", () => {
    const record = normaliseScrapedArticle(extracted(), context);
    expect(record).toMatchObject({
      dedupKey: "url:https://news.example/2024/03/05/migrants",
      url: "https://news.example/2024/03/05/migrants",
      guid: null,
      title: "Migrants return home",
      publishedAt: new Date("2024-03-05T03:30:00.000Z"),
      language: "en",
      contentText: "First paragraph.\n\nSecond paragraph.",
      wordCount: 4,
    });
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a credit that extraction left out of the body as a closing paragraph, and does not repeat one it kept", () => {
    const record = normaliseScrapedArticle(extracted({ credits: ["© RIA / Sputnik", "First paragraph"] }), context);
    expect(record.contentText).toBe("First paragraph.\n\nSecond paragraph.\n\n© RIA / Sputnik");
    expect(record.contentHtml).toContain("<p>© RIA / Sputnik</p>");
  });

  it("splits a byline into authors", () => {
    expect(normaliseScrapedArticle(extracted({ byline: "By Anna Ivanova and Dmitry Petrov" }), context).authors).toEqual(["Anna Ivanova", "Dmitry Petrov"]);
    expect(normaliseScrapedArticle(extracted({ byline: "Анна Иванова, Дмитрий Петров" }), context).authors).toEqual(["Анна Иванова", "Дмитрий Петров"]);
  });

  it("falls back to the outlet's language and to the sitemap's title and date, and never invents a date", () => {
    const hint = { title: "Sitemap title", published: "2024-03-01T00:00:00.000Z" };
    expect(normaliseScrapedArticle(extracted({ title: null, published: null, language: null }), { ...context, hint })).toMatchObject({
      title: "Sitemap title", publishedAt: new Date("2024-03-01T00:00:00.000Z"), language: "ru",
    });
    expect(normaliseScrapedArticle(extracted({ published: null }), context).publishedAt).toBeNull();
  });

  it("refuses a page without text or without any title", () => {
    expect(() => normaliseScrapedArticle(extracted({ text: " " }), context)).toThrow(expect.objectContaining({ code: "unusable_item" }));
    expect(() => normaliseScrapedArticle(extracted({ title: null }), context)).toThrow(/no title/);
  });
});
