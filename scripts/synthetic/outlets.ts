import type { CorpusLanguage } from "./fixtures";

/** The monitored outlets of a synthetic corpus: what kind of outlet each is decides how it frames. */

export type OutletLeaning = "state" | "independent" | "wire" | "republisher";

export interface SyntheticOutlet {
  slug: string;
  name: string;
  domain: string;
  language: CorpusLanguage;
  country: string;
  leaning: OutletLeaning;
  /** Relative output: a few outlets publish most of the articles. */
  weight: number;
}

// name, language, country, leaning
const PROFILES: [string, CorpusLanguage, string, OutletLeaning][] = [
  ["Vesti Evrazii", "ru", "RU", "state"],
  ["Rossiyskiy Vestnik", "ru", "RU", "state"],
  ["Sever Press", "ru", "RU", "state"],
  ["Stepnaya Pravda", "ru", "KZ", "state"],
  ["Tsentr Novostey", "ru", "RU", "state"],
  ["Kazakh State Broadcaster", "ru", "KZ", "state"],
  ["Eurasia Today", "en", "RU", "state"],
  ["Caspian Herald", "en", "RU", "state"],
  ["Horizon Eurasie", "fr", "RU", "state"],
  ["Eurasien Heute", "de", "RU", "state"],
  ["Azat Media", "ru", "KG", "independent"],
  ["Kloop Desk", "ru", "KG", "independent"],
  ["Vlast Analytics", "ru", "KZ", "independent"],
  ["Asia-Plus Review", "ru", "TJ", "independent"],
  ["Gazeta Ozodlik", "ru", "UZ", "independent"],
  ["Bishkek Observer", "ru", "KG", "independent"],
  ["Steppe Dispatch", "en", "KZ", "independent"],
  ["Central Asia Monitor", "en", "DE", "independent"],
  ["Silk Road Reporting", "en", "GB", "independent"],
  ["Oxus Review", "en", "US", "independent"],
  ["Regard sur l'Asie centrale", "fr", "FR", "independent"],
  ["Les Nouvelles des Steppes", "fr", "FR", "independent"],
  ["Zentralasien Aktuell", "de", "DE", "independent"],
  ["Ostblick", "de", "DE", "independent"],
  ["Continental Press Agency", "en", "FR", "wire"],
  ["Northern Wire", "en", "GB", "wire"],
  ["Global News Service", "en", "US", "wire"],
  ["Agence Continentale", "fr", "FR", "wire"],
  ["Deutscher Nachrichtendienst", "de", "DE", "wire"],
  ["Interregional News Agency", "ru", "RU", "wire"],
  ["Novosti Segodnya", "ru", "KZ", "republisher"],
  ["Pravda Info", "ru", "KG", "republisher"],
  ["Mirovye Novosti", "ru", "RU", "republisher"],
  ["Glavnoe Segodnya", "ru", "UZ", "republisher"],
  ["World Truth Post", "en", "US", "republisher"],
  ["Alternative Headlines", "en", "CA", "republisher"],
  ["Free Voice Daily", "en", "GB", "republisher"],
  ["Le Réveil Info", "fr", "FR", "republisher"],
  ["Unzensiert Nachrichten", "de", "DE", "republisher"],
  ["Wahrheit Aktuell", "de", "AT", "republisher"],
];

function slugOf(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function syntheticOutlets(count: number): SyntheticOutlet[] {
  return Array.from({ length: count }, (_, i) => {
    const [baseName, language, country, leaning] = PROFILES[i % PROFILES.length]!;
    const round = Math.floor(i / PROFILES.length);
    const name = round ? `${baseName} ${round + 1}` : baseName;
    const slug = `${slugOf(name)}`;
    // Zipf-like output, wires and state media the most prolific.
    const base = leaning === "wire" ? 3 : leaning === "state" ? 2 : leaning === "republisher" ? 1.2 : 1;
    return { slug, name, domain: `${slug}.example`, language, country, leaning, weight: base / Math.sqrt(1 + (i % PROFILES.length) / 4 + round) };
  });
}
