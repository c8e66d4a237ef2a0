import { describe, expect, it } from "vitest";
import { readSample, SCRAPED_SAMPLE } from "../test/factories";
import { parseTextExport, TextExportError } from "./text-export";

const RULES = {
  leadingNoise: ["The Ultimate Managed Hosting Platform"],
  dropLines: ["Fight Censorship, Share This Post!"],
  teaserMarkers: ["Read more"],
  endMarkers: ["Leave a Comment"],
};

describe("parseTextExport on the scraped opinion sample", () => {
  const record = parseTextExport(readSample(SCRAPED_SAMPLE), RULES);

  it("takes the title from the text and leaves the date unknown", () => {
    expect(record.title).toBe("How Russia’s neighbors react to the war in Ukraine");
    expect(record.publishedAt).toBeNull();
    expect(record.url).toBeNull();
    expect(record.dedupKey).toBe("title:how russia’s neighbors react to the war in ukraine");
  });

  it("keeps the dropped teasers' photo credits as the article's credits: evidence whose pages these are", () => {
    expect(record.credits).toEqual([
      "© RIA / Mikhail Klimentyev",
      "© Sputnik/Maksim Bogodvid",
      "© Getty Images / Laszlo Balogh",
      "© Sergey Guneyev/Sputnik",
    ]);
  });

  it("drops the hosting ad, share buttons, teasers with their credits, and the comment form", () => {
    const paragraphs = record.contentText.split("\n\n");
    expect(paragraphs[0]).toMatch(/^People in Central Asian countries neighboring Russia/);
    expect(paragraphs.at(-1)).toMatch(/at least on an emotional level\.$/);
    for (const teaser of [
      "Putin defends rationale for Ukraine offensive",
      "‘Why did the Ukrainians have to kill us?’: Refugees fleeing Donbass talk to RT",
      "Soros compares Ukrainian conflict to siege of Nazi-held city",
      "Kremlin defends harsh ‘fake military news’ law",
      "© RIA / Mikhail Klimentyev",
      "© Getty Images / Laszlo Balogh",
    ]) {
      expect(record.contentText).not.toContain(teaser);
    }
    expect(record.contentText).not.toMatch(/Read more|Share This Post|Leave a Comment|Akismet|Managed Hosting/);
  });

  it("keeps the body's own quotes and figures", () => {
    expect(record.contentText).toContain("received a grant in the amount of $230,000 from the National Endowment for Democracy");
    expect(record.contentText).toContain("Kyrgyzstan’s President Sadyr Japarov did express support");
    expect(record.wordCount).toBeGreaterThan(1900);
  });

  it("renders subheadings as headings and escapes text into HTML", () => {
    expect(record.contentHtml).toContain("<h3>Not just presidents</h3>");
    expect(record.contentHtml).toContain("<h3>The Battle for Central Asia</h3>");
    expect(record.contentHtml).not.toContain("<h3>People in Central Asian");
  });
});

describe("parseTextExport rules", () => {
  it("a teaser marker followed by prose drops only the marker", () => {
    const text = "Title line\n\nFirst paragraph of the story.\n\nRead more\n\nThis is body prose that must stay, it has no credit.\n";
    const record = parseTextExport(text, RULES);
    expect(record.contentText).toBe("First paragraph of the story.\n\nThis is body prose that must stay, it has no credit.");
  });

  it("escapes markup in plain text rather than interpreting it", () => {
    const record = parseTextExport("A <b>title</b>\n\nBody with <script>alert(1)</script> & more.", {});
    expect(record.contentHtml).toBe("<p>Body with &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>");
  });

  it("uses a given URL and date", () => {
    const record = parseTextExport("Title\n\nBody text.", {}, { url: "https://example.org/a#top", publishedAt: new Date("2022-03-10T00:00:00Z") });
    expect(record.url).toBe("https://example.org/a");
    expect(record.dedupKey).toBe("url:https://example.org/a");
    expect(record.publishedAt?.toISOString()).toBe("2022-03-10T00:00:00.000Z");
  });

  it("rejects a text with no body", () => {
    expect(() => parseTextExport("Fight Censorship, Share This Post!\n\nOnly a title", RULES)).toThrow(TextExportError);
  });
});
