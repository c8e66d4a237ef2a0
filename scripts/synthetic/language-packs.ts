import type { FundingRelation } from "../../lib/extract/types";
import type { CorpusLanguage } from "./fixtures";

/**
 * Sentence templates per language: facts with figures, the ways articles cite their sources, funding
 * claims, and the sentences that carry framing markers ({CAP}ital, {WAR} naming, {GOV}ernment or
 * regime, {DON}bas). Slots are filled by the generator.
 */

export type WarNaming = "war" | "invasion" | "smo" | "smo_quoted";

export interface LanguagePack {
  facts: string[];
  quotes: string[];
  roles: string[];
  /** {FACT}: a fact sentence without its full stop; {ORG}: an organisation; the cue is the span. */
  attribution: { template: string; cue: string }[];
  /** {QUOTE}, {PERSON}, {ROLE}. */
  quote: string;
  anonymous: { template: string; name: string; cue: string }[];
  /** {FACT}, {OUTLET} (the link text). */
  link: string;
  capital: { kyiv: string; kiev: string };
  war: Record<WarNaming, string>;
  government: { government: string; regime: string };
  donbas: { donbas: string; donbass: string };
  framing: string[];
  funding: { template: string; relation: FundingRelation; hedged: boolean; attributed: boolean }[];
  selfDisclosure: string;
  money: (amount: number, currency: string) => string;
  titles: string[];
  countries: string[];
  cities: string[];
}

const EN: LanguagePack = {
  facts: [
    "{N} people were detained in {CITY} over the weekend",
    "prices for flour in {CITY} rose by {PCT} percent in {YEAR}",
    "the new pipeline will carry {N} million cubic metres of gas a year to {COUNTRY}",
    "remittances from Russia to {COUNTRY} fell by {PCT} percent last year",
    "at least {N} migrants from {COUNTRY} were deported in the first quarter",
    "the budget for state media in {COUNTRY} grew to {N} million dollars",
    "{N} journalists have left {COUNTRY} since {YEAR}",
    "trade between {COUNTRY} and Russia reached {N} billion dollars in {YEAR}",
  ],
  quotes: [
    "We are not going to give up",
    "This decision was taken without consulting anyone",
    "The figures speak for themselves",
    "Nobody asked the people who live here",
    "We have seen nothing like this since independence",
  ],
  roles: ["a political analyst", "the deputy minister", "a lawyer for the family", "an economist in {CITY}", "the head of the local council"],
  attribution: [
    { template: "{FACT}, according to {ORG}.", cue: "according to {ORG}" },
    { template: "{ORG} reported that {FACT}.", cue: "{ORG} reported" },
    { template: "{FACT}, {ORG} said in a statement.", cue: "{ORG} said" },
  ],
  quote: "“{QUOTE},” said {PERSON}, {ROLE}.",
  anonymous: [
    { template: "{FACT}, a source in the ministry said.", name: "source in the ministry", cue: "a source in the ministry said" },
    { template: "{FACT}, diplomats familiar with the talks said.", name: "diplomats familiar with the talks", cue: "diplomats familiar with the talks said" },
  ],
  link: "{FACT}, as {OUTLET} reported.",
  capital: { kyiv: "Kyiv", kiev: "Kiev" },
  war: { war: "the war", invasion: "the invasion", smo: "the special military operation", smo_quoted: "what Moscow calls a “special military operation”" },
  government: { government: "the government in {CAP}", regime: "the {CAP} regime" },
  donbas: { donbas: "Donbas", donbass: "Donbass" },
  framing: [
    "Since the start of {WAR}, trade between Central Asia and Russia has grown by {PCT} percent.",
    "Officials in {CAP} said {N} citizens of {COUNTRY} had been detained in {DON}.",
    "Moscow has accused {GOV} of recruiting foreign fighters, a charge {CAP} denies.",
    "{WAR_CAP} has changed the routes by which goods reach {COUNTRY}, analysts say.",
    "Hundreds of men from {COUNTRY} have been recruited to fight in {DON} since {WAR} began.",
    "The talks in {CAP} ended without agreement, and {GOV} said it would not sign.",
  ],
  funding: [
    { template: "{FUNDER} allocated {MONEY} to {RECIPIENT} in {YEAR}.", relation: "budget", hedged: false, attributed: false },
    { template: "{RECIPIENT} reportedly received a grant of {MONEY} from {FUNDER}.", relation: "grant", hedged: true, attributed: false },
    { template: "According to {ORG}, {FUNDER} provided a loan of {MONEY} to {RECIPIENT} in {YEAR}.", relation: "loan", hedged: false, attributed: true },
    { template: "{RECIPIENT} is funded by {FUNDER}, according to {ORG}.", relation: "funding", hedged: false, attributed: true },
    { template: "{RECIPIENT} is allegedly controlled by {FUNDER}.", relation: "controlled_by", hedged: true, attributed: false },
  ],
  selfDisclosure: "This article was produced with the support of {FUNDER}.",
  money: (amount, currency) => `${currency === "EUR" ? "€" : "$"}${formatMillions(amount, ".")} million`,
  titles: [
    "{COUNTRY} tightens rules for foreign-funded media",
    "Migrants from {COUNTRY} face new checks in Russia",
    "{CITY} protests enter their {N}th day",
    "How {WAR} reshaped trade in {COUNTRY}",
    "{COUNTRY} signs {N} agreements with Moscow",
  ],
  countries: ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Turkmenistan"],
  cities: ["Almaty", "Bishkek", "Dushanbe", "Tashkent", "Astana", "Osh", "Samarkand", "Khujand"],
};

