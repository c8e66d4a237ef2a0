import { describe, expect, it } from "vitest";
import { extractStatements } from ".";

function quotes(text: string, language = "en") {
  return extractStatements({ text, language }).sources.filter((s) => s.kind === "quote");
}

function speakers(text: string, language = "en") {
  return quotes(text, language).map((q) => q.name);
}

describe("German speaker frames", () => {
  it("takes the quoted person, not the outlet, from „zitiert X mit den Worten“", () => {
    const text = "Die Nachrichtenseite Kaktus.media zitiert den Anwalt der Festgenommenen, Bakyt Orosbekow, mit den Worten: „Die Vorwürfe sind konstruiert. Meine Mandanten haben nichts anderes getan, als über Korruption zu berichten.“";
    expect(speakers(text, "de")).toEqual(["Bakyt Orosbekow"]);
  });

  it("reads an indefinite object of „zitiert … mit der Aussage“ as an anonymous speaker", () => {
    const text = "Das kirgisische Portal Kloop zitiert einen Zollbeamten mit der Aussage, man habe „keine rechtliche Handhabe“ gegen den Transit.";
    expect(quotes(text, "de")).toEqual([expect.objectContaining({ name: expect.stringMatching(/^Zollbeamte/) })]);
  });

  it("credits a term to the subject of „sprach von“ and „bezeichnet … als“", () => {
    expect(speakers("Die Organisation Reporter ohne Grenzen (RSF) sprach von einem „Angriff auf die letzten freien Medien des Landes“.", "de")).toEqual([expect.stringContaining("Reporter ohne Grenzen")]);
    expect(speakers("Die Regierung bezeichnet die Verfahren als Kampf gegen „Desinformation“.", "de")).toEqual(["Regierung"]);
  });

  it("names the institution of „Aus X heißt es:“", () => {
    const found = quotes("Aus Regierungskreisen in Astana heißt es: „Wir beobachten die Entwicklung mit Sorge, aber ohne Panik.“", "de");
    expect(found).toEqual([expect.objectContaining({ name: "Regierungskreisen in Astana", anonymous: true })]);
  });

  it("finds the subject after the verb when an adverb stands first", () => {
    const text = "Offiziell betont Präsident Kassym-Schomart Tokajew die „strategische Partnerschaft“ mit Moskau.";
    expect(speakers(text, "de")).toEqual(["Kassym-Schomart Tokajew"]);
  });

  it("keeps the subject before „sagte gegenüber RT DE:“, and the name in „X von der Stiftung Y sagt“", () => {
    expect(speakers("Der kasachische Politologe Marat Sejtow sagte gegenüber RT DE: „Das ist keine Hilfe, das ist ein Geschäftsmodell.“", "de")).toEqual(["Marat Sejtow"]);
    expect(speakers("Der Sanktionsexperte Dr. Jonas Kleber von der Stiftung Wissenschaft und Politik sagt: »Kirgistan ist zu einer Drehscheibe geworden, und Brüssel weiß das seit zwei Jahren.«", "de")).toEqual(["Jonas Kleber"]);
  });

  it("takes a name with its appositive after the verb, and counts a quotation broken by it once", () => {
    const text = "»Wir bekommen im Winter vier Stunden Strom am Tag«, erzählt Malika, eine Lehrerin aus Kulob, »und man sagt uns, das sei der Preis für die Zukunft.«";
    expect(speakers(text, "de")).toEqual(["Malika"]);
  });

  it("reads a reporting participle that closes the clause", () => {
    const text = "Präsident Schawkat Mirsijojew hatte die Beziehungen zu Moskau zuletzt als „strategische Allianz“ bezeichnet.";
    expect(speakers(text, "de")).toEqual(["Schawkat Mirsijojew"]);
  });

  it("skips a title abbreviation after a role noun", () => {
    const text = "„Usbekistan ist für uns ein Schlüsselpartner in Zentralasien“, sagte Staatssekretärin Dr. Karin Wendland der Deutschen Presse-Agentur.";
    expect(speakers(text, "de")).toEqual(["Karin Wendland"]);
  });
});

