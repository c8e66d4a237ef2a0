import { describe, expect, it } from "vitest";
import { EMPTY_OUTLET_FORM, toFormValues, toOutletInput } from "./outlet-form-values";

describe("outlet form values", () => {
  it("turns lines, lists and JSON into the registry's input, and back", () => {
    const input = toOutletInput({
      ...EMPTY_OUTLET_FORM, slug: " kloop ", name: "Kloop", kind: "scrape", languages: "RU, ky en", country: "kg", groups: " Independent media, ,RFE/RL services ",
      feeds: "https://kloop.kg/feed/\n\n", listPages: " https://kloop.kg/news/ \nhttps://kloop.kg/blog/", scrapeRules: '{"contentSelector": "article"}',
    });
    expect(input).toEqual({
      slug: "kloop", name: "Kloop", kind: "scrape", homepageUrl: null, languages: ["ru", "ky", "en"], country: "KG", groups: ["Independent media", "RFE/RL services"],
      feeds: ["https://kloop.kg/feed/"], listPages: ["https://kloop.kg/news/", "https://kloop.kg/blog/"], sitemaps: [],
      scrapeRules: { contentSelector: "article" },
    });
    const back = toFormValues({ ...input, paused: false, scrapeRules: { contentSelector: "article" } } as never);
    expect(toOutletInput(back)).toEqual(input);
  });

  it("keeps scraping settings off a feed outlet and names broken rules", () => {
    expect(toOutletInput({ ...EMPTY_OUTLET_FORM, kind: "feed", listPages: "https://x.example/", scrapeRules: "{}" })).toMatchObject({ listPages: [], scrapeRules: null });
    expect(() => toOutletInput({ ...EMPTY_OUTLET_FORM, kind: "scrape", scrapeRules: "{nope" })).toThrow(/Scrape rules must be JSON/);
  });
});
