import { describe, expect, it } from "vitest";
import { countWords, htmlToPlainText, normaliseParagraphs } from "./plain-text";

describe("htmlToPlainText: paragraphs", () => {
  it("separates paragraphs by exactly one blank line", () => {
    expect(htmlToPlainText("<p>First.</p><p>Second.</p><p>Third.</p>")).toBe("First.\n\nSecond.\n\nThird.");
  });

  it("does not stack blank lines from nesting, source newlines or runs of <br>", () => {
    expect(htmlToPlainText("<div><p>a</p>\n\n\n<p>b</p></div>")).toBe("a\n\nb");
    expect(htmlToPlainText("<p>a</p><div><div><p>b</p></div></div>")).toBe("a\n\nb");
    expect(htmlToPlainText("<p>a</p><br><br><br><p>b</p>")).toBe("a\n\nb");
    expect(htmlToPlainText("<p>line<br><br><br>more</p>")).toBe("line\n\nmore");
  });

  it("keeps a single <br> as a line break inside the paragraph", () => {
    expect(htmlToPlainText("<p>Second<br>line two</p>")).toBe("Second\nline two");
  });

  it("drops empty and whitespace-only paragraphs", () => {
    expect(htmlToPlainText("<p>   </p><p>x</p><p>&nbsp;</p><p></p>")).toBe("x");
  });

  it("collapses runs of spaces and non-breaking spaces, and trims lines", () => {
    expect(htmlToPlainText("<p>  spaced    out&nbsp;&nbsp;text  </p>")).toBe("spaced out text");
  });

  it("never wraps long lines", () => {
    const long = "word ".repeat(100).trim();
    expect(htmlToPlainText(`<p>${long}</p>`)).toBe(long);
  });

  it("never leaves more than one blank line anywhere in a realistic body", () => {
    const html =
      "<h2>Heading</h2>\n<p>Lead.</p>\n\n<figure><img src='a.jpg'><figcaption>Photo</figcaption></figure>\n" +
      "<ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote><p>Last.</p>";
    const text = htmlToPlainText(html);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).not.toMatch(/^\s|\s$/);
    expect(text.split("\n\n")[0]).toBe("Heading");
    expect(text.split("\n\n").at(-1)).toBe("Last.");
  });

  it("returns an empty string for empty input", () => {
    expect(htmlToPlainText("")).toBe("");
    expect(htmlToPlainText("<div><p> </p></div>")).toBe("");
  });
});

describe("htmlToPlainText: elements", () => {
  it("keeps headings as written, not uppercased, as their own paragraph", () => {
    expect(htmlToPlainText("<h1>Title Case</h1><h2>Second level</h2><h3>Sub</h3>text after")).toBe(
      "Title Case\n\nSecond level\n\nSub\n\ntext after",
    );
    expect(htmlToPlainText("<h2>Заголовок новости</h2><p>Текст</p>")).toBe("Заголовок новости\n\nТекст");
  });

  it("keeps link text and drops the href", () => {
    const text = htmlToPlainText('<p>Read <a href="https://kaktus.media/doc/1">the <b>report</b></a> here.</p>');
    expect(text).toBe("Read the report here.");
    expect(text).not.toContain("kaktus.media");
    expect(text).not.toContain("[");
  });

  it("drops images, including their alt text, and iframes", () => {
    expect(htmlToPlainText('<p><img src="x.jpg" alt="Alt text">caption</p><iframe src="https://www.youtube.com/embed/x"></iframe>')).toBe(
      "caption",
    );
  });

  it("writes list items one per line with a marker", () => {
    expect(htmlToPlainText("<ul><li>one</li><li>two</li></ul>")).toBe("• one\n• two");
    expect(htmlToPlainText("<ol><li>first</li><li>second</li></ol>")).toBe("1. first\n2. second");
  });

  it("keeps figure captions and blockquote text", () => {
    const text = htmlToPlainText("<figure><img src=x><figcaption>Photo: © RIA</figcaption></figure><blockquote><p>Quoted words</p></blockquote>");
    expect(text.split("\n\n")[0]).toBe("Photo: © RIA");
    expect(text).toContain("Quoted words");
  });

  it("keeps table cells, with header cells as written", () => {
    expect(
      htmlToPlainText("<table><thead><tr><th>Year</th><th>Amount</th></tr></thead><tbody><tr><td>2024</td><td>12,000</td></tr></tbody></table>"),
    ).toBe("Year Amount\n2024 12,000");
  });

  it("decodes entities and drops script content", () => {
    expect(htmlToPlainText("<script>alert(1)</script><p>Новости &amp; «цитата» &mdash; x</p>")).toBe("Новости & «цитата» — x");
  });
});

