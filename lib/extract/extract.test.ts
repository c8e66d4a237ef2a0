import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractStatements } from ".";

const scraped = readFileSync(new URL("../../sample/scraped-opinion-central-asia.txt", import.meta.url), "utf8");

function extract(text: string, language = "en", outletName: string | null = null) {
  return extractStatements({ text, language, outletName });
}

describe("funding claims in the scraped opinion text", () => {
  const { fundingClaims } = extract(scraped);
  const claim = (recipient: RegExp) => fundingClaims.find((c) => c.recipient && recipient.test(c.recipient));

  it("finds vlast.kz's NED grant of $230,000 in 2021, unattributed", () => {
    expect(claim(/vlast\.kz/)).toMatchObject({
      funder: "National Endowment for Democracy", amount: 230000, currency: "USD", year: 2021,
      relation: "grant", attributedTo: null, hedged: false, selfDisclosed: false,
    });
  });

  it("finds NED controlled by the US government, without the grant's sum", () => {
    expect(claim(/National Endowment/)).toMatchObject({ funder: expect.stringMatching(/^US/), relation: "controlled_by", amount: null });
  });

  it("finds both recipients of NED's grant: Bakhytzhan Toregozheva and Ar Rukh Hak", () => {
    expect(claim(/Toregozheva/)).toMatchObject({ funder: "NED", relation: "grant" });
    expect(claim(/Ar Rukh Hak/)).toMatchObject({ funder: "NED", relation: "grant" });
  });

  it("finds Oyan Qazaqstan founded in 2019 by Soros Foundation grantees", () => {
    expect(claim(/Qazaqstan/)).toMatchObject({ funder: expect.stringMatching(/Soros Foundation/), relation: "founded_by", year: 2019 });
  });

  it("finds Dosym Satpayev's projects supported by the Ebert Foundation", () => {
    expect(claim(/Satpayev/)).toMatchObject({ funder: "Ebert Foundation", relation: "supported_by" });
  });

  it("takes employment and board membership for what they are: no funding claim", () => {
    expect(fundingClaims.some((c) => /Abramov|National Democratic Institute/.test(`${c.recipient} ${c.funder}`))).toBe(false);
  });
});

describe("names that are page furniture or sentence openers", () => {
  it("does not take a newsletter box's buttons for the speaker 'he' stands for", () => {
    const text = "Subscribe to our free weekly newsletter Register Click here for the latest issue\n\n“I’ll find out in a minute,” he says.";
    expect(extract(text).sources.map((s) => s.name)).not.toContain("Register Click");
  });

  it("drops 'Now' from 'Now Igor says'", () => {
    const text = "Igor Petrov left Moscow in 2022.\n\n“It was the only way,” Now Igor says.";
    expect(extract(text).sources.map((s) => s.name)).not.toContain("Now Igor");
  });
});

describe("German funding claims", () => {
  it("reads the dative recipient right after a present-tense verb", () => {
    const text = "Die staatliche Förderbank KfW stellt Usbekistan einen Kredit über 120 Mio. Euro für den Ausbau der Solarenergie zur Verfügung.";
    expect(extract(text, "de").fundingClaims).toContainEqual(expect.objectContaining({
      funder: expect.stringMatching(/KfW/), recipient: "Usbekistan", amount: 120_000_000, currency: "EUR", relation: "loan",
    }));
  });

  it("reads the subject after the verb when an adverbial opens the clause, and the first 'von' as the funder", () => {
    const text = "Nach Angaben des Ministeriums erhält Usbekistan von der Bundesregierung zusätzlich einen Zuschuss von 15 Mio. Euro für die Ausbildung von Fachkräften.";
    expect(extract(text, "de").fundingClaims).toEqual([expect.objectContaining({
      funder: "Bundesregierung", recipient: "Usbekistan", amount: 15_000_000, currency: "EUR", relation: "grant",
    })]);
  });

  it("takes no second recipient from a later 'und' in the sentence", () => {
    const text = "Die KfW stellt Usbekistan einen Kredit über 120 Mio. Euro zur Verfügung, wie das Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung mitteilte.";
    expect(extract(text, "de").fundingClaims.map((c) => c.recipient)).toEqual(["Usbekistan"]);
  });
});

describe("Russian funding claims", () => {
  it("reads 'получает от X' with the sum after the funder, and stops the funder's name at the sum", () => {
    const text = "Радио Свобода получает от Конгресса США около $140 млн в год.";
    expect(extract(text, "ru").fundingClaims).toEqual([expect.objectContaining({
      funder: "Конгресса США", recipient: "Радио Свобода", amount: 140_000_000, currency: "USD",
    })]);
  });
});

describe("payments that are not funding claims (Novastan's reports)", () => {
  it("takes a fare paid to a driver, or a night paid in tenge, for no claim", () => {
    expect(extract("Then they paid money to someone driving a car who was already close to the border, and they drove with him.").fundingClaims).toEqual([]);
    expect(extract("We paid 25 000 Tenge (£44.71) for the night.").fundingClaims).toEqual([]);
  });

  it("does not reach back past an unnamed party to an earlier name", () => {
    const text = "Certain online platforms advertising security-related jobs in Russia actually sent workers directly to a military base controlled by the private Wagner Group.";
    expect(extract(text).fundingClaims.filter((c) => c.recipient === "Russia")).toEqual([]);
  });
});

