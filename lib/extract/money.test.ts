import { describe, expect, it } from "vitest";
import { findMoney, parseNumber } from "./money";

describe("sums of money", () => {
  it.each([
    ["received a grant of $230,000 from", "en", 230000, "USD"],
    ["27,8 млрд рублей", "ru", 27800000000, "RUB"],
    ["1,2 Millionen Euro", "de", 1200000, "EUR"],
    ["à partir de 2 euros par mois", "fr", 2, "EUR"],
    ["$3.5 million", "en", 3500000, "USD"],
    ["1 200 000 тенге", "ru", 1200000, "KZT"],
    ["3.500 Euro", "de", 3500, "EUR"],
    ["500 somoni", "en", 500, "TJS"],
    ["220 000 rubles", "en", 220000, "RUB"],
    ["1,2 million d'euros", "fr", 1200000, "EUR"],
    ["5 млн руб. на проект", "ru", 5000000, "RUB"],
    ["40 000 сомов", "ru", 40000, "KGS"],
    ["2 Mrd. Kronen", "de", 2000000000, "SEK"],
    ["350 Millionen US-Dollar", "de", 350000000, "USD"],
  ])("%s (%s) → %d %s", (text, language, amount, currency) => {
    expect(findMoney(text, language)[0]).toMatchObject({ amount, currency });
  });

  it("finds no money in a percentage or a plain count", () => {
    expect(findMoney("some 40 percent of 12,000 soldiers", "en")).toEqual([]);
  });

  it("reads separators by locale", () => {
    expect(parseNumber("230,000", "en")).toBe(230000);
    expect(parseNumber("26,7", "ru")).toBe(26.7);
    expect(parseNumber("1.234.567,5", "de")).toBe(1234567.5);
  });
});