describe("French speaker frames", () => {
  it("reads « Pour X, … » as X's words", () => {
    const text = "Pour la politologue Aïgerim Joussoupova, de l’université KIMEP à Almaty, ces chaînes « ne créent pas l’opinion, elles l’amplifient ».";
    expect(speakers(text, "fr")).toEqual(["Aïgerim Joussoupova"]);
  });

  it("skips the audience between the verb and the speaker, and takes the name in apposition", () => {
    expect(speakers("« La situation reste préoccupante », a expliqué à RT France le commandant adjoint de la base, le colonel Andreï Vakhrouchev.", "fr")).toEqual(["Andreï Vakhrouchev"]);
    expect(speakers("« Ce sont des subventions publiques », a réagi auprès de l’AFP l’avocate de la défense, Aïja Mambetova.", "fr")).toEqual(["Aïja Mambetova"]);
  });

  it("finds the speaker in an incise inside the guillemets", () => {
    const text = "« Le pouvoir, a lancé devant le tribunal la rédactrice en chef Nourzada Toktosounova, veut nous faire payer nos révélations. »";
    expect(speakers(text, "fr")).toEqual(["Nourzada Toktosounova"]);
  });

  it("credits quoted words inside reported speech to an anonymous subject", () => {
    const text = "Un diplomate occidental présent à l’audience a estimé, sous couvert d’anonymat, que le verdict servirait « de test pour toute la société civile ».";
    expect(quotes(text, "fr")).toEqual([expect.objectContaining({ name: expect.stringMatching(/^diplomate occidental/), anonymous: true })]);
  });

  it("prefers the speaker of the reported clause over the outlet reporting it", () => {
    const text = "Par une lettre, le ministère a informé Radio Azattyq que 36 de ses collaborateurs ne pourraient plus travailler « en qualité de correspondants étrangers », raconte Vlast.kz.";
    expect(speakers(text, "fr")).toEqual(["ministère"]);
  });

  it("resolves « dit-elle » to the person the previous sentence is about", () => {
    const text = "À Kulob, dans le sud du pays, Mavjouda élève seule ses trois enfants. « Il envoyait 3 000 somonis par mois, dit-elle, maintenant nous vivons avec ce que je gagne au marché. »";
    expect(speakers(text, "fr")).toEqual(["Mavjouda"]);
  });
});

describe("Russian speaker frames", () => {
  it("takes the person at the end of a long role phrase after «…», — заявил", () => {
    const text = "«Для Хатлона вопрос воды - это вопрос выживания сельского хозяйства», - заявил в марте директор Агентства мелиорации и ирригации при правительстве Таджикистана Саидмурод Рахимзода.";
    expect(speakers(text, "ru")).toEqual(["Саидмурод Рахимзода"]);
  });

  it("stops a speaker's name before its origin", () => {
    const text = "«Нас проверяют по три раза в день», — рассказал 34-летний Эмиль из Джалал-Абада, который работает водителем такси.";
    expect(speakers(text, "ru")).toEqual(["Эмиль"]);
  });

  it("names an institution spoken of as a place: «В Кремле заявляли»", () => {
    const text = "В Кремле ранее заявляли, что проверки «не направлены против какой-либо национальности».";
    expect(speakers(text, "ru")).toEqual(["Кремле"]);
  });

  it("finds the subject across an adverbial phrase", () => {
    const text = "Директор центра Динара Сеитова в беседе с агентством назвала эти сведения «неточными».";
    expect(speakers(text, "ru")).toEqual(["Динара Сеитова"]);
  });

  it("does not take a company name in guillemets, or its subject, for a quote", () => {
    const text = "Так, ТОО «Сарыарка Медиа Групп» из Караганды получило от акимата 148,5 млн тенге на «освещение государственной политики» в региональных СМИ.";
    expect(quotes(text, "ru")).toEqual([]);
  });
});

