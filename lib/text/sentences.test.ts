import { describe, expect, it } from "vitest";
import { segmentSentences } from "./sentences";

const texts = (text: string, language?: string) => segmentSentences(text, language).map((s) => s.text);

describe("sentence segmentation", () => {
  it("survives decimals, titles and country abbreviations", () => {
    expect(texts("Mr. Smith went to the U.S. last year. It was 26.7 % of GDP. Dr. Jones agreed.")).toEqual([
      "Mr. Smith went to the U.S. last year.", "It was 26.7 % of GDP.", "Dr. Jones agreed.",
    ]);
  });

  it("keeps a quotation closed by ? or ! with its speaker", () => {
    expect(texts("“Is it true?” he asked. «Нет», — заявил он.")).toEqual(["“Is it true?” he asked.", "«Нет», — заявил он."]);
  });

  it("knows Russian and German abbreviations", () => {
    expect(texts("Он сказал, т.е. ничего. Prof. Dr. Müller sagte z. B. nichts.")).toEqual(["Он сказал, т.е. ничего.", "Prof. Dr. Müller sagte z. B. nichts."]);
  });

  it("ends a sentence before a number that opens the next one, but not after an abbreviation", () => {
    const text = "Компания зарегистрирована в Бишкеке. 100% долей принадлежат ему. Рост в Sept. 2022 составил 5 млн руб. 12 человек ушли.";
    const spans = segmentSentences(text, "ru");
    expect(spans.map((s) => s.text)).toEqual(["Компания зарегистрирована в Бишкеке.", "100% долей принадлежат ему.", "Рост в Sept. 2022 составил 5 млн руб. 12 человек ушли."]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it("never joins paragraphs and keeps offsets into the text", () => {
    const text = "First paragraph ends here\n\nSecond one. Third.";
    const spans = segmentSentences(text);
    expect(spans.map((s) => s.text)).toEqual(["First paragraph ends here", "Second one.", "Third."]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
