import { describe, expect, it } from "vitest";
import { canonicalUrl, linkedUrls, sameText, titleKey } from "./dedup";

describe("canonicalUrl", () => {
  it.each([
    ["https://Novastan.org/en/story/?utm_source=rss&utm_medium=feed#comments", "https://novastan.org/en/story/"],
    ["https://e.org/a?id=2&fbclid=x&b=1", "https://e.org/a?b=1&id=2"],
    ["http://www.heise.de/meldung/x-3088438.html?wt_mc=rss.developer.beitrag.atom", "http://www.heise.de/meldung/x-3088438.html"],
    ["https://e.org:443/a?yclid=1&gclid=2&mc_cid=3&_ga=4", "https://e.org/a"],
    ["https://e.org/a?page=2", "https://e.org/a?page=2"],
    ["  https://e.org/путь  ", "https://e.org/%D0%BF%D1%83%D1%82%D1%8C"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it("refuses what is not an absolute http(s) URL", () => {
    for (const bad of [null, "", "/relative", "mailto:a@e.org", "javascript:alert(1)", "not a url"]) expect(canonicalUrl(bad)).toBeNull();
  });
});

describe("titleKey", () => {
  it("folds case, punctuation, quotes, ё and compatibility forms", () => {
    expect(titleKey("Putin defends rationale for «Ukraine» offensive!")).toBe(titleKey("putin defends rationale for ukraine offensive"));
    expect(titleKey("Ещё один закон о СМИ принят")).toBe(titleKey("Еще один закон о СМИ — принят"));
    expect(titleKey("Ｆｕｌｌ ｗｉｄｔｈ title words here")).toBe("full width title words here");
  });

  it("gives no key to titles too short to identify a story", () => {
    expect(titleKey("News")).toBeNull();
    expect(titleKey("Фото дня")).toBeNull();
    expect(titleKey(null)).toBeNull();
  });
});

describe("sameText", () => {
  const story = "Kazakhstan's parliament passed a law on foreign-funded media on Tuesday, officials said, after weeks of debate.";
  it("is true for a re-post with a line edited, false for another text under the same title", () => {
    expect(sameText(story, `${story} Updated with a comment from the ministry.`)).toBe(true);
    expect(sameText(story, "Morning briefing: floods in the Fergana valley and a new gas deal with China.")).toBe(false);
    expect(sameText("", "")).toBe(true);
    expect(sameText("", story)).toBe(false);
  });
});

describe("linkedUrls", () => {
  it("collects each linked page once, canonical, without the article's own URL", () => {
    const html = `<p><a href="https://b.example/x?utm_source=a">x</a> <a href='https://b.example/x'>again</a>
      <a href="https://a.example/self#top">self</a> <a href="mailto:x@e.org">mail</a> <a href="https://c.example/?q=1&amp;r=2">c</a></p>`;
    expect(linkedUrls(html, "https://a.example/self")).toEqual(["https://b.example/x", "https://c.example/?q=1&r=2"]);
  });
});