describe("English speaker frames", () => {
  it("credits a partial quotation inside reported speech to an anonymous subject with an appositive", () => {
    const text = "A government official, speaking on condition of anonymity, said Tashkent was negotiating with Germany for “several tens of thousands” of work visas.";
    expect(quotes(text)).toEqual([expect.objectContaining({ name: "government official", anonymous: true })]);
  });

  it("takes the person from a long subject after the quotation", () => {
    const text = "“The United States has had its Foreign Agents Registration Act since 1938,” political analyst Dr. Timur Sadykov of the Bishkek Institute of Strategic Studies told RT.";
    expect(speakers(text)).toEqual(["Timur Sadykov"]);
  });

  it("takes a first name with its appositive after the quotation, and resolves a later “she” to it", () => {
    const text = "“You can find a better rate if you shop around,” Nagina, an office worker from Gorno-Badakhshan, in eastern Tajikistan, explained to Novastan. “My children are living in Moscow and we don’t usually need them to send money home”, she says.";
    expect(speakers(text)).toEqual(["Nagina", "Nagina"]);
  });

  it("resolves “he says” to the person introduced two sentences before, not a name mentioned earlier", () => {
    const text = "Khushbakht Peruzaliev was wounded near Bakhmut.\n\nIlyas, a 40-year old Kyrgyz citizen, worked as a drink retailer in Moscow. He signed his contract in April 2025. “They didn’t directly promise me citizenship, but I knew I would have the possibility to obtain it after” he says.";
    expect(speakers(text)).toEqual(["Ilyas"]);
  });

  it("counts a quotation broken by its speaker once", () => {
    const text = "A spokesman for Kyrgyzstan’s Defense Ministry, Col. Nurbek Asanov, put it bluntly. “Collective security,” he said, “is not a slogan for us but a matter of survival.”";
    expect(speakers(text)).toEqual(["Nurbek Asanov"]);
  });

  it("reads the subject of a participle of reporting", () => {
    const text = "On April 25, the office of the Kyrgyz president issued a press release stating that Sadyr Japarov would attend the parade as a “guest of honour”.";
    expect(speakers(text)).toEqual([expect.stringContaining("Kyrgyz president")]);
  });

  it("reads ASCII single quotation marks without taking apostrophes for them", () => {
    const text = "But a teacher at one of the clubs, who asked not to be identified, said pupils were regularly shown films about the war 'that only tell Moscow's side of the story.'";
    expect(quotes(text)).toEqual([expect.objectContaining({ quote: "that only tell Moscow's side of the story.", anonymous: true })]);
  });
});

describe("pronouns and references", () => {
  it("resolves “she” to a person quoted before and named again in the sentence before", () => {
    const text = "“You can find a better rate if you shop around,” Nagina, an office worker from Gorno-Badakhshan, explained to Novastan. This current instability is nothing new, as Nagina highlights. “We are experienced. During the financial crisis, it was the same”, she describes.";
    expect(speakers(text)).toEqual(["Nagina", "Nagina"]);
  });

  it("takes no subheading for the person a pronoun stands for", () => {
    const text = "Destination Kazakhstan\n\nThanks to some acquaintances and volunteers, the family found a holiday camp.\n\n“It’s only a holiday camp with one oven,” he says.";
    expect(speakers(text)).not.toContain("Destination Kazakhstan");
  });

  it("reads a pronoun subject of a labelling verb through the sentences before", () => {
    const text = "Kyrgyzstan’s President Sadyr Japarov backed Moscow.\n\nThe message is clear, and Japarov shared these ideas before. He wrote that the Minsk agreements had failed. He welcomed Russia’s recognition of the DPR and LPR as independent states as “possibly the last measure that had to be taken”.";
    expect(speakers(text)).toEqual(["Sadyr Japarov"]);
  });

  it("keeps an elided article inside a French institution's name", () => {
    const text = "Le Département d’État américain s’est dit, dans un communiqué, « profondément préoccupé ».";
    expect(speakers(text, "fr")).toEqual(["Département d’État américain"]);
  });

  it("reads a quotation opened by “according to X,” as X's, but not a short term", () => {
    expect(speakers("According to the lawyer Daniyar Kenzhebayev, “the law nowhere says that a citizen must be accredited to work in his own country.”")).toEqual(["Daniyar Kenzhebayev"]);
    expect(quotes("According to Mediazona, the “special military operation” has cost thousands of lives.")).toEqual([]);
  });
});

describe("scare quotes and names in quotation marks", () => {
  it("does not credit a scare-quoted term to the agent of a passive", () => {
    const text = "Indeed, in January 2024, a decree was signed by Vladimir Putin, allowing certain foreigners to obtain Russian citizenship under the condition that they served the army, especially during the “special military operation”.";
    expect(quotes(text)).toEqual([]);
  });

  it("does not take «СВО» or a term beside “according to” for a quote", () => {
    expect(quotes("Многие мигранты отправились на «СВО» по контракту.", "ru")).toEqual([]);
    expect(quotes("Thousands were mobilised for the “special military operation”, according to Mediazona.")).toEqual([]);
  });

  it("does not read a fronted time phrase as a speaker's viewpoint", () => {
    expect(quotes("For three decades, the West has been building a network of \"independent\" outlets in Central Asia.")).toEqual([]);
  });

  it("does not take a title in quotation marks for a quote", () => {
    const text = "Victory Day in Uzbekistan has been transformed into a ‘Day of Remembrance and Honour,’ emphasizing commemoration over military pomp.";
    expect(quotes(text)).toEqual([]);
  });

  it("does not credit the subject of a passive label", () => {
    expect(quotes("Moscow’s actions were labeled as a “premeditated and unfounded invasion.”")).toEqual([]);
  });
});
