import { describe, expect, it } from "vitest";
import { extractStatements } from ".";

function claims(text: string, language: string) {
  return extractStatements({ text, language, outletName: null }).fundingClaims;
}

describe("French compound tenses with an adverb or a year inside", () => {
  it("reads 'a par ailleurs accordé au Kazakhstan un prêt'", () => {
    const found = claims("La Banque asiatique de développement (BAD) a par ailleurs accordé au Kazakhstan un prêt de 150 millions de dollars pour moderniser son système d'alerte.", "fr");
    expect(found).toContainEqual(expect.objectContaining({ funder: expect.stringMatching(/Banque asiatique/), recipient: "Kazakhstan", amount: 150_000_000, currency: "USD", relation: "loan" }));
  });

  it("reads 'a bénéficié en 2022 d’une subvention … de l’Agence'", () => {
    const found = claims("Une autre association, Jashtar Kenesh, a bénéficié en 2022 d'une subvention de 12 millions de soms de l'Agence des États-Unis pour le développement international.", "fr");
    expect(found).toContainEqual(expect.objectContaining({ funder: expect.stringMatching(/Agence des États-Unis/), recipient: "Jashtar Kenesh", amount: 12_000_000, year: 2022, relation: "grant" }));
  });

  it("reads the elided 'd’' before the funder and the hedge of the conditional", () => {
    const found = claims("L'association aurait également obtenu en 2024 un prêt de 300 000 somonis de la banque Pamir Kredit pour rénover ses locaux.", "fr");
    expect(found).toContainEqual(expect.objectContaining({ funder: expect.stringMatching(/Pamir Kredit/), amount: 300_000, currency: "TJS", relation: "loan", hedged: true }));
  });
});

describe("a source opening the sentence is not the recipient", () => {
  it("takes the subject after 'Selon certaines sources,'", () => {
    const found = claims("Selon certaines sources, Stepnoï Vestnik aurait reçu 1,5 million de dollars de la fondation Open Prairie.", "fr");
    expect(found).toContainEqual(expect.objectContaining({ recipient: "Stepnoï Vestnik", funder: expect.stringMatching(/Open Prairie/), hedged: true }));
    expect(found.some((c) => /sources/.test(c.recipient ?? ""))).toBe(false);
  });

  it("takes the subject after 'According to X,' and reads a budget as a budget allocation", () => {
    const found = claims("According to Ostapenko, the construction will be paid for from the Russian federal budget.", "en");
    expect(found.some((c) => c.recipient === "Ostapenko" || c.funder === "Ostapenko")).toBe(false);
    expect(found).toContainEqual(expect.objectContaining({ funder: "Russian federal budget", relation: "budget" }));
  });
});

describe("money that funds no one", () => {
  it.each([
    ["de", "Die Lehrer werden in Russland ausgewählt und erhalten ein Gehalt von umgerechnet rund 1.000 Euro im Monat – ein Vielfaches des kirgisischen Durchschnitts."],
    ["de", "Laut der russischen Zentralbank überwiesen Arbeitsmigranten aus Russland 2024 rund 12 Mrd. US-Dollar nach Usbekistan."],
    ["en", "Kyrgyzstan tightens rules for foreign-funded NGOs despite Western pressure"],
    ["fr", "Une source diplomatique affirme toutefois que le prix obtenu est « nettement inférieur » à celui payé par les clients européens de Gazprom avant 2022."],
  ])("no claim in a salary, a remittance, an adjective or a price (%s): %s", (language, text) => {
    expect(claims(text, language)).toEqual([]);
  });
});

describe("unnamed funders stay unnamed", () => {
  it("leaves 'foreign donors' out of the funder", () => {
    const found = claims("Бишкекский фонд «Жаңы Доор» только в 2023 г. получил от зарубежных доноров более 3,2 млн долларов.", "ru");
    expect(found).toContainEqual(expect.objectContaining({ funder: null, recipient: "Жаңы Доор", amount: 3_200_000, currency: "USD" }));
  });

  it("keeps a named funder after 'от'", () => {
    const found = claims("Радио Свобода получает от Конгресса США около $140 млн в год.", "ru");
    expect(found).toContainEqual(expect.objectContaining({ funder: expect.stringMatching(/Конгресс/), amount: 140_000_000 }));
  });
});

describe("German verb-final receipt: the funder stands before the participle", () => {
  it("reads 'soll … von der Bank erhalten haben' as a hedged loan to the subject", () => {
    const found = claims("Sokolenko soll 2023 zudem einen Kredit über 1,2 Milliarden Rubel von der Moskauer Nord-Kredit-Bank erhalten haben, mit dem ein neues Zolllager gebaut wurde.", "de");
    expect(found).toContainEqual(expect.objectContaining({ funder: "Moskauer Nord-Kredit-Bank", recipient: "Sokolenko", amount: 1_200_000_000, currency: "RUB", year: 2023, relation: "loan", hedged: true }));
    expect(found.some((c) => /Grenze|Zolllager/.test(`${c.funder} ${c.recipient}`))).toBe(false);
  });

  it("reads 'habe … von der Stiftung bekommen' in reported speech", () => {
    const found = claims("Aigine Media habe angeblich monatlich rund 3.500 Euro von der Prager Stiftung Otevřený Horizont bekommen, sagte ein Beamter.", "de");
    expect(found).toContainEqual(expect.objectContaining({ funder: expect.stringMatching(/Otevřený Horizont/), recipient: "Aigine Media", amount: 3500, currency: "EUR", hedged: true }));
  });

  it("leaves money 'aus dem Ausland' without a named funder", () => {
    const found = claims("Nach Angaben des Ministeriums soll das Portal zudem Geld aus dem Ausland erhalten haben, ohne dies anzugeben.", "de");
    expect(found).toContainEqual(expect.objectContaining({ funder: null, recipient: "Portal", hedged: true }));
  });
});