const RU: LanguagePack = {
  facts: [
    "в {CITY} за выходные задержали {N} человек",
    "цены на муку в {CITY} выросли на {PCT}% в {YEAR} году",
    "новый газопровод будет поставлять {N} млн кубометров газа в год",
    "объём денежных переводов из России сократился на {PCT}%",
    "в первом квартале из России депортировали не менее {N} мигрантов",
    "бюджет государственных СМИ вырос до {N} млн сомов",
    "с {YEAR} года страну покинули {N} журналистов",
    "товарооборот с Россией достиг {N} млрд долларов в {YEAR} году",
  ],
  quotes: [
    "Мы не собираемся сдаваться",
    "Это решение приняли, ни с кем не посоветовавшись",
    "Цифры говорят сами за себя",
    "Людей, которые здесь живут, никто не спросил",
  ],
  roles: ["политолог", "заместитель министра", "адвокат семьи", "экономист", "глава местного совета"],
  attribution: [
    { template: "{FACT_CAP}, сообщает {ORG}.", cue: "сообщает {ORG}" },
    { template: "{FACT_CAP}, заявили в {ORG}.", cue: "заявили в {ORG}" },
  ],
  quote: "«{QUOTE}», — сказал {PERSON}, {ROLE}.",
  anonymous: [{ template: "{FACT_CAP}, рассказал источник в министерстве.", name: "источник в министерстве", cue: "рассказал источник в министерстве" }],
  link: "{FACT_CAP}, пишет {OUTLET}.",
  capital: { kyiv: "Киеве", kiev: "Киеве" },
  war: { war: "войны", invasion: "вторжения", smo: "специальной военной операции", smo_quoted: "так называемой «специальной военной операции»" },
  government: { government: "украинского правительства", regime: "киевского режима" },
  donbas: { donbas: "Донбасі", donbass: "Донбассе" },
  framing: [
    "С начала {WAR} товарооборот Центральной Азии с Россией вырос на {PCT}%.",
    "По словам представителей {GOV}, в {DON} задержаны {N} граждан.",
    "В {CAP} заявили, что переговоры зашли в тупик.",
    "Сотни выходцев из региона завербованы для участия в боях в {DON} с начала {WAR}.",
    "Москва обвиняет {GOV} в вербовке иностранных наёмников.",
  ],
  funding: [
    { template: "{FUNDER} выделил {RECIPIENT_DAT} {MONEY} в {YEAR} году.", relation: "budget", hedged: false, attributed: false },
    { template: "{RECIPIENT} якобы получил грант в размере {MONEY} от {FUNDER_GEN}.", relation: "grant", hedged: true, attributed: false },
    { template: "По данным {ORG_GEN}, {FUNDER} предоставил {RECIPIENT_DAT} кредит на {MONEY}.", relation: "loan", hedged: false, attributed: true },
  ],
  selfDisclosure: "Этот материал подготовлен при поддержке {FUNDER_GEN}.",
  money: (amount, currency) => `${formatMillions(amount, ",")} млн ${currency === "EUR" ? "евро" : "долларов"}`,
  titles: [
    "Власти ужесточают правила для СМИ с иностранным финансированием",
    "Мигранты столкнулись с новыми проверками в России",
    "Протесты в {CITY} продолжаются {N}-й день",
    "Как изменилась торговля после начала {WAR}",
  ],
  countries: ["Казахстан", "Кыргызстан", "Таджикистан", "Узбекистан"],
  cities: ["Алматы", "Бишкеке", "Душанбе", "Ташкенте", "Астане", "Оше"],
};

