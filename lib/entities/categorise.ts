import type { EntityKind, SourceCategory } from "../../db/schema/statements";
import { foldName } from "../extract/context";
import { isOrganisationName } from "../extract/names";

/**
 * What kind of source a cited name is, when the alias table does not know it: read from the name
 * itself ("Ministry of Labour", "Фонд …") and from the role the sentence gives it just before
 * ("Labour minister Aziz Khasanzoda", "политолог Досым Сатпаев").
 */

/** The folded form entity aliases are keyed by: case, accents, punctuation and possessives fold away. */
export function aliasKey(name: string): string {
  return foldName(name);
}

// Unicode-aware word edges: `\b` only knows ASCII letters, and half of these words are Cyrillic.
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, "iu");

const OFFICIAL_NAME = word(
  "ministry|ministries|government|president|presidency|parliament|senate|congress|police|prosecutor|court|embassy|consulate|administration|department|akimat|hokimiyat|kremlin|white house|state department|council|committee|agency for|office of|" +
    "(?:customs|security|tax|migration|border|intelligence|statistics|statistical) services?|national bank|central bank|" +
    "министерств|правительств|президент|парламент|сенат|мажилис|жогорку кенеш|полици|милици|прокуратур|нацстатком|росстат|мчс|мвд|минюст|нацбанк|центробанк|бюро национальной статистики|суд(?:а|у|ом|е|ы|ов)?(?!\\p{L})|посольств|консульств|администраци|акимат|хокимият|мид(?!\\p{L})|кремл|госдеп|комитет|ведомств|генштаб|минобороны|минздрав|минтруд|" +
    "ministère|gouvernement|présidence|assemblée|parquet|tribunal|ambassade|préfecture|comité national|banque nationale|banque centrale|" +
    "ministerium|regierung|bundesregierung|bundestag|staatsanwaltschaft|gericht|botschaft|behörde|auswärtiges amt",
);
const OFFICIAL_ROLE = word(
  "minister|ministers|spokes(?:man|woman|person)|official|officials|governor|mayor|deputy|ambassador|president|prime minister|senator|lawmaker|MP(?!\\p{L})|prosecutor|press secretary|" +
    "министр|замминистра|пресс-секретар|официальн\\S* представител|губернатор|аким|хоким|мэр|депутат|посол|президент|премьер|сенатор|прокурор|глава|чиновник|" +
    "ministre|porte-parole|gouverneur|maire|député|ambassadeur|président|premier ministre|sénateur|procureur|" +
    "ministerin|minister|sprecher|sprecherin|gouverneur|bürgermeister|abgeordnete\\S*|botschafter|präsident|regierungschef|staatsanwalt",
);
const EXPERT_ROLE = word(
  "expert|analyst|researcher|professor|economist|political scientist|scholar|lawyer|sociologist|historian|" +
    "эксперт|аналитик|политолог|исследовател|профессор|экономист|социолог|историк|юрист|адвокат|" +
    "expert|analyste|chercheur|chercheuse|politologue|professeur|économiste|sociologue|historien|avocat|" +
    "experte|experten|analyst|forscher|forscherin|politologe|politologin|professor|ökonom|soziologe|historiker|anwalt|anwältin",
);
const OUTLET_NAME = word(
  "news|agency|newspaper|gazette|times|post|radio|television|tv|media|press|journal|magazine|daily|" +
    "агентств|газет|радио|телеканал|издани|журнал|портал|" +
    "agence|journal|quotidien|hebdomadaire|télévision|" +
    "zeitung|agentur|rundfunk|fernsehen|nachrichten|magazin",
);
const NGO_NAME = word(
  "foundation|fund|endowment|institute|ngo|association|society|center|centre|initiative|watch|movement|union|network|coalition|" +
    "фонд|институт|нко|нпо|ассоциаци|общество|центр|инициатив|движени|союз|сеть|коалици|" +
    "fondation|fonds|institut|ong|association|société civile|centre|mouvement|réseau|" +
    "stiftung|fonds|institut|verein|verband|zentrum|initiative|bewegung|netzwerk",
);
const wholeWord = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu");
const COMPANY_NAME = wholeWord("llc|ltd|inc|corp|company|group|holding|bank|plc|gmbh|ag|sa|тоо|ооо|оао|зао|ао|компани\\p{L}*|холдинг\\p{L}*|банк\\p{L}*|société|groupe|konzern|unternehmen");
const GOVERNMENT_DOMAIN = /(?:^|\.)(?:gov|gouv|gob|mil)(?:\.[a-z]{2})?$|\.gov\.[a-z]{2}$|^(?:kremlin\.ru|mid\.ru|government\.ru|president\.kz|akorda\.kz|president\.uz|president\.tj|president\.kg|mfa\.[a-z.]+|europa\.eu)$/i;

