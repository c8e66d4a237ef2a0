import { describe, expect, it } from "vitest";
import { detectLanguage, paragraphLanguage } from "./language";

describe("language detection", () => {
  it.each([
    ["en", "The International Criminal Court issued an arrest warrant for the Russian president in March."],
    ["ru", "Международный уголовный суд выдал ордер на арест президента России в марте прошлого года."],
    ["fr", "La Cour pénale internationale a émis un mandat d'arrêt contre le président russe en mars."],
    ["de", "Der Internationale Strafgerichtshof hat im März einen Haftbefehl gegen den russischen Präsidenten erlassen."],
  ])("%s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("leaves a text too short to judge to the caller's default", () => {
    expect(detectLanguage("OK", "en")).toBe("en");
  });

  it("tells a French appeal inside an English article", () => {
    const appeal = "Novastan est le seul média en français et en allemand spécialisé sur l'Asie centrale. Entièrement associatif, il fonctionne grâce à votre participation.";
    expect(paragraphLanguage(appeal, "en")).toBe("fr");
    expect(paragraphLanguage("Many others come from the five former Soviet republics in Central Asia, he said.", "en")).toBe("en");
  });
});