const FR: LanguagePack = {
  facts: [
    "{N} personnes ont été interpellées à {CITY} ce week-end",
    "le prix de la farine a augmenté de {PCT} % en {YEAR}",
    "les transferts d'argent depuis la Russie ont baissé de {PCT} %",
    "au moins {N} migrants ont été expulsés au premier trimestre",
    "le commerce avec la Russie a atteint {N} milliards de dollars en {YEAR}",
  ],
  quotes: ["Nous n'allons pas abandonner", "Cette décision a été prise sans consulter personne", "Les chiffres parlent d'eux-mêmes"],
  roles: ["politologue", "vice-ministre", "avocat de la famille", "économiste"],
  attribution: [
    { template: "{FACT_CAP}, selon {ORG}.", cue: "selon {ORG}" },
    { template: "{FACT_CAP}, a indiqué {ORG}.", cue: "a indiqué {ORG}" },
  ],
  quote: "« {QUOTE} », a déclaré {PERSON}, {ROLE}.",
  anonymous: [{ template: "{FACT_CAP}, a indiqué une source diplomatique.", name: "source diplomatique", cue: "a indiqué une source diplomatique" }],
  link: "{FACT_CAP}, rapporte {OUTLET}.",
  capital: { kyiv: "Kyiv", kiev: "Kiev" },
  war: { war: "la guerre", invasion: "l’invasion", smo: "l’opération militaire spéciale", smo_quoted: "ce que Moscou appelle une « opération militaire spéciale »" },
  government: { government: "le gouvernement de {CAP}", regime: "le régime de {CAP}" },
  donbas: { donbas: "Donbas", donbass: "Donbass" },
  framing: [
    "Depuis le début de {WAR}, le commerce entre l’Asie centrale et la Russie a progressé de {PCT} %.",
    "Selon {GOV}, {N} ressortissants ont été arrêtés dans le {DON}.",
    "Les négociations à {CAP} se sont achevées sans accord.",
    "Des centaines d’hommes ont été recrutés pour combattre dans le {DON} depuis {WAR}.",
  ],
  funding: [
    { template: "{FUNDER} a alloué {MONEY} à {RECIPIENT} en {YEAR}.", relation: "budget", hedged: false, attributed: false },
    { template: "{RECIPIENT} aurait reçu une subvention de {MONEY} de {FUNDER}.", relation: "grant", hedged: true, attributed: false },
  ],
  selfDisclosure: "Cet article a été réalisé avec le soutien de {FUNDER}.",
  money: (amount, currency) => `${formatMillions(amount, ",")} millions ${currency === "EUR" ? "d’euros" : "de dollars"}`,
  titles: ["Le {COUNTRY} durcit les règles pour les médias financés de l'étranger", "Les migrants face à de nouveaux contrôles en Russie", "À {CITY}, la contestation entre dans son {N}e jour"],
  countries: ["Kazakhstan", "Kirghizstan", "Tadjikistan", "Ouzbékistan"],
  cities: ["Almaty", "Bichkek", "Douchanbé", "Tachkent", "Astana"],
};

