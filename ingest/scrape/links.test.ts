import { describe, expect, it } from "vitest";
import { findArticleLinks, looksLikeArticleUrl } from "./links";

const LIST = "https://24.kg/obschestvo/";

const page = (body: string, head = "") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe("looksLikeArticleUrl", () => {
  const list = new URL(LIST);
  it.each([
    "https://24.kg/obschestvo/312345_v_bishkeke_otkryli_shkolu/",
    "https://www.24.kg/obschestvo/312346_drugaya_novost/",
    "https://24.kg/ru/news/2024/03/05/migrants-return-home",
    "https://24.kg/novosti/61234-slug.html",
    "https://24.kg/opinion/why-the-somoni-keeps-falling",
  ])("takes %s", (url) => expect(looksLikeArticleUrl(url, list)).toBe(true));

  it.each([
    ["a section", "https://24.kg/politika/"],
    ["a tag page", "https://24.kg/tag/bishkek-2024-elections/"],
    ["an author page", "https://24.kg/author/ivan-petrov-12345/"],
    ["pagination", "https://24.kg/obschestvo/page/2/"],
    ["pagination by query", "https://24.kg/obschestvo/?page=2"],
    ["a login page", "https://24.kg/login"],
    ["another site", "https://kaktus.media/doc/312345_news.html"],
    ["another edition on a subdomain", "https://en.24.kg/news/312345_news/"],
    ["an image", "https://24.kg/files/media/312345_photo.jpg"],
    ["the home page", "https://24.kg/"],
  ])("leaves %s (%s)", (_why, url) => expect(looksLikeArticleUrl(url, list)).toBe(false));
});

describe("findArticleLinks", () => {
  const html = page(`
    <nav><a href="/">Home</a> <a href="/politika/">Politics</a> <a href="/obschestvo/">Society</a> <a href="/tag/kg/">#kg</a></nav>
    <div class="news-list">
      <div class="item"><a href="/obschestvo/312345_v_bishkeke_otkryli_shkolu/">School</a> <a href="/obschestvo/312345_v_bishkeke_otkryli_shkolu/#comments">3 comments</a></div>
      <div class="item"><a href="https://24.kg/obschestvo/312346_drugaya_novost/">Other</a></div>
      <div class="item"><a href="312347_relative_news/">Relative</a></div>
    </div>
    <aside><a href="/ekonomika/312000_popular_story/">Most read</a></aside>
    <a href="/obschestvo/page/2/">Next page</a> <a href="javascript:void(0)">Menu</a> <a href="mailto:news@24.kg">Write to us</a>
    <a href="https://facebook.com/24kg/posts/1234567">Facebook</a>`);

  it("finds same-site article links automatically, resolved, deduplicated and without fragments", () => {
    expect(findArticleLinks(html, LIST)).toEqual([
      "https://24.kg/obschestvo/312345_v_bishkeke_otkryli_shkolu/",
      "https://24.kg/obschestvo/312346_drugaya_novost/",
      "https://24.kg/obschestvo/312347_relative_news/",
      "https://24.kg/ekonomika/312000_popular_story/",
    ]);
  });

  it("takes exactly what the outlet's selector names, whether anchors or their containers", () => {
    expect(findArticleLinks(html, LIST, { linkSelector: ".news-list .item" })).toHaveLength(3);
    expect(findArticleLinks(html, LIST, { linkSelector: "aside a" })).toEqual(["https://24.kg/ekonomika/312000_popular_story/"]);
  });

  it("finds nothing, rather than throwing, for a malformed selector", () => {
    expect(findArticleLinks(html, LIST, { linkSelector: "div[[" })).toEqual([]);
  });

  it("resolves against the page's <base href>", () => {
    const based = page('<a href="news/2024/03/05/migrants-return-home">x</a>', '<base href="https://24.kg/ru/">');
    expect(findArticleLinks(based, LIST)).toEqual(["https://24.kg/ru/news/2024/03/05/migrants-return-home"]);
  });
});
