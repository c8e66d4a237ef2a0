import type { EntityKind, SourceCategory } from "../../db/schema/statements";

/**
 * Entities the region's coverage names again and again, with the spellings each language uses, so
 * that "NED", "National Endowment for Democracy" and "Национальный фонд в поддержку демократии" are
 * one funder. Seeded into entities/entity_aliases; editing a line here and restarting adds aliases.
 *
 * Categories are what a source is when cited: `state_media` for outlets owned and editorially run by
 * a state of the region (RIA, TASS, Kazinform…); publicly funded broadcasters with statutory editorial
 * independence (RFE/RL, BBC, DW) are `outlet`, and who funds them is a funding claim, not a category.
 */
export interface KnownEntity {
  name: string;
  kind: EntityKind;
  category: SourceCategory;
  aliases: string[];
}

const org = (name: string, category: SourceCategory, ...aliases: string[]): KnownEntity => ({ name, kind: "organisation", category, aliases });
const outlet = (name: string, category: SourceCategory, ...aliases: string[]): KnownEntity => ({ name, kind: "outlet", category, aliases });

export const KNOWN_ENTITIES: KnownEntity[] = [
  org("National Endowment for Democracy", "ngo", "NED", "National Endowment for Democracy (NED)", "Национальный фонд в поддержку демократии", "Национальный фонд демократии", "Фонд в поддержку демократии", "National Endowment for Democracy", "Fondation nationale pour la démocratie"),
  org("Open Society Foundations", "ngo", "OSF", "Open Society Foundation", "Open Society Institute", "Soros Foundation", "Soros Foundations", "George Soros Foundation", "Фонд Сороса", "Фонд «Открытое общество»", "Фонд Открытое общество", "Институт «Открытое общество»", "Fondation Soros", "Soros-Stiftung", "Open-Society-Stiftungen"),
  org("Friedrich Ebert Foundation", "ngo", "Ebert Foundation", "Friedrich-Ebert-Stiftung", "FES", "Фонд Фридриха Эберта", "Fondation Friedrich Ebert"),
  org("Konrad Adenauer Foundation", "ngo", "Konrad-Adenauer-Stiftung", "KAS", "Фонд Конрада Аденауэра", "Fondation Konrad Adenauer"),
  org("Soros Foundation Kazakhstan", "ngo", "Soros Foundation-Kazakhstan", "Фонд Сорос-Казахстан", "Сорос-Казахстан"),
  org("Freedom House", "ngo", "Фридом Хаус"),
  org("Human Rights Watch", "ngo", "HRW", "Хьюман Райтс Вотч"),
  org("Amnesty International", "ngo", "Amnesty", "Международная амнистия"),
  org("Reporters Without Borders", "ngo", "RSF", "Reporters sans frontières", "Reporter ohne Grenzen", "Репортеры без границ"),
  org("Internews", "ngo", "Интерньюс"),
  org("United States Agency for International Development", "official", "USAID", "U.S. Agency for International Development", "US Agency for International Development", "Агентство США по международному развитию", "ЮСАИД", "Agence des États-Unis pour le développement international", "usaid.gov"),
  org("US government", "official", "US", "U.S.", "U.S. government", "United States government", "American government", "правительство США", "gouvernement américain", "US-Regierung", "amerikanische Regierung"),
  org("US State Department", "official", "State Department", "U.S. State Department", "US Department of State", "Госдеп", "Госдепартамент", "Госдепартамент США", "Département d'État", "US-Außenministerium"),
  org("Kremlin", "official", "Кремль", "Kreml"),
  org("World Bank", "international", "Всемирный банк", "Всемирного банка", "Banque mondiale", "Weltbank", "worldbank.org", "data.worldbank.org"),
  org("International Monetary Fund", "international", "imf.org", "IMF", "МВФ", "Международный валютный фонд", "FMI", "Fonds monétaire international", "IWF", "Internationaler Währungsfonds"),
  org("Asian Development Bank", "international", "ADB", "АБР", "Азиатский банк развития", "BAD", "Banque asiatique de développement", "Asiatische Entwicklungsbank"),
  org("European Bank for Reconstruction and Development", "international", "EBRD", "ЕБРР", "Европейский банк реконструкции и развития", "BERD", "Osteuropabank"),
  org("Eurasian Development Bank", "international", "EDB", "ЕАБР", "Евразийский банк развития"),
  org("European Union", "international", "EU", "ЕС", "Евросоюз", "Европейский союз", "Union européenne", "UE", "Europäische Union"),
  org("United Nations", "international", "UN", "ООН", "Организация Объединённых Наций", "ONU", "Nations unies", "Vereinte Nationen", "UNO"),
  org("OSCE", "international", "Organization for Security and Co-operation in Europe", "ОБСЕ", "OSZE"),
  org("UNICEF", "international", "ЮНИСЕФ"),
  org("Collective Security Treaty Organization", "international", "CSTO", "ОДКБ", "Организация Договора о коллективной безопасности", "OTSC", "OVKS"),
  org("Shanghai Cooperation Organisation", "international", "SCO", "ШОС", "Шанхайская организация сотрудничества", "OCS", "SOZ"),
  org("Eurasian Economic Union", "international", "EAEU", "EEU", "ЕАЭС", "Евразийский экономический союз", "UEEA", "Eurasische Wirtschaftsunion"),
  org("Coordination Headquarters for the Treatment of Prisoners of War", "official", "Ukrainian Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters for the Treatment of POWs", "Coordination Headquarters", "Ukrainian coordination of war prisoners", "Ukrainian war prisoners coordination", "coordination of war prisoners", "Координационный штаб по обращению с военнопленными"),
  outlet("Radio Free Europe/Radio Liberty", "outlet", "RFE/RL", "Radio Liberty", "Radio Free Europe", "Радио Свобода", "Радио Свободная Европа", "Радио Свободная Европа/Радио Свобода", "Azattyk", "Азаттык", "Radio Azattyk", "Radio Ozodi", "Радио Озоди", "Radio Azattyq", "Азаттык үналгысы", "rferl.org"),
  outlet("RIA Novosti", "state_media", "РИА Новости", "RIA", "ria.ru"),
  outlet("TASS", "state_media", "ТАСС", "tass.ru", "tass.com"),
  outlet("Sputnik", "state_media", "Спутник", "Sputnik News", "sputniknews.com"),
  outlet("RT", "state_media", "Russia Today", "Раша Тудэй", "rt.com"),
  outlet("Rossiyskaya Gazeta", "state_media", "Российская газета", "rg.ru"),
  outlet("Kazinform", "state_media", "Казинформ", "inform.kz"),
  outlet("Khovar", "state_media", "Ховар", "khovar.tj"),
  outlet("Kabar", "state_media", "Кабар", "kabar.kg"),
  outlet("Xinhua", "state_media", "Синьхуа", "xinhuanet.com"),
  outlet("Interfax", "outlet", "Интерфакс", "interfax.ru"),
  outlet("Reuters", "outlet", "Рейтер", "Рейтерс", "reuters.com"),
  outlet("Agence France-Presse", "outlet", "AFP", "Франс Пресс", "afp.com"),
  outlet("Associated Press", "outlet", "AP", "Ассошиэйтед Пресс", "apnews.com"),
  outlet("Deutsche Presse-Agentur", "outlet", "dpa", "DPA"),
  outlet("Deutsche Welle", "outlet", "DW", "Немецкая волна", "dw.com"),
  outlet("BBC", "outlet", "BBC News", "Би-би-си", "BBC Russian", "Русская служба Би-би-си", "bbc.com", "bbc.co.uk"),
  outlet("Eurasianet", "outlet", "EurasiaNet", "Евразианет", "eurasianet.org"),
  outlet("Kaktus.media", "outlet", "Kaktus", "Kaktus Media", "Кактус", "kaktus.media"),
  outlet("AKIpress", "outlet", "АКИpress", "akipress.org", "akipress.com"),
  outlet("24.kg", "outlet", "24.kg"),
  outlet("Vlast.kz", "outlet", "vlast.kz"),
  outlet("Asia-Plus", "outlet", "Азия-Плюс", "asiaplustj.info"),
  outlet("Kun.uz", "outlet", "kun.uz"),
  outlet("Gazeta.uz", "outlet", "gazeta.uz"),
  outlet("The Diplomat", "outlet", "thediplomat.com"),
];