const DE: LanguagePack = {
  facts: [
    "in {CITY} wurden am Wochenende {N} Menschen festgenommen",
    "der Mehlpreis stieg {YEAR} um {PCT} Prozent",
    "die Überweisungen aus Russland gingen um {PCT} Prozent zurück",
    "im ersten Quartal wurden mindestens {N} Migranten abgeschoben",
    "der Handel mit Russland erreichte {YEAR} {N} Milliarden Dollar",
  ],
  quotes: ["Wir werden nicht aufgeben", "Diese Entscheidung wurde ohne Rücksprache getroffen", "Die Zahlen sprechen für sich"],
  roles: ["Politologe", "stellvertretender Minister", "Anwalt der Familie", "Ökonom"],
  attribution: [
    { template: "{FACT_CAP}, teilte {ORG} mit.", cue: "teilte {ORG} mit" },
    { template: "{FACT_CAP}, wie {ORG} berichtete.", cue: "wie {ORG} berichtete" },
  ],
  quote: "„{QUOTE}“, sagte {PERSON}, {ROLE}.",
  anonymous: [{ template: "{FACT_CAP}, hieß es aus Regierungskreisen.", name: "Regierungskreise", cue: "hieß es aus Regierungskreisen" }],
  link: "{FACT_CAP}, berichtet {OUTLET}.",
  capital: { kyiv: "Kyjiw", kiev: "Kiew" },
  war: { war: "des Krieges", invasion: "des Einmarsches", smo: "der militärischen Spezialoperation", smo_quoted: "der sogenannten „militärischen Spezialoperation“" },
  government: { government: "die Regierung in {CAP}", regime: "Vertreter des Regimes in {CAP}" },
  donbas: { donbas: "Donbas", donbass: "Donbass" },
  framing: [
    "Seit Beginn {WAR} ist der Handel zwischen Zentralasien und Russland um {PCT} Prozent gewachsen.",
    "Nach Angaben aus {CAP} wurden {N} Staatsbürger im {DON} festgenommen.",
    "Moskau wirft {GOV} vor, ausländische Kämpfer anzuwerben.",
    "Die Gespräche in {CAP} endeten ohne Einigung.",
  ],
  funding: [
    { template: "{FUNDER} stellte {RECIPIENT_DAT} {YEAR} {MONEY} zur Verfügung.", relation: "funding", hedged: false, attributed: false },
    { template: "{RECIPIENT} soll einen Zuschuss von {MONEY} von {FUNDER} erhalten haben.", relation: "grant", hedged: true, attributed: false },
  ],
  selfDisclosure: "Dieser Artikel entstand mit Unterstützung von {FUNDER}.",
  money: (amount, currency) => `${formatMillions(amount, ",")} Millionen ${currency === "EUR" ? "Euro" : "Dollar"}`,
  titles: ["{COUNTRY} verschärft Regeln für auslandsfinanzierte Medien", "Migranten stehen in Russland vor neuen Kontrollen", "Proteste in {CITY} gehen in den {N}. Tag"],
  countries: ["Kasachstan", "Kirgistan", "Tadschikistan", "Usbekistan"],
  cities: ["Almaty", "Bischkek", "Duschanbe", "Taschkent", "Astana"],
};

function formatMillions(amount: number, decimal: string): string {
  const millions = amount / 1_000_000;
  return (Number.isInteger(millions) ? String(millions) : millions.toFixed(1)).replace(".", decimal);
}

