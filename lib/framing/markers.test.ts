import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MARKER_GROUPS } from "./lexicon";
import { compileLexicon, countMarkers } from "./markers";

const lexicon = compileLexicon(DEFAULT_MARKER_GROUPS);
const count = (text: string, variant: string) => countMarkers(text, lexicon).find((c) => c.variant === variant);

describe("framing markers", () => {
  it("counts whole words with a possessive, not longer words", () => {
    expect(count("Kiev said Kiev’s troops advanced; the Kievan Rus is history.", "Kiev")).toMatchObject({ count: 2, inQuotes: 0 });
    expect(count("The regime fell. The Regiment marched.", "regime")).toMatchObject({ count: 1 });
  });

  it("tells a term in scare quotes and a quoted speaker's word from the outlet's own use", () => {
    const text = "Soldiers took part in the “special military operation”, according to the report. " +
      "“We are conducting a special military operation to protect Donbass,” the minister said. " +
      "Moscow calls it a special military operation.";
    expect(count(text, "special military operation")).toEqual({ group: "war-naming", variant: "special military operation", count: 3, inQuotes: 2, inScareQuotes: 1 });
    expect(count(text, "Donbass")).toMatchObject({ count: 1, inQuotes: 1, inScareQuotes: 0 });
  });

  it("reads Russian, French and German inflections and quotation marks", () => {
    expect(count("Так называемая «СВО» идёт третий год, заявил он о специальной военной операции.", "special military operation"))
      .toMatchObject({ count: 2, inQuotes: 1, inScareQuotes: 1 });
    expect(count("Le « régime » de Kiev, selon Moscou.", "regime")).toMatchObject({ count: 1, inQuotes: 1 });
    expect(count("„Die Regierung in Kiew lügt“, sagte er. Die Regierung schwieg.", "government")).toMatchObject({ count: 2, inQuotes: 1, inScareQuotes: 0 });
    expect(count("Der Krieg dauert an, der Einmarsch begann 2022.", "invasion")).toMatchObject({ count: 1 });
  });

  it("finds the scraped opinion text writing Kiev six times and regime, in its own voice", () => {
    const scraped = readFileSync(new URL("../../sample/scraped-opinion-central-asia.txt", import.meta.url), "utf8");
    expect(count(scraped, "Kiev")?.count).toBe(6);
    expect(count(scraped, "regime")?.count).toBe(6);
    expect(count(scraped, "Kyiv")).toBeUndefined();
  });
});

describe("editors' terms", () => {
  it("match literally, with any whitespace in phrases and a trailing * for any ending", () => {
    const custom = compileLexicon([{ key: "k", label: "k", variants: [{ label: "pro", terms: ["pro-Kremlin", "U.S. (sic)", "вторжени*", "special   operation"] }] }]);
    const counted = countMarkers("A pro-Kremlin site. The U.S. (sic) said. О вторжении и вторжение. A special\noperation.", custom);
    expect(counted).toEqual([{ group: "k", variant: "pro", count: 5, inQuotes: 0, inScareQuotes: 0 }]);
    expect(countMarkers("The US said", custom)).toEqual([]);
  });
});

describe("quotation marks around markers", () => {
  it("pairs each language's marks and leaves apostrophes alone", () => {
    const text = "He wrote “Kiev”, «Киев», „Kiew“, »Kiew«, ‘Kiev’ and \"Kiev\" — it’s Kiev’s call.";
    expect(count(text, "Kiev")).toMatchObject({ count: 7, inQuotes: 6, inScareQuotes: 6 });
  });

  it("closes no quotation across a paragraph break", () => {
    const text = "An unclosed “mark here.\n\nA new paragraph with war.";
    expect(count(text, "war")).toMatchObject({ inQuotes: 0 });
  });
});
