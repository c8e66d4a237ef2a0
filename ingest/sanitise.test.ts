import { describe, expect, it } from "vitest";
import { sanitiseHtml } from "./sanitise";

/** DESIGN.md §6: HTML from outside is sanitised once, at ingest, with an allowlist. */

const LINK_REL = 'rel="noopener noreferrer nofollow"';
const IFRAME_SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-presentation"';

/**
 * The output of sanitize-html is serialised by the library itself (double-quoted attributes), so a
 * small tokenizer is enough to check it structurally. Tag and attribute names found in the output:
 */
function tagsOf(html: string): Array<{ tag: string; attrs: Record<string, string> }> {
  const tags: Array<{ tag: string; attrs: Record<string, string> }> = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/\s+([^\s=/>]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? "";
    tags.push({ tag: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

const SAFE_TAGS = new Set([
  "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd",
  "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "q", "cite", "abbr", "time", "a", "img",
  "figure", "figcaption", "picture", "source", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
  "span", "div", "iframe",
]);

/** Every tag allowlisted, no handlers or styles, every URL http(s)/mailto/relative (data: only on img src). */
function expectStructurallySafe(html: string): void {
  for (const { tag, attrs } of tagsOf(html)) {
    expect(SAFE_TAGS, `tag <${tag}> in ${html}`).toContain(tag);
    for (const [name, value] of Object.entries(attrs)) {
      expect(name, `attribute ${name} in ${html}`).not.toMatch(/^on|^style$|^srcdoc$|^formaction$|^xlink:|^xmlns/);
      if (["href", "src", "cite", "action"].includes(name)) {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
        const allowed = tag === "img" && name === "src" ? ["http", "https", "data"] : ["http", "https", "mailto"];
        if (scheme) expect(allowed, `${name}="${value}" on <${tag}>`).toContain(scheme);
        expect(value, `protocol-relative ${name} on <${tag}>`).not.toMatch(/^\s*[/\\]{2}/);
      }
    }
    if (tag === "a") expect(attrs).toMatchObject({ rel: "noopener noreferrer nofollow", target: "_blank" });
    if (tag === "iframe") expect(attrs.sandbox).toBe("allow-scripts allow-same-origin allow-presentation");
  }
}

describe("sanitiseHtml: dropped content", () => {
  it("removes script, style and noscript together with their contents", () => {
    const out = sanitiseHtml(
      "<p>a<script>alert(1)</script>b<style>p{color:red}</style>c<noscript>Enable JavaScript</noscript>d</p>",
    );
    expect(out).toBe("<p>abcd</p>");
  });

  it("drops the contents of template and textarea rather than turning them into text", () => {
    expect(sanitiseHtml("<p>x</p><template><p>hidden</p></template><textarea>typed</textarea>")).toBe("<p>x</p>");
  });

  it("removes event handler, style, class and id attributes", () => {
    const out = sanitiseHtml(
      '<p onclick="steal()" onmouseover="steal()" style="color:red" class="lead" id="x">text</p>' +
        '<img src="https://cdn.example.com/a.jpg" onerror="steal()" onload="steal()" style="width:1px">',
    );
    expect(out).toBe('<p>text</p><img src="https://cdn.example.com/a.jpg" />');
  });

  it("removes handlers from allowed links while keeping the link", () => {
    expect(sanitiseHtml('<a href="https://ok.example/" onmouseover="alert(1)">x</a>')).toBe(
      `<a href="https://ok.example/" ${LINK_REL} target="_blank">x</a>`,
    );
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["JavaScript: in mixed case", "JaVaScRiPt:alert(1)"],
    ["javascript: with leading space", " javascript:alert(1)"],
    ["javascript: with an entity-encoded first letter", "&#106;avascript:alert(1)"],
    ["javascript: with an encoded tab", "jav&#x09;ascript:alert(1)"],
    ["javascript: with a newline", "java\nscript:alert(1)"],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["data: on a link", "data:text/html,<script>alert(1)</script>"],
    ["data: base64 on a link", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["protocol-relative", "//evil.example/phish"],
    ["file:", "file:///etc/passwd"],
  ])("removes a %s href but keeps the link text", (_label, href) => {
    const out = sanitiseHtml(`<a href="${href}">click</a>`);
    expect(out).toBe(`<a ${LINK_REL} target="_blank">click</a>`);
  });

  it("keeps http, https, mailto, relative and fragment hrefs", () => {
    const out = sanitiseHtml(
      '<a href="http://a.example/">1</a><a href="https://b.example/x?y=1">2</a><a href="mailto:desk@c.example">3</a>' +
        '<a href="/news/1">4</a><a href="#note-1">5</a>',
    );
    expect(tagsOf(out).map((t) => t.attrs.href)).toEqual([
      "http://a.example/",
      "https://b.example/x?y=1",
      "mailto:desk@c.example",
      "/news/1",
      "#note-1",
    ]);
  });

  it("allows data: only as an image source", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(sanitiseHtml(`<img src="${png}" alt="chart">`)).toBe(`<img src="${png}" alt="chart" />`);
    expect(sanitiseHtml(`<a href="${png}">x</a>`)).not.toContain("data:");
    expect(sanitiseHtml(`<iframe src="data:text/html,hi"></iframe>`)).toBe("");
  });

  it("removes javascript: and protocol-relative image sources, and bad srcset candidates", () => {
    expect(sanitiseHtml('<img src="javascript:alert(1)"><img src="//evil.example/a.png">')).toBe("<img /><img />");
    expect(sanitiseHtml('<img src="https://a.example/1.png" srcset="javascript:alert(1) 1x, https://a.example/2.png 2x">')).toBe(
      '<img src="https://a.example/1.png" srcset="https://a.example/2.png 2x" />',
    );
  });
});

describe("sanitiseHtml: links", () => {
  it("adds rel and target to every link", () => {
    expect(sanitiseHtml('<a href="https://example.com/">x</a>')).toBe(
      `<a href="https://example.com/" ${LINK_REL} target="_blank">x</a>`,
    );
  });

  it("overrides rel and target set by the page", () => {
    const out = sanitiseHtml('<a href="https://example.com/" rel="opener" target="_self">x</a><a href="/y" rel="" target="top">y</a>');
    const links = tagsOf(out);
    expect(links).toHaveLength(2);
    for (const { attrs } of links) {
      expect(attrs.rel).toBe("noopener noreferrer nofollow");
      expect(attrs.target).toBe("_blank");
    }
    expect(out).not.toContain("opener\"");
    expect(out).not.toContain("_self");
  });

  it("keeps a link's title", () => {
    expect(sanitiseHtml('<a href="https://e.example/" title="Source">s</a>')).toContain('title="Source"');
  });
});

describe("sanitiseHtml: iframes", () => {
  it.each([
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    "https://player.vimeo.com/video/76979871",
  ])("keeps an embed from %s, sandboxed", (src) => {
    expect(sanitiseHtml(`<iframe src="${src}" width="560" height="315" allowfullscreen></iframe>`)).toBe(
      `<iframe src="${src}" width="560" height="315" allowfullscreen ${IFRAME_SANDBOX}></iframe>`,
    );
  });

  it("replaces the page's own sandbox and drops srcdoc and handlers", () => {
    const out = sanitiseHtml(
      '<iframe src="https://www.youtube.com/embed/x" sandbox="allow-top-navigation allow-scripts" srcdoc="<script>alert(1)</script>" onload="x()"></iframe>',
    );
    expect(out).toBe(`<iframe src="https://www.youtube.com/embed/x" ${IFRAME_SANDBOX}></iframe>`);
  });

  it.each([
    ["another host", '<iframe src="https://evil.example/frame">fallback text</iframe>'],
    ["a look-alike host", '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>'],
    ["a youtube host not on the list (no www)", '<iframe src="https://youtube.com/embed/x"></iframe>'],
    ["a protocol-relative youtube URL", '<iframe src="//www.youtube.com/embed/x"></iframe>'],
    ["javascript:", '<iframe src="javascript:alert(1)"></iframe>'],
    ["no src", "<iframe>text</iframe>"],
  ])("removes an iframe from %s entirely, contents included", (_label, html) => {
    expect(sanitiseHtml(`<p>before</p>${html}<p>after</p>`)).toBe("<p>before</p><p>after</p>");
  });
});

describe("sanitiseHtml: kept structure", () => {
  it("keeps h2–h6 headings and unwraps h1 (the article title lives elsewhere), keeping its text", () => {
    expect(sanitiseHtml("<h1>Title</h1><h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6>")).toBe(
      "Title<h2>A</h2><h3>B</h3><h4>C</h4><h5>D</h5><h6>E</h6>",
    );
  });

  it("keeps lists, blockquotes, figures, tables and emphasis", () => {
    const html =
      "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>" +
      '<blockquote cite="https://source.example/">Quoted words</blockquote>' +
      '<figure><img src="https://cdn.example/p.jpg" alt="Protest in Bishkek" /><figcaption>Photo: © RIA</figcaption></figure>' +
      '<table><caption>Budget</caption><thead><tr><th scope="col">Year</th></tr></thead>' +
      '<tbody><tr><td colspan="2">2024</td></tr></tbody></table>' +
      "<p><em>em</em> <strong>strong</strong> <i>i</i> <b>b</b> <q>q</q> <cite>c</cite> <sub>2</sub><sup>3</sup></p>";
    expect(sanitiseHtml(html)).toBe(html);
  });

  it("keeps time with datetime and drops unknown attributes", () => {
    expect(sanitiseHtml('<time datetime="2024-03-01T10:00:00Z" data-x="1">1 March</time>')).toBe(
      '<time datetime="2024-03-01T10:00:00Z">1 March</time>',
    );
  });

  it("unwraps unknown tags but keeps their text", () => {
    expect(sanitiseHtml("<article><section><custom-el>Text</custom-el></section></article>")).toBe("Text");
  });

  it("trims surrounding whitespace and returns an empty string for nothing left", () => {
    expect(sanitiseHtml("  \n<p>x</p>\n  ")).toBe("<p>x</p>");
    expect(sanitiseHtml("<script>only()</script>")).toBe("");
  });

  it("escapes text so it cannot become markup", () => {
    expect(sanitiseHtml("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>")).toBe("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>");
  });
});

describe("sanitiseHtml: boilerplate paragraphs", () => {
  const wordpress = (text: string) => /appeared first on/i.test(text) || /^share this post!?$/i.test(text);

  it("drops whole paragraphs the predicate matches, keeping the others", () => {
    const html =
      "<p>Body text.</p>" +
      '<p>The post <a href="https://site.example/x">Title</a> appeared first on <a href="https://site.example">Site</a>.</p>' +
      "<p>Share <b>This</b> Post!</p>";
    expect(sanitiseHtml(html, { isBoilerplateParagraph: wordpress })).toBe("<p>Body text.</p>");
  });

  it("passes the predicate the paragraph's whole text, trimmed, including text inside inline tags", () => {
    const seen: string[] = [];
    sanitiseHtml("<p>  Read <a href='/more'>more</a>\n</p><p>x</p>", {
      isBoilerplateParagraph: (t) => {
        seen.push(t);
        return false;
      },
    });
    expect(seen).toEqual(["Read more", "x"]);
  });

  it("only looks at paragraphs, not other blocks with the same text", () => {
    expect(
      sanitiseHtml("<div>Share This Post!</div><li>Share This Post!</li><p>Share This Post!</p>", {
        isBoilerplateParagraph: wordpress,
      }),
    ).toBe("<div>Share This Post!</div><li>Share This Post!</li>");
  });

  it("keeps every paragraph when no predicate is given", () => {
    expect(sanitiseHtml("<p>Read more</p><p>The post X appeared first on Y.</p>")).toBe(
      "<p>Read more</p><p>The post X appeared first on Y.</p>",
    );
  });
});

describe("sanitiseHtml: classic XSS vectors never survive", () => {
  const vectors: Array<[string, string]> = [
    ["svg onload", '<svg onload="alert(1)"><circle r="1"/></svg>'],
    ["svg with script", "<svg><script>alert(1)</script></svg>"],
    ["svg animate href", '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>'],
    ["img onerror", "<img src=x onerror=alert(1)>"],
    ["img onerror without quotes or spaces", "<img/src=x/onerror=alert(1)>"],
    ["tab-split javascript: href", '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ["entity javascript: href", '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>'],
    ["math with script", "<math><mtext><script>alert(1)</script></mtext></math>"],
    ["math xlink:href", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ["form", '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">go</button></form>'],
    ["base href", '<base href="https://evil.example/">'],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ["object", '<object data="javascript:alert(1)"></object>'],
    ["embed", '<embed src="javascript:alert(1)">'],
    ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ["body onload", '<body onload="alert(1)">x</body>'],
    ["details ontoggle", '<details open ontoggle="alert(1)"><summary>s</summary></details>'],
    ["style with expression", '<div style="background:url(javascript:alert(1))">x</div>'],
    ["noscript mXSS", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ["comment-hidden img", "<p>a<!-- <img src=x onerror=alert(1)> -->b</p>"],
    ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ["unclosed script", "<script>alert(1)"],
    ["nested script tags", "<scr<script>ipt>alert(1)</script>"],
  ];

  it.each(vectors)("%s", (_label, html) => {
    const out = sanitiseHtml(`<p>keep</p>${html}`);
    expect(out.startsWith("<p>keep</p>")).toBe(true);
    expectStructurallySafe(out);
    expect(out).not.toMatch(/<(script|svg|math|form|base|meta|object|embed|link|body|input|button|details)\b/i);
    expect(out).not.toMatch(/\son\w+\s*=/i);
    expect(out).not.toMatch(/javascript:|http-equiv|srcdoc|xlink/i);
  });

  it("drops script content from inside svg and math, not only the tags", () => {
    for (const html of ["<svg><script>alert(1)</script></svg>", "<math><mtext><script>alert(1)</script></mtext></math>"]) {
      expect(sanitiseHtml(html)).not.toContain("alert");
    }
  });

  it("a mixed real-world article body stays structurally safe", () => {
    const body =
      '<div class="entry" style="x"><h1>T</h1><p onclick="x">Lead <a href="//cdn.example/x">cdn</a></p>' +
      '<iframe src="https://www.youtube.com/embed/a"></iframe><iframe src="https://ads.example/"></iframe>' +
      '<img src="https://x.example/a.jpg" onerror="x"><script src="https://evil.example/x.js"></script>' +
      '<a href="https://kaktus.media/" target="_top">Kaktus</a></div>';
    const out = sanitiseHtml(body);
    expectStructurallySafe(out);
    expect(tagsOf(out).map((t) => t.tag)).toEqual(["div", "p", "a", "iframe", "img", "a"]);
  });
});