describe("stated sources", () => {
  it("keeps image credits of teasers but not the teasers' headlines", () => {
    const { sources } = extract(scraped);
    expect(sources.filter((s) => s.kind === "credit").map((s) => s.name)).toEqual(expect.arrayContaining(["RIA", "Getty Images", "Sputnik"]));
    expect(sources.some((s) => /Putin defends|Soros compares|Kremlin defends/.test(s.sentence))).toBe(false);
  });

  it("reads 'according to' attributions with roles stripped", () => {
    const text = "In many ways, Central Asia still is highly dependent on Russia. According to political analyst Arkady Dubnov, who was interviewed by Kloop, Bishkek had no choice.";
    expect(extract(text).sources).toEqual([expect.objectContaining({ kind: "attribution", name: "Arkady Dubnov", anonymous: false })]);
  });

  it("reads the source after 'by' in 'data published … by'", () => {
    const text = "More than 12,000 soldiers from Central Asia have already participated in the “special military operation”, according to public data published in April 2026 by the Ukrainian war prisoners coordination.";
    const { sources } = extract(text);
    expect(sources).toEqual([expect.objectContaining({ kind: "attribution", name: "Ukrainian war prisoners coordination" })]);
  });

  it("flags an unnamed speaker as anonymous", () => {
    const text = "“There is no trouble here, they are pretty calm and do not brawl much” says a prison guard. In front of him, prisoners start entering the lunchroom.";
    expect(extract(text).sources).toEqual([expect.objectContaining({ kind: "quote", name: "prison guard", anonymous: true })]);
  });

  it("does not take a sentence that merely mentions an actor for a source", () => {
    expect(extract("The Kremlin did not respond to a request for comment. Tokayev visited Moscow in May.").sources).toEqual([]);
  });

  it("does not take a scare quote for a quotation", () => {
    expect(extract("Those who dare call the “special operation” a war and invasion are under pressure from regulators.").sources).toEqual([]);
  });

  it("finds the speaker of a Russian dash-style quote", () => {
    const text = "«Мы не будем участвовать в этом параде», — заявил министр иностранных дел Мурат Нуртлеу журналистам.";
    expect(extract(text, "ru").sources).toEqual([expect.objectContaining({ kind: "quote", name: expect.stringContaining("Мурат Нуртлеу") })]);
  });

  it("finds the speaker of a German „…“ quote", () => {
    const text = "„Die Lage an der Grenze ist angespannt“, sagte Außenminister Thomas Berger am Montag in Berlin.";
    expect(extract(text, "de").sources[0]).toMatchObject({ kind: "quote", name: expect.stringContaining("Thomas Berger") });
  });

  it("reads Russian 'по данным' and French 'selon' attributions", () => {
    expect(extract("По данным Всемирного банка, переводы составили 26,7% ВВП.", "ru").sources[0]).toMatchObject({ kind: "attribution", name: "Всемирного банка" });
    expect(extract("Selon l'AFP, le scrutin a été reporté.", "fr").sources[0]).toMatchObject({ kind: "attribution", name: "AFP" });
  });

  it("gives offsets that point at the highlighted words", () => {
    const text = "Remittances reached 26.7 % of GDP in 2020, according to World Bank data. Prices rose.";
    const [source] = extract(text).sources;
    expect(text.slice(source!.start, source!.end)).toBe("according to World Bank data");
  });
});

describe("self-disclosures", () => {
  it("reads Novastan's French donation appeal inside an English article as a self-disclosed donation", () => {
    const text = [
      "Many others come from the five former Soviet republics in Central Asia.",
      "Novastan est le seul média en français et en allemand spécialisé sur l'Asie centrale. Entièrement associatif, il fonctionne grâce à votre participation. Vous pouvez nous soutenir à partir de 2 euros par mois (défiscalisé à 66 %).",
    ].join("\n\n");
    const { fundingClaims } = extract(text, "en", "Novastan");
    expect(fundingClaims).toEqual([expect.objectContaining({ recipient: "Novastan", relation: "donation", selfDisclosed: true, amount: 2, currency: "EUR", funder: null })]);
  });

  it("reads 'This investigation was supported by' as the outlet's disclosure", () => {
    const text = "The ministry declined to comment.\n\nThis investigation was supported by the Civic Media Fund.";
    const { fundingClaims } = extract(text, "en", "Kloop");
    expect(fundingClaims[0]).toMatchObject({ funder: "Civic Media Fund", recipient: "Kloop", selfDisclosed: true, relation: "supported_by" });
  });

  it.each([
    ["en", "This article was produced with the support of the European Union.", "European Union"],
    ["fr", "Cette enquête a bénéficié du soutien du Fonds européen pour le journalisme.", "Fonds européen"],
    ["ru", "Материал подготовлен при поддержке фонда «Открытое общество».", "Открытое общество"],
    ["de", "Diese Recherche wurde von der Otto-Brenner-Stiftung gefördert.", "Otto-Brenner-Stiftung"],
    ["de", "Dieser Artikel entstand mit Unterstützung der Robert Bosch Stiftung.", "Robert Bosch Stiftung"],
  ])("reads a support note in %s as the outlet's own: %s", (language, note, funder) => {
    const { fundingClaims } = extract(`The ministry declined to comment.\n\n${note}`, language, "Kloop");
    expect(fundingClaims).toEqual([expect.objectContaining({ funder: expect.stringContaining(funder), recipient: "Kloop", selfDisclosed: true })]);
  });

  it("does not take a republication note for a support note", () => {
    const { fundingClaims } = extract("Die Schulen öffnen im September.\n\nDieser Artikel erschien zuerst bei RT DE.", "de", "Souverän Denken");
    expect(fundingClaims).toEqual([]);
  });
});
