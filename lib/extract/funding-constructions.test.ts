import { describe, expect, it } from "vitest";
import { extractStatements } from ".";
import type { FundingClaim } from "./types";
import { namesAgree } from "../../eval/score";

/**
 * The constructions funding news is written in, per language: verbs of giving (the funder is the subject,
 * the recipient an object or a "to" phrase), verbs of receiving (the recipient is the subject, the funder
 * a "from" phrase), passives with their agent, nominal frames ("a grant from X to Y", "le financement de
 * Y par X"), ownership and founding, hedges and attribution; and money that funds no one.
 */

type Expected = Partial<Omit<FundingClaim, "sentence" | "start" | "end">> & { funder: string | null; recipient: string | null };

function claims(text: string, language: string) {
  return extractStatements({ text, language, outletName: null }).fundingClaims;
}

function expectClaim(text: string, language: string, expected: Expected) {
  const found = claims(text, language);
  const { funder, recipient, ...fields } = expected;
  const match = found.find((c) => namesAgree(c.funder, funder) && namesAgree(c.recipient, recipient));
  expect(match, `${funder} → ${recipient} in ${JSON.stringify(found.map((c) => [c.funder, c.recipient]))}`).toBeDefined();
  expect(match).toMatchObject(fields);
}

const CASES: [string, string, Expected][] = [
  // English: giving, receiving, passives, nominal frames, ownership and founding.
  ["en", "The National Endowment for Democracy gave a $120,000 grant to the Almaty-based outlet Kazakh Voice in 2022.", { funder: "National Endowment for Democracy", recipient: "Kazakh Voice", amount: 120_000, currency: "USD", year: 2022, relation: "grant" }],
  ["en", "In 2021 the European Union granted €2.5 million to Internews Kazakhstan for media training.", { funder: "European Union", recipient: "Internews Kazakhstan", amount: 2_500_000, currency: "EUR", year: 2021 }],
  ["en", "The Eurasian Development Bank has provided a $50 million loan to the Kyrgyz Ministry of Energy.", { funder: "Eurasian Development Bank", recipient: "Kyrgyz Ministry of Energy", amount: 50_000_000, relation: "loan" }],
  ["en", "Kaktus Media received $45,000 from the Swedish International Development Cooperation Agency in 2020.", { funder: "Swedish International Development Cooperation Agency", recipient: "Kaktus Media", amount: 45_000, year: 2020 }],
  ["en", "Bolashak Media was awarded a $185,000 grant by the Civic Horizons Fund.", { funder: "Civic Horizons Fund", recipient: "Bolashak Media", amount: 185_000, relation: "grant" }],
  ["en", "Freedom House, which is funded largely by the U.S. government, published the report.", { funder: "U.S. government", recipient: "Freedom House", relation: "funding" }],
  ["en", "Aikyn Media reportedly secured a $2 million loan from Gazprombank in 2019.", { funder: "Gazprombank", recipient: "Aikyn Media", amount: 2_000_000, year: 2019, relation: "loan", hedged: true }],
  ["en", "A $5 million grant from USAID to the Central Election Commission paid for new ballot scanners.", { funder: "USAID", recipient: "Central Election Commission", amount: 5_000_000, relation: "grant" }],
  ["en", "The Open Society Institute donated 3 million tenge to the Tajik NGO Nuri Zindagi.", { funder: "Open Society Institute", recipient: "Nuri Zindagi", amount: 3_000_000, currency: "KZT", relation: "donation" }],
  ["en", "The Kyrgyz state financed the channel ElTR with 500 million soms in 2023.", { funder: "Kyrgyz state", recipient: "ElTR", amount: 500_000_000, currency: "KGS", year: 2023, relation: "funding" }],
  ["en", "Ordo Media is owned by the businessman Bakyt Osmonov.", { funder: "Bakyt Osmonov", recipient: "Ordo Media", relation: "controlled_by" }],
  ["en", "Rossotrudnichestvo founded the Russkiy Mir centre in Osh in 2014.", { funder: "Rossotrudnichestvo", recipient: "Russkiy Mir", relation: "founded_by" }],
  ["en", "Gazprom holds a 51% stake in the broadcaster Mir.", { funder: "Gazprom", recipient: "Mir", relation: "controlled_by" }],
  ["en", "The financing of the Rogun dam by the World Bank amounts to $350 million.", { funder: "World Bank", recipient: "Rogun dam", amount: 350_000_000, relation: "funding" }],

  // Russian: the recipient in the dative or after «на», the funder after «от», «из», «за счёт средств».
  ["ru", "Фонд «Сорос-Казахстан» в 2019 году выделил общественному объединению «Ак Жол» 15 млн тенге.", { funder: "Сорос-Казахстан", recipient: "Ак Жол", amount: 15_000_000, currency: "KZT", year: 2019 }],
  ["ru", "На финансирование телеканала «Мир» из федерального бюджета выделено 4,2 млрд рублей.", { funder: "федеральный бюджет", recipient: "Мир", amount: 4_200_000_000, currency: "RUB", relation: "budget" }],
  ["ru", "Российско-Кыргызский фонд развития предоставил компании «Бишкек Агро» кредит на 200 млн сомов.", { funder: "Российско-Кыргызский фонд развития", recipient: "Бишкек Агро", amount: 200_000_000, currency: "KGS", relation: "loan" }],
  ["ru", "Издание «Ордо Медиа» получило от компании «Кыргыз Ресурс» 3 млн сомов.", { funder: "Кыргыз Ресурс", recipient: "Ордо Медиа", amount: 3_000_000, currency: "KGS" }],
  ["ru", "Фонд «Жаңы Доор» якобы получил грант от посольства США.", { funder: "посольство США", recipient: "Жаңы Доор", relation: "grant", hedged: true }],
  ["ru", "Проект «Медиа-школа» реализуется за счёт средств Всемирного банка.", { funder: "Всемирный банк", recipient: "Медиа-школа", relation: "supported_by" }],
  ["ru", "Фестиваль «Шелковый путь» проводится при поддержке Министерства культуры Казахстана.", { funder: "Министерство культуры Казахстана", recipient: "Шелковый путь", relation: "supported_by" }],
  ["ru", "Учредителем издания «Ордо Медиа» является ОсОО «Медиа Стратегия».", { funder: "Медиа Стратегия", recipient: "Ордо Медиа", relation: "founded_by" }],
  ["ru", "Телеканал «Хабар» на 100% принадлежит государству.", { funder: "государство", recipient: "Хабар", relation: "controlled_by" }],
  ["ru", "Бизнесмен Бакыт Осмонов владеет компанией «Медиа Стратегия».", { funder: "Бакыт Осмонов", recipient: "Медиа Стратегия", relation: "controlled_by" }],
  ["ru", "Компания «Бишкек Агро» получила кредит в размере 1,3 млрд сомов от РКФР.", { funder: "РКФР", recipient: "Бишкек Агро", amount: 1_300_000_000, relation: "loan" }],
  ["ru", "Агентство США по международному развитию профинансировало проект «Медиа-школа» в 2022 году.", { funder: "Агентство США по международному развитию", recipient: "Медиа-школа", year: 2022, relation: "funding" }],
  ["ru", "ТОО «Сарыарка Медиа Групп» получило от акимата Карагандинской области 148,5 млн тенге.", { funder: "акимат Карагандинской области", recipient: "Сарыарка Медиа Групп", amount: 148_500_000, currency: "KZT" }],

  // French: "à" for the recipient, "de", "de la part de", "par" for the funder.
  ["fr", "La Fondation Soros a accordé une subvention de 50 000 dollars à l’association Kloop en 2019.", { funder: "Fondation Soros", recipient: "Kloop", amount: 50_000, currency: "USD", year: 2019, relation: "grant" }],
  ["fr", "L’Union européenne a octroyé 3 millions d’euros au Centre pour le dialogue civique.", { funder: "Union européenne", recipient: "Centre pour le dialogue civique", amount: 3_000_000, currency: "EUR" }],
  ["fr", "Le média Vlast.kz a reçu 230 000 dollars du NED en 2021.", { funder: "NED", recipient: "Vlast.kz", amount: 230_000, year: 2021 }],
  ["fr", "L’ONG Kelechek aurait obtenu un prêt de 2 millions de soms de la part de la banque Aiyl.", { funder: "banque Aiyl", recipient: "Kelechek", amount: 2_000_000, currency: "KGS", relation: "loan", hedged: true }],
  ["fr", "Radio Azattyq est financée par le Congrès américain.", { funder: "Congrès américain", recipient: "Radio Azattyq", relation: "funding" }],
  ["fr", "Le festival Ilkhom est soutenu par l’ambassade de France.", { funder: "ambassade de France", recipient: "Ilkhom", relation: "supported_by" }],
  ["fr", "L’association Kelechek fonctionne grâce à une subvention de l’Union européenne.", { funder: "Union européenne", recipient: "Kelechek", relation: "grant" }],
  ["fr", "Le réseau a été fondé en 2017 par l’association Kitobkhona-Pamir.", { funder: "Kitobkhona-Pamir", recipient: "réseau", relation: "founded_by" }],
  ["fr", "La chaîne Mir est détenue par les États membres de la CEI.", { funder: "États membres de la CEI", recipient: "Mir", relation: "controlled_by" }],
  ["fr", "Le financement de la centrale de Rogun par la Banque mondiale s’élève à 350 millions de dollars.", { funder: "Banque mondiale", recipient: "centrale de Rogun", amount: 350_000_000 }],
  ["fr", "Le Kazakhstan a alloué 86 millions d’euros à la région d’Atyraou en 2024.", { funder: "Kazakhstan", recipient: "Atyraou", amount: 86_000_000, currency: "EUR", year: 2024 }],
  ["fr", "La Russie finance la chaîne Mir à hauteur de 20 millions de dollars par an.", { funder: "Russie", recipient: "Mir", amount: 20_000_000, relation: "funding" }],
  ["fr", "Selon Le Monde, Stepnoï Vestnik aurait reçu 1,2 million d’euros d’Evrazia-Dialog.", { funder: "Evrazia-Dialog", recipient: "Stepnoï Vestnik", amount: 1_200_000, hedged: true, attributedTo: expect.stringMatching(/Monde/) }],

  // German: dative recipient and verb brackets ("stellte … zur Verfügung"), "von" for the funder, passives.
  ["de", "Die Weltbank stellte der Regierung von Tadschikistan 2023 rund 350 Millionen US-Dollar zur Verfügung.", { funder: "Weltbank", recipient: "Regierung von Tadschikistan", amount: 350_000_000, currency: "USD", year: 2023 }],
  ["de", "Die KfW stellt der usbekischen Regierung einen Kredit über 120 Millionen Euro bereit.", { funder: "KfW", recipient: "usbekische Regierung", amount: 120_000_000, currency: "EUR", relation: "loan" }],
  ["de", "Aigine Media erhielt 2022 von der Stiftung Offene Gesellschaft 40.000 Euro.", { funder: "Stiftung Offene Gesellschaft", recipient: "Aigine Media", amount: 40_000, year: 2022 }],
  ["de", "Das Portal Kloop bekam 15.000 Euro von der schwedischen Agentur Sida.", { funder: "Sida", recipient: "Kloop", amount: 15_000 }],
  ["de", "Die Deutsche Welle wird vom Bund finanziert.", { funder: "Bund", recipient: "Deutsche Welle", relation: "funding" }],
  ["de", "Die Europäische Union finanzierte das Medienzentrum Qazaq Media Lab mit 250.000 Euro.", { funder: "Europäische Union", recipient: "Qazaq Media Lab", amount: 250_000, relation: "funding" }],
  ["de", "Die Soros-Stiftung förderte 2021 die Organisation Oyan Qazaqstan.", { funder: "Soros-Stiftung", recipient: "Oyan Qazaqstan", year: 2021 }],
  ["de", "An das Medienzentrum Qazaq Media Lab flossen zudem 250.000 Euro von der Stiftung Offene Steppe.", { funder: "Stiftung Offene Steppe", recipient: "Qazaq Media Lab", amount: 250_000 }],
  ["de", "Die Zeitung Vecherka wurde 2015 von dem Unternehmer Igor Sokolenko gegründet.", { funder: "Igor Sokolenko", recipient: "Vecherka", relation: "founded_by" }],
  ["de", "Der Unternehmer Igor Sokolenko gründete 2018 die Spedition Asia Trans Logistic.", { funder: "Igor Sokolenko", recipient: "Asia Trans Logistic", relation: "founded_by" }],
  ["de", "Die Firma Asia Trans Logistic gehört zu 80 Prozent dem russischen Geschäftsmann Igor Sokolenko.", { funder: "Igor Sokolenko", recipient: "Asia Trans Logistic", relation: "controlled_by" }],
  ["de", "Al-Nur Capital soll sich mit 45 Millionen US-Dollar an dem Projekt Rogun beteiligt haben.", { funder: "Al-Nur Capital", recipient: "Rogun", amount: 45_000_000, hedged: true }],
  ["de", "Die Finanzierung des Rogun-Staudamms durch die Weltbank beträgt 350 Millionen US-Dollar.", { funder: "Weltbank", recipient: "Rogun-Staudamm", amount: 350_000_000 }],

  // Copular frames with nouns of funders and owners, attributive participles, lists, pronouns and gapping.
  ["en", "Sida is the largest donor of Kloop.", { funder: "Sida", recipient: "Kloop", relation: "funding" }],
  ["en", "Kloop's funding comes from the NED and Sida.", { funder: "Sida", recipient: "Kloop" }],
  ["en", "The U.S.-funded Radio Free Europe/Radio Liberty closed its bureau.", { funder: "U.S.", recipient: "Radio Free Europe/Radio Liberty", relation: "funding" }],
  ["en", "The NED gave grants to Kloop, Vlast.kz and Kaktus Media in 2021.", { funder: "NED", recipient: "Vlast.kz", year: 2021, relation: "grant" }],
  ["en", "Vlast.kz is a news site in Almaty. It received $50,000 from the NED in 2021.", { funder: "NED", recipient: "Vlast.kz", amount: 50_000 }],
  ["en", "Kloop, which is partly funded by the Swedish government, denied the claims.", { funder: "Swedish government", recipient: "Kloop" }],
  ["ru", "Финансируемое Кремлём издание Sputnik открыло офис в Бишкеке.", { funder: "Кремль", recipient: "Sputnik", relation: "funding" }],
  ["ru", "Грант в размере 50 тыс. долларов получил фонд «Эл Эркин» от посольства США.", { funder: "посольство США", recipient: "Эл Эркин", amount: 50_000 }],
  ["ru", "Учредителем ТОО «Сарыарка Медиа Групп» значится Гульнара Ибраева.", { funder: "Гульнара Ибраева", recipient: "Сарыарка Медиа Групп", relation: "founded_by" }],
  ["ru", "На финансирование ВГТРК из федерального бюджета выделено 34,5 млрд руб., а на RT — 28,7 млрд руб.", { funder: "федеральный бюджет", recipient: "RT", amount: 28_700_000_000, relation: "budget" }],
  ["fr", "Le principal bailleur de fonds de Kloop est l’USAID.", { funder: "USAID", recipient: "Kloop", relation: "funding" }],
  ["fr", "Kloop et Kaktus Media ont reçu des fonds de l’USAID.", { funder: "USAID", recipient: "Kaktus Media" }],
  ["de", "Größter Geldgeber von Kloop ist die NED.", { funder: "NED", recipient: "Kloop", relation: "funding" }],
  ["de", "Der vom Kreml finanzierte Sender RT sendet auch auf Deutsch.", { funder: "Kreml", recipient: "RT", relation: "funding" }],
  ["de", "Nach Recherchen von Kloop zahlte die Stadtverwaltung dem Sender Elim TV 2023 rund 2 Millionen Som.", { funder: "Stadtverwaltung", recipient: "Elim TV", amount: 2_000_000, currency: "KGS", year: 2023 }],

  // A party named by its kind stands for the name given before; ownership, membership and relative clauses.
  ["en", "Kaktus Media is an independent news site in Bishkek. The outlet received $80,000 from the NED in 2022.", { funder: "NED", recipient: "Kaktus Media", amount: 80_000, year: 2022 }],
  ["en", "Aikyn Media was registered in 2018. Since then, the company has been funded by Gazprombank.", { funder: "Gazprombank", recipient: "Aikyn Media", relation: "funding" }],
  ["fr", "Le réseau de bibliothèques Kitob compte 40 antennes. Ce réseau est financé par la fondation Aga Khan.", { funder: "fondation Aga Khan", recipient: "Kitob", relation: "funding" }],
  ["ru", "Фонд «Ынтымак» создан в 2010 году. Фонд получил от USAID грант на 2 млн сомов.", { funder: "USAID", recipient: "Ынтымак", amount: 2_000_000 }],
  ["de", "Das Portal Aigine Media berichtet über Kirgistan. Das Portal erhielt 2021 rund 30.000 Euro von der Stiftung Offene Welt.", { funder: "Stiftung Offene Welt", recipient: "Aigine Media", amount: 30_000, year: 2021 }],
  ["en", "The channel Mir TV belongs to the businessman Askar Akayev.", { funder: "Askar Akayev", recipient: "Mir TV", relation: "controlled_by" }],
  ["en", "Sputnik is part of the state holding Rossiya Segodnya.", { funder: "Rossiya Segodnya", recipient: "Sputnik", relation: "controlled_by" }],
  ["en", "The Eurasian Development Bank, in which Russia and Kazakhstan hold the largest stakes, lent $100 million to Tajikistan.", { funder: "Kazakhstan", recipient: "Eurasian Development Bank", relation: "controlled_by" }],
  ["en", "Kloop has been receiving grants from the NED since 2016.", { funder: "NED", recipient: "Kloop" }],
  ["en", "Kloop relies on grants from the NED and Sida.", { funder: "Sida", recipient: "Kloop" }],
  ["en", "Kloop is financed through grants from the NED.", { funder: "NED", recipient: "Kloop" }],
  ["fr", "Sputnik fait partie du groupe public Rossiya Segodnia.", { funder: "Rossiya Segodnia", recipient: "Sputnik", relation: "controlled_by" }],
  ["fr", "La banque Aiyl, dont la Russie détient 60 % du capital, a prêté 50 millions de dollars au Kirghizstan.", { funder: "Russie", recipient: "Aiyl", relation: "controlled_by" }],
  ["fr", "La NED soutient financièrement Kloop depuis 2016.", { funder: "NED", recipient: "Kloop", relation: "supported_by" }],
  ["ru", "Sputnik входит в состав МИА «Россия сегодня».", { funder: "Россия сегодня", recipient: "Sputnik", relation: "controlled_by" }],
  ["ru", "МИА «Россия сегодня», в состав которого входит Sputnik, получит 20 млрд рублей.", { funder: "Россия сегодня", recipient: "Sputnik", relation: "controlled_by" }],
  ["ru", "Ресурсами фонда «Ынтымак» управляет ЕАБР.", { funder: "ЕАБР", recipient: "Ынтымак", relation: "controlled_by" }],
  ["ru", "Издание «Ордо Медиа» учредила компания «Медиа Стратегия».", { funder: "Медиа Стратегия", recipient: "Ордо Медиа", relation: "founded_by" }],
  ["ru", "Фонд «Ынтымак» учредили Россия и Кыргызстан.", { funder: "Кыргызстан", recipient: "Ынтымак", relation: "founded_by" }],
  ["de", "Sputnik gehört zur staatlichen Mediengruppe Rossija Segodnja.", { funder: "Rossija Segodnja", recipient: "Sputnik", relation: "controlled_by" }],

  // German clauses read by case, pronouns and possessives standing for the subject of the sentence before.
  ["de", "Deutschland unterstützt Usbekistan beim Ausbau der Solarenergie.", { funder: "Deutschland", recipient: "Usbekistan", relation: "supported_by" }],
  ["de", "Wie Tadschikistan den Rogun-Staudamm finanziert", { funder: "Tadschikistan", recipient: "Rogun-Staudamm", relation: "funding" }],
  ["de", "2021 hat die EU das Projekt Media Lab mit 2 Millionen Euro gefördert.", { funder: "EU", recipient: "Media Lab", amount: 2_000_000 }],
  ["de", "Seit 2019 fördert die Soros-Stiftung das Portal Kloop.", { funder: "Soros-Stiftung", recipient: "Kloop" }],
  ["de", "Der Rogun-Staudamm wird zu einem großen Teil aus dem Staatshaushalt finanziert.", { funder: "Staatshaushalt", recipient: "Rogun-Staudamm", relation: "budget" }],
  ["de", "Russland hat 2024 rund 3,3 Mrd. Rubel aus dem föderalen Haushalt für den Bau von neun russischsprachigen Schulen bereitgestellt.", { funder: "Russland", recipient: "russischsprachige Schulen", amount: 3_300_000_000, currency: "RUB" }],
  ["de", "Im Dezember 2024 genehmigte die Weltbank für das Projekt eine Finanzierung in Höhe von 350 Millionen US-Dollar.", { funder: "Weltbank", recipient: "Projekt", amount: 350_000_000 }],
  ["de", "Kloop wird überwiegend durch Zuschüsse der NED finanziert.", { funder: "NED", recipient: "Kloop" }],
  ["de", "Kloop finanziert sich vor allem über Spenden seiner Leser.", { funder: "Leser", recipient: "Kloop" }],
  ["de", "Die Europäische Union hat dem Medienzentrum 2022 rund 500.000 Euro gezahlt.", { funder: "Europäische Union", recipient: "Medienzentrum", amount: 500_000 }],
  ["de", "Laut dem Bericht erhielt das Portal Vlast.kz 2021 einen Zuschuss der NED in Höhe von 230.000 US-Dollar.", { funder: "NED", recipient: "Vlast.kz", amount: 230_000 }],
  ["de", "Finanziert wird der Sender aus dem russischen Staatshaushalt.", { funder: "russischen Staatshaushalt", recipient: "Sender" }],
  ["ru", "Kloop финансируется за счет грантов NED.", { funder: "NED", recipient: "Kloop" }],
  ["ru", "Сайт Vlast.kz получает гранты от NED с 2016 года.", { funder: "NED", recipient: "Vlast.kz" }],
  ["fr", "L’Union européenne finance depuis 2019 le centre de presse Media Hub.", { funder: "Union européenne", recipient: "Media Hub" }],
  ["en", "Vlast.kz covers politics in Kazakhstan. Its funding comes from the NED and Sida.", { funder: "Sida", recipient: "Vlast.kz" }],
  ["en", "Kloop and Vlast.kz are independent outlets. They received grants from the NED in 2021.", { funder: "NED", recipient: "Vlast.kz", year: 2021 }],
  ["fr", "Vlast.kz couvre la politique. Son financement provient du NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["fr", "Kloop et Vlast.kz sont des médias indépendants. Ils sont financés par le NED.", { funder: "NED", recipient: "Kloop" }],
  ["fr", "Vlast.kz couvre la politique. Le NED lui a versé 230 000 dollars en 2021.", { funder: "NED", recipient: "Vlast.kz", amount: 230_000 }],
  ["fr", "Le site Vlast.kz couvre la politique. Le site est financé à 80 % par le NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["ru", "Сайт Vlast.kz освещает политику. Его финансирует NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["ru", "Kloop и Vlast.kz — независимые издания. Они получают гранты от NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["ru", "Vlast.kz освещает политику. NED выделил ему 230 тыс. долларов.", { funder: "NED", recipient: "Vlast.kz", amount: 230_000 }],
  ["ru", "Vlast.kz освещает политику. Издание существует на гранты NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["de", "Vlast.kz berichtet über Politik. Die NED zahlte ihm 230.000 US-Dollar.", { funder: "NED", recipient: "Vlast.kz", amount: 230_000 }],
  ["de", "Vlast.kz berichtet über Politik. Seine Finanzierung stammt von der NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["de", "Kloop und Vlast.kz sind unabhängige Medien. Sie erhielten Zuschüsse von der NED.", { funder: "NED", recipient: "Vlast.kz" }],
  ["ru", "Компания «Альфа Медиа» зарегистрирована в Бишкеке. 100% долей этой компании принадлежат Асылбеку Жээнбекову.", { funder: "Асылбек Жээнбеков", recipient: "Альфа Медиа", relation: "controlled_by" }],
  ["ru", "Ранее Евразийский фонд стабилизации и развития выделил Таджикистану грант. Ресурсами фонда управляет ЕАБР.", { funder: "ЕАБР", recipient: "Евразийский фонд стабилизации и развития", relation: "controlled_by" }],
  ["fr", "L’ONG Kelechek aurait reçu au moins 1,2 million d’euros d’une fondation moscovite, Evrazia-Dialog.", { funder: "Evrazia-Dialog", recipient: "Kelechek", amount: 1_200_000, hedged: true }],
  ["ru", "НКО Казахстана за год получили от иностранных доноров более 48 млрд тенге.", { funder: null, recipient: "НКО Казахстана", amount: 48_000_000_000 }],
  ["en", "Kazakh NGOs received more than $48 million from foreign donors last year.", { funder: null, recipient: "Kazakh NGOs", amount: 48_000_000 }],

  // Investment, loans taken, purchases, launches, sponsorship, contracts and tenders.
  ["en", "Gazprom sponsors the Ilkhom festival.", { funder: "Gazprom", recipient: "Ilkhom", relation: "funding" }],
  ["en", "Gazprom invested $50 million in the channel Mir.", { funder: "Gazprom", recipient: "Mir", amount: 50_000_000 }],
  ["en", "The ADB approved a $100 million loan for Kyrgyzstan.", { funder: "ADB", recipient: "Kyrgyzstan", relation: "loan" }],
  ["en", "Kyrgyzstan took out a loan of $100 million from China Eximbank.", { funder: "China Eximbank", recipient: "Kyrgyzstan", relation: "loan" }],
  ["en", "NTV, owned by Gazprom, aired the film.", { funder: "Gazprom", recipient: "NTV", relation: "controlled_by" }],
  ["en", "Gazprom bought the newspaper Izvestia in 2005.", { funder: "Gazprom", recipient: "Izvestia", relation: "controlled_by" }],
  ["en", "Rossotrudnichestvo launched the Russian House in Bishkek in 2010.", { funder: "Rossotrudnichestvo", recipient: "Russian House", relation: "founded_by" }],
  ["en", "Kloop, which is run by the Bishkek Media Foundation, published the report.", { funder: "Bishkek Media Foundation", recipient: "Kloop", relation: "controlled_by" }],
  ["en", "The Soros Foundation has given more than $10 million to Kyrgyz NGOs since 1993.", { funder: "Soros Foundation", recipient: "Kyrgyz NGOs", amount: 10_000_000 }],
  ["en", "Kaktus Media won a government contract worth $2 million.", { funder: "government", recipient: "Kaktus Media", relation: "other" }],
  ["fr", "Gazprom a investi 50 millions de dollars dans la chaîne Mir.", { funder: "Gazprom", recipient: "Mir", amount: 50_000_000 }],
  ["fr", "Le Kirghizstan a obtenu un prêt de 100 millions de dollars d’Eximbank.", { funder: "Eximbank", recipient: "Kirghizstan", relation: "loan" }],
  ["fr", "Gazprom a racheté le journal Izvestia en 2005.", { funder: "Gazprom", recipient: "Izvestia", relation: "controlled_by" }],
  ["fr", "La Maison russe a été lancée par Rossotroudnitchestvo en 2010.", { funder: "Rossotroudnitchestvo", recipient: "Maison russe", relation: "founded_by" }],
  ["fr", "Le festival est parrainé par Gazprom.", { funder: "Gazprom", recipient: "festival", relation: "funding" }],
  ["fr", "L’agence a remporté un contrat de 2 millions d’euros auprès du ministère.", { funder: "ministère", recipient: "agence", relation: "other" }],
  ["ru", "«Газпром» приобрел газету «Известия» в 2005 году.", { funder: "Газпром", recipient: "Известия", relation: "controlled_by" }],
  ["ru", "Кыргызстан взял кредит у Эксимбанка Китая на 100 млн долларов.", { funder: "Эксимбанк Китая", recipient: "Кыргызстан", relation: "loan" }],
  ["ru", "На счета фонда «Ынтымак» поступило 2 млн сомов от USAID.", { funder: "USAID", recipient: "Ынтымак", amount: 2_000_000 }],
  ["ru", "ТОО «Сарыарка Медиа Групп» выиграло тендер акимата на 50 млн тенге.", { funder: "акимат", recipient: "Сарыарка Медиа Групп", relation: "other" }],
  ["ru", "Акимат заключил с ТОО «Сарыарка Медиа Групп» договор на 20 млн тенге.", { funder: "Акимат", recipient: "Сарыарка Медиа Групп", relation: "other" }],
  ["ru", "Расходы телеканала «Хабар» покрываются из государственного бюджета.", { funder: "государственный бюджет", recipient: "Хабар", relation: "budget" }],
  ["de", "Der Sender erhielt einen Auftrag im Wert von 2 Millionen Euro vom Informationsministerium.", { funder: "Informationsministerium", recipient: "Sender", amount: 2_000_000 }],
  ["de", "Die Leser spendeten 2023 rund 30.000 Euro an Novastan.", { funder: "Leser", recipient: "Novastan", amount: 30_000 }],

  // Long sentences: openers, insertions, lists with "including" and sums in brackets, participles after their noun.
  ["en", "According to documents seen by Reuters, the Kyrgyz outlet Aprel TV received at least $1.5 million from a company linked to the Russian state between 2019 and 2022.", { funder: "company linked to the Russian state", recipient: "Aprel TV", amount: 1_500_000 }],
  ["en", "Between 2018 and 2022, the NED gave a total of $1.2 million to Kyrgyz media organisations, including Kloop and Kaktus Media.", { funder: "NED", recipient: "Kloop" }],
  ["en", "The NED's grants to Kloop ($120,000) and Vlast.kz ($230,000) were listed in its annual report.", { funder: "NED", recipient: "Vlast.kz", amount: 230_000 }],
  ["en", "The broadcaster KTRK, which is funded almost entirely by the state budget, dismissed the criticism.", { funder: "state budget", recipient: "KTRK", relation: "budget" }],
  ["en", "The project Media Lab is being carried out with financial support from the European Union.", { funder: "European Union", recipient: "Media Lab", relation: "supported_by" }],
  ["fr", "Kloop et Kaktus Media ont chacun reçu 50 000 dollars de la Sida.", { funder: "Sida", recipient: "Kaktus Media", amount: 50_000 }],
  ["fr", "Depuis 2015, le média Kloop est soutenu financièrement par l’Open Society.", { funder: "Open Society", recipient: "Kloop", relation: "supported_by" }],
  ["fr", "La chaîne Mir, financée presque entièrement par le budget de l’État, a rejeté les critiques.", { funder: "budget de l’État", recipient: "Mir" }],
  ["ru", "Телеканал «Мир», почти полностью финансируемый из госбюджета, отверг критику.", { funder: "госбюджет", recipient: "Мир", relation: "budget" }],
  ["de", "Nach Recherchen von Kloop erhielt der Sender Aprel TV mindestens 1,5 Millionen US-Dollar von einer Firma mit Verbindungen zum russischen Staat.", { funder: "Firma", recipient: "Aprel TV", amount: 1_500_000 }],
  ["de", "Der Sender Mir, der fast vollständig aus dem Staatshaushalt finanziert wird, wies die Kritik zurück.", { funder: "Staatshaushalt", recipient: "Mir", relation: "budget" }],
];

describe("funding constructions", () => {
  it.each(CASES)("(%s) %s", (language, text, expected) => expectClaim(text, language, expected));
});

const TRAPS: [string, string][] = [
  ["en", "Teachers at the school receive a salary of $400 a month."],
  ["en", "The Kyrgyz government allocated 12 billion soms in its 2024 budget."],
  ["en", "Migrants sent home $2.8 billion in remittances last year."],
  ["en", "Trade between Kazakhstan and Russia reached $28 billion in 2023."],
  ["en", "A Bishkek court fined Kloop 500,000 soms for the report."],
  ["en", "He is a former employee of the National Democratic Institute."],
  ["ru", "Учителя получают зарплату в 25 тысяч сомов."],
  ["ru", "Денежные переводы мигрантов в Таджикистан составили 2,5 млрд долларов."],
  ["ru", "Суд оштрафовал издание Kloop на 200 тысяч сомов."],
  ["ru", "Товарооборот между Россией и Казахстаном в 2023 году составил 28 млрд долларов."],
  ["ru", "Он работал сотрудником фонда «Сорос-Казахстан»."],
  ["ru", "Правительство Кыргызстана выделило в бюджете 2025 года 12 млрд сомов."],
  ["fr", "Les enseignants touchent un salaire de 300 euros par mois."],
  ["fr", "Les transferts de fonds des migrants ont atteint 4 milliards de dollars."],
  ["fr", "Le tribunal a condamné Kloop à une amende de 100 000 soms."],
  ["fr", "Il est un ancien employé de l’ambassade des États-Unis."],
  ["fr", "Les échanges commerciaux entre la Russie et le Kazakhstan ont atteint 28 milliards de dollars."],
  ["fr", "Le gouvernement kazakh a alloué 20 000 milliards de tenges au budget de l’État pour 2025."],
  ["de", "Die Lehrer erhalten ein Gehalt von 1.000 Euro im Monat."],
  ["de", "Der Handel zwischen Russland und Kasachstan erreichte 2023 rund 28 Mrd. US-Dollar."],
  ["de", "Das Gericht verhängte gegen Kloop eine Geldstrafe von 5.000 Euro."],
  ["de", "Er ist ein ehemaliger Mitarbeiter der Friedrich-Ebert-Stiftung."],
  ["de", "Arbeitsmigranten überwiesen 2024 rund 12 Mrd. US-Dollar nach Usbekistan."],
  ["de", "Die Regierung stellte im Haushalt 2025 rund 12 Mrd. Euro bereit."],
  ["en", "The amendments were backed by 67 of the 90 lawmakers."],
  ["ru", "Закон об иностранных представителях: кто и зачем финансирует кыргызские НКО"],
  ["en", "Kiev decided that the country supported the Russian military operation in Ukraine."],
  ["en", "They don’t rely on news about the conflict coming from American and British correspondents."],
  ["en", "The bill requires organizations that receive money from abroad to register with the Justice Ministry."],
  ["en", "The project is part of Moscow's humanitarian cooperation with Central Asian countries."],
  ["en", "The director of Kloop, Bolot Temirov, is a member of the board of the Soros Foundation."],
  ["en", "A war started here Grandpa left and they won’t let him come back."],
  ["en", "The U.S. Agency for Global Media, which oversees RFE/RL, has a budget of $800 million."],
  ["ru", "Всего в 2024 году на госинформзаказ из бюджета было направлено 12 млрд тенге."],
  ["fr", "« Ce sont des subventions publiques, comme en reçoivent des centaines de médias dans le monde », a réagi l’avocate."],
];

describe("money that funds no one", () => {
  it.each(TRAPS)("(%s) %s", (language, text) => expect(claims(text, language)).toEqual([]));
});
