import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    const csv = toCsv(["funder", "amount", "sentence"], [
      ["NED", 230000, 'It said "yes", twice\nthen left'],
      ["=HYPERLINK(\"http://x\")", null, "-5% drop"],
      [true, false, ""],
    ]);
    expect(csv).toBe('funder,amount,sentence\r\nNED,230000,"It said ""yes"", twice\nthen left"\r\n"\'=HYPERLINK(""http://x"")",,\'-5% drop\r\ntrue,false,\r\n');
  });
});
