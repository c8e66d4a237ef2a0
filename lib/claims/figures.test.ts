import { describe, expect, it } from "vitest";
import { figureKey, figuresOf } from "./figures";

const keys = (text: string, language: string) => figuresOf(text, language).map(figureKey);

describe("figuresOf", () => {
  it.each([
    ["more than 12,000 soldiers from Central Asia, according to data published in April 2026", "en", ["12000"]],
    ["Far beyond the 1,400 Africans or 200 Indian citizens recruited since 24 February 2022", "en", ["1400", "200"]],
    ["13,000 people have perished in the Donbass", "en", ["13000"]],
    ["более 12 тысяч выходцев из Центральной Азии", "ru", ["12000"]],
    ["mehr als 12.000 Soldaten aus Zentralasien", "de", ["12000"]],
    ["plus de 12 000 soldats d'Asie centrale", "fr", ["12000"]],
    ["Kloop received $230,000 from the NED in 2021", "en", ["230000 USD"]],
    ["unemployment rose to 4,5 % in March, 45 per cent of them young", "ru", ["4.5 %", "45 %"]],
    ["1.5 million migrants and 1,5 млн мигрантов", "en", ["1500000"]],
    ["on 3 March 2022 and on March 3", "en", []],
  ])("%s (%s)", (text, language, expected) => {
    expect(keys(text, language)).toEqual(expected);
  });
});
