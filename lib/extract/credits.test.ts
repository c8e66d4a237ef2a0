import { describe, expect, it } from "vitest";
import { extractStatements } from ".";

function credits(text: string, language = "en"): string[] {
  return extractStatements({ text, language }).sources.filter((s) => s.kind === "credit").map((s) => s.name);
}

describe("credits", () => {
  it("reads image credits, taking the agency before the photographer", () => {
    expect(credits("© RIA / Mikhail Klimentyev")).toEqual(["RIA"]);
    expect(credits("Фото: ТАСС", "ru")).toEqual(["ТАСС"]);
    expect(credits("© 2019 Associated Press.")).toEqual(["Associated Press"]);
    expect(credits("ALIKHAN SARSENOV / AFP")).toEqual(["AFP"]);
  });

  it("reads bylines with a role or a place after the name", () => {
    expect(credits("By Dmitry Belousov, a Moscow-based journalist and political commentator")).toEqual(["Dmitry Belousov"]);
    expect(credits("Par Claire Dumont (Almaty, envoyée spéciale)", "fr")).toEqual(["Claire Dumont"]);
    expect(credits("Par Alexandre Volkoff, analyste politique", "fr")).toEqual(["Alexandre Volkoff"]);
  });

  it("reads every name of a wire trailer, without the place", () => {
    expect(credits("(Reporting by Daniyar Seitkali in Bishkek; Writing by Olga Marchenko; Editing by Peter Hollis)"))
      .toEqual(["Daniyar Seitkali", "Olga Marchenko", "Peter Hollis"]);
    expect(credits("Written by Nurlan Zhumabekov, with reporting by RFE/RL's Kazakh Service")).toEqual(["Nurlan Zhumabekov", "RFE/RL"]);
  });

  it("reads several credits on one line", () => {
    expect(credits("Source : Vlast.kz, Almaty. Traduit du russe par Élise Moreau.", "fr")).toEqual(["Vlast.kz", "Élise Moreau"]);
    expect(credits("This article was originally published on RT. The statements, views and opinions expressed in this column are solely those of the author."))
      .toEqual(["RT"]);
  });

  it("reads republication notes in French and Russian", () => {
    expect(credits("Cet article a été publié initialement par Sputnik. Les opinions exprimées n'engagent que leur auteur.", "fr")).toEqual(["Sputnik"]);
    expect(credits("Публикуем материал, впервые опубликованный на сайте Sputnik Кыргызстан.", "ru")).toEqual(["Sputnik Кыргызстан"]);
  });

  it("reads an author's signature with the role on the same or the next line", () => {
    expect(credits("Driss Rejichi,\nContributor for Novastan France")).toEqual(["Driss Rejichi"]);
    expect(credits("Anaïs Leclerc\nRédactrice pour Novastan", "fr")).toEqual(["Anaïs Leclerc"]);
    expect(credits("Julien Moreau, Redakteur für Novastan France", "de")).toEqual(["Julien Moreau"]);
  });

  it("takes no credit from running text that starts like one", () => {
    expect(credits("By Tuesday the ministry had said nothing.")).toEqual([]);
    expect(credits("Von den 20 Schulen wurden 12 bereits eröffnet.", "de")).toEqual([]);
    expect(credits("Written by hand, the letter reached the ministry in March, a week after the deadline had passed and long after the officials responsible for the file had left for the holidays.")).toEqual([]);
  });
});