export const PACKS: Record<CorpusLanguage, LanguagePack> = { en: EN, ru: RU, fr: FR, de: DE };

/** Organisations cited as sources and named in funding claims: [Latin-script name, Russian nominative, genitive, dative, category]. */
export const ORGANISATIONS: [string, string, string, string, "official" | "international" | "ngo" | "state_media" | "company"][] = [
  ["the World Bank", "Всемирный банк", "Всемирного банка", "Всемирному банку", "international"],
  ["the Asian Development Bank", "Азиатский банк развития", "Азиатского банка развития", "Азиатскому банку развития", "international"],
  ["the Eurasian Development Bank", "Евразийский банк развития", "Евразийского банка развития", "Евразийскому банку развития", "international"],
  ["the European Union", "Евросоюз", "Евросоюза", "Евросоюзу", "international"],
  ["USAID", "USAID", "USAID", "USAID", "official"],
  ["the National Endowment for Democracy", "Национальный фонд демократии", "Национального фонда демократии", "Национальному фонду демократии", "ngo"],
  ["Open Society Foundations", "Фонд «Открытое общество»", "Фонда «Открытое общество»", "Фонду «Открытое общество»", "ngo"],
  ["Rossotrudnichestvo", "Россотрудничество", "Россотрудничества", "Россотрудничеству", "official"],
  ["Gazprom", "Газпром", "Газпрома", "Газпрому", "company"],
  ["the Ministry of Foreign Affairs", "МИД", "МИД", "МИД", "official"],
  ["the Ministry of Labour", "Министерство труда", "Министерства труда", "Министерству труда", "official"],
  ["the National Statistics Committee", "Нацстатком", "Нацстаткома", "Нацстаткому", "official"],
  ["the Interior Ministry", "МВД", "МВД", "МВД", "official"],
  ["Human Rights Watch", "Human Rights Watch", "Human Rights Watch", "Human Rights Watch", "ngo"],
  ["Amnesty International", "Amnesty International", "Amnesty International", "Amnesty International", "ngo"],
  ["the Russian government", "Правительство России", "Правительства России", "Правительству России", "official"],
  ["KfW", "KfW", "KfW", "KfW", "international"],
  ["the Central Bank", "Центробанк", "Центробанка", "Центробанку", "official"],
  ["Rosstat", "Росстат", "Росстата", "Росстату", "official"],
  ["the OSCE", "ОБСЕ", "ОБСЕ", "ОБСЕ", "international"],
];

export const FIRST_NAMES: [string, string][] = [
  ["Aziz", "Азиз"], ["Dinara", "Динара"], ["Timur", "Тимур"], ["Aigul", "Айгуль"], ["Bakyt", "Бакыт"], ["Elena", "Елена"],
  ["Rustam", "Рустам"], ["Madina", "Мадина"], ["Sergei", "Сергей"], ["Nurlan", "Нурлан"], ["Gulnara", "Гульнара"], ["Farrukh", "Фаррух"],
  ["Olga", "Ольга"], ["Daniyar", "Данияр"], ["Zarina", "Зарина"], ["Arkady", "Аркадий"], ["Asel", "Асель"], ["Marat", "Марат"],
];
export const LAST_NAMES: [string, string][] = [
  ["Alzhanov", "Алжанов"], ["Karimova", "Каримова"], ["Sadykov", "Садыков"], ["Dubnov", "Дубнов"], ["Jumabekova", "Джумабекова"],
  ["Khasanzoda", "Хасанзода"], ["Ismailov", "Исмаилов"], ["Petrova", "Петрова"], ["Tokayev", "Токаев"], ["Usmonov", "Усмонов"],
  ["Bekov", "Беков"], ["Nazarova", "Назарова"], ["Orlov", "Орлов"], ["Satpayev", "Сатпаев"], ["Yusupova", "Юсупова"], ["Kurmanov", "Курманов"],
];
