import { describe, expect, it } from "vitest";
import { aliasKey, categoriseName, categoriseSource, guessEntityKind, isEntityName } from "./categorise";
import { KNOWN_ENTITIES } from "./known";
import { mentionFinder } from "./mentions";

describe("source categories from names and roles", () => {
  it("reads officials, experts, outlets, NGOs and companies in the four languages", () => {
    expect(categoriseName("Ministry of Labour")).toBe("official");
    expect(categoriseName("Министерство труда")).toBe("official");
    expect(categoriseName("Aziz Khasanzoda", "as labour minister Aziz Khasanzoda")).toBe("official");
    expect(categoriseName("Досым Сатпаев", "как считает политолог Досым Сатпаев")).toBe("expert");
    expect(categoriseName("Arkady Dubnov", "said the political scientist Arkady Dubnov")).toBe("expert");
    expect(categoriseName("Verkhovny sud", "")).toBe("other");
    expect(categoriseName("Верховный суд")).toBe("official");
    expect(categoriseName("Der Tagesspiegel Zeitung")).toBe("outlet");
    expect(categoriseName("Фонд «Сорос-Казахстан»")).toBe("ngo");
    expect(categoriseName("Friedrich-Ebert-Stiftung")).toBe("ngo");
    expect(categoriseName("Kazakhmys LLC")).toBe("company");
    expect(categoriseName("Aliya Nurlanova")).toBe("other");
  });

  it("flags anonymous sources first and government domains as officials", () => {
    expect(categoriseSource({ name: "Ministry sources", kind: "attribution", anonymous: true, domain: null, before: "" })).toBe("anonymous");
    expect(categoriseSource({ name: "stat.gov.kz", kind: "link", anonymous: false, domain: "stat.gov.kz", before: "" })).toBe("official");
    expect(categoriseSource({ name: "twitter.com", kind: "link", anonymous: false, domain: "twitter.com", before: "" })).toBe("other");
  });

  it("guesses people from capitalised two-to-four-word names", () => {
    expect(guessEntityKind("Dosym Satpayev", "expert")).toBe("person");
    expect(guessEntityKind("Soros Foundation", "ngo")).toBe("organisation");
    expect(guessEntityKind("Eurasianet", "outlet")).toBe("outlet");
    expect(categoriseName("Innenministerium")).toBe("official");
    expect(categoriseName("Russian Federal Customs Service")).toBe("official");
    expect(categoriseName("Нацстаткома")).toBe("official");
    expect(categoriseName("Banque nationale du Tadjikistan")).toBe("official");
    expect(categoriseName("russischen Zentralbank")).toBe("official");
    expect(categoriseName("Bundesministerium für wirtschaftliche Zusammenarbeit")).toBe("official");
    expect(guessEntityKind("Ismoilov", "other")).toBe("person");
    expect(guessEntityKind("Сатпаев", "other")).toBe("person");
    expect(guessEntityKind("Kiev", "other")).toBe("organisation");
    expect(guessEntityKind("Berlin", "other")).toBe("organisation");
  });

  it("folds spellings to one key and refuses non-names", () => {
    expect(aliasKey("RFE/RL")).toBe(aliasKey("rfe rl"));
    expect(aliasKey("Фонд «Открытое общество»")).toBe(aliasKey("фонд открытое общество"));
    expect(isEntityName("the ministry")).toBe(false);
    expect(isEntityName("vlast.kz")).toBe(true);
    expect(isEntityName("NED")).toBe(true);
  });
});

describe("the seeded alias table", () => {
  it("gives no spelling to two entities", () => {
    const owners = new Map<string, string>();
    for (const entity of KNOWN_ENTITIES) {
      for (const alias of [entity.name, ...entity.aliases]) {
        const key = aliasKey(alias);
        expect(owners.get(key) ?? entity.name, `"${alias}" names ${owners.get(key)} and ${entity.name}`).toBe(entity.name);
        owners.set(key, entity.name);
      }
    }
  });
});

describe("finding known entities in text", () => {
  const find = mentionFinder([
    { id: 1, aliases: ["National Endowment for Democracy", "NED"] },
    { id: 2, aliases: ["RFE/RL", "Radio Liberty"] },
    { id: 3, aliases: ["EU"] },
  ]);

  it("matches whole spellings as written, longest first", () => {
    const text = "The National Endowment for Democracy (NED) funds RFE/RL; the EU does not. Ned Kelly and NEDbank are not it.";
    expect(find(text).map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([
      [1, "National Endowment for Democracy"], [1, "NED"], [2, "RFE/RL"],
    ]);
  });
});