describe("normaliseParagraphs", () => {
  it("turns CRLF and CR into LF, keeps one blank line between blocks, trims lines", () => {
    expect(normaliseParagraphs("  a  \r\n\r\n\r\nb\rc\n\n\n\n  d   e  \n \n")).toBe("a\n\nb\nc\n\nd e");
  });

  it("removes blank lines made only of spaces, tabs or non-breaking spaces inside a block", () => {
    expect(normaliseParagraphs("one\n \t\u00a0\ntwo")).toBe("one\ntwo");
  });

  it("is idempotent", () => {
    const once = normaliseParagraphs("x  y\n\n\n\nz\r\n\r\nw");
    expect(normaliseParagraphs(once)).toBe(once);
  });
});

describe("countWords", () => {
  it("counts English words", () => {
    expect(countWords("The quick brown fox jumps over the lazy dog.")).toBe(9);
  });

  it("counts Russian (Cyrillic) words, including ё", () => {
    expect(countWords("Президент Казахстана подписал закон о СМИ.")).toBe(6);
    expect(countWords("Ёлка, ёж и щёлк")).toBe(4);
  });

  it("counts Kazakh and Kyrgyz letters outside the Russian alphabet as letters", () => {
    expect(countWords("Қазақстан Республикасы · Кыргызстандын өкмөтү")).toBe(4);
  });

  it("counts German words with umlauts and ß as one each", () => {
    expect(countWords("Über die Straße fährt ein Mädchen")).toBe(6);
    expect(countWords("Großbritannien")).toBe(1);
  });

  it("counts words with decomposed accents (combining marks) as one each", () => {
    expect(countWords("cafe\u0301 na\u0308ive")).toBe(2); // NFD "café naïve"
    expect(countWords("за\u0301мок")).toBe(1); // stress mark in Russian
    expect(countWords("हिन्दी भाषा")).toBe(2); // Devanagari vowel signs and virama
  });

  it("joins French elisions with either apostrophe: l’homme and aujourd'hui are one word each", () => {
    // The regex joins letters across ' (U+0027) and ’ (U+2019), so an elided article is not a word of its own.
    expect(countWords("l’homme")).toBe(1);
    expect(countWords("l'homme")).toBe(1);
    expect(countWords("aujourd'hui")).toBe(1);
    expect(countWords("aujourd’hui qu’il l’a dit")).toBe(4); // aujourd’hui · qu’il · l’a · dit
  });

  it("does not count a lone apostrophe or quotes as words", () => {
    expect(countWords("'' ’ ' \"")).toBe(0);
    expect(countWords("rock 'n' roll")).toBe(3);
  });

  it("counts hyphenated words once, but not words joined by dashes", () => {
    expect(countWords("well-known state-run media")).toBe(3);
    expect(countWords("Нур-Султан")).toBe(1);
    expect(countWords("war - invasion")).toBe(2);
    expect(countWords("war — invasion – conflict")).toBe(3);
  });

  it("counts a figure with thousands separators or decimals as one word", () => {
    expect(countWords("230,000")).toBe(1);
    expect(countWords("more than 12,000 soldiers")).toBe(4);
    expect(countWords("12.5% of 230,000 in 2024.")).toBe(5);
  });

  it("does not join words across a sentence point or a comma between letters", () => {
    expect(countWords("end.Start")).toBe(2);
    expect(countWords("one,two")).toBe(2);
    expect(countWords("In 2024. Next")).toBe(3);
  });

  it("ignores punctuation, symbols and emoji", () => {
    expect(countWords("— « » … ! ? © % $ 🙂")).toBe(0);
  });

  it("returns 0 for empty and whitespace-only text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords(" \n\t ")).toBe(0);
  });
});