export interface CategoryInput {
  name: string;
  kind: "attribution" | "quote" | "link" | "credit";
  anonymous: boolean;
  domain: string | null;
  /** The words of the sentence just before the source's name: where its role stands. */
  before: string;
}

/** The category of a source the alias table does not know. */
export function categoriseSource(source: CategoryInput): SourceCategory {
  if (source.anonymous) return "anonymous";
  if (source.kind === "link") return source.domain && GOVERNMENT_DOMAIN.test(source.domain) ? "official" : "other";
  return categoriseName(source.name, source.before);
}

/** German writes the office as the head of a compound: Innenministerium, Bundesregierung, Zollbehörde. */
const GERMAN_OFFICIAL_COMPOUND = /(?:ministeri(?:um|ums)|regierung|behörde|botschaft|staatsanwaltschaft|polizei|zentralbank|nationalbank)(?!\p{L})/iu;

export function categoriseName(name: string, before = ""): SourceCategory {
  const role = before.slice(-60);
  if (OFFICIAL_NAME.test(name) || GERMAN_OFFICIAL_COMPOUND.test(name) || OFFICIAL_ROLE.test(role)) return "official";
  if (EXPERT_ROLE.test(role)) return "expert";
  if (OUTLET_NAME.test(name)) return "outlet";
  if (COMPANY_NAME.test(name)) return "company";
  if (NGO_NAME.test(name)) return "ngo";
  return "other";
}

/**
 * A lone capitalised word with the ending of a surname of the region (Ismoilov, Baimuratowa, Tereshchenko,
 * Rakhmonzoda, Nazarbayuly, Сатпаев): a person cited by surname, not an organisation. Short words (Kiev)
 * and endings shared with place names (-in: Berlin, Украина) are left out.
 */
const SURNAME = /^\p{Lu}\p{Ll}{3,}(?:ov|ova|ev|eva|yev|yeva|ow|owa|ew|ewa|enko|chuk|sky|ski|skiy|skaya|zoda|zade|uly|kyzy|yan|dze|shvili|ов|ова|ев|ева|енко|чук|ский|ская|зода|заде|улы|кызы|ян|дзе|швили)$/u;

/** What a name no alias knows most likely names: two to four capitalised words without an organisation word are a person. */
export function guessEntityKind(name: string, category: SourceCategory): EntityKind {
  if (category === "outlet" || category === "state_media") return "outlet";
  if (isOrganisationName(name) || OFFICIAL_NAME.test(name) || NGO_NAME.test(name) || COMPANY_NAME.test(name)) return "organisation";
  if (SURNAME.test(name.trim())) return "person";
  const words = name.trim().split(/\s+/u);
  const capitalised = words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:de|da|van|von|der|al|el|ibn|ben|le|la)$/u.test(w));
  return capitalised && words.length >= 2 && words.length <= 4 ? "person" : "organisation";
}

/** Names that do not make an entity: a single common word, a pronoun left unresolved, a number. */
export function isEntityName(name: string): boolean {
  const key = aliasKey(name);
  const trimmed = name.trim();
  const proper = /^\p{Lu}|^\p{N}/u.test(trimmed) || /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(trimmed);
  return key.length >= 2 && /\p{L}/u.test(key) && key.split(" ").length <= 12 && proper;
}
