/**
 * The framing markers: groups of alternative words for one thing, one word per framing ("Kyiv" or
 * "Kiev"; "war", "invasion" or "special military operation"). Which one an outlet writes, and whether
 * it writes it in its own voice or only in quotation marks, is the framing. This is the default lexicon;
 * editors change it in the dashboard, where it is stored.
 */

export interface MarkerVariant {
  /** Shown in tables and charts, and the `variant` of `cli compare`. */
  label: string;
  /**
   * The words and phrases that count as this variant, in any language, matched as whole words without
   * regard to case ("Kiev" also counts "Kiev’s", not "Kievan"). A trailing `*` stands for any ending:
   * "вторжени*" counts вторжение, вторжения, вторжением.
   */
  terms: string[];
}

export interface MarkerGroup {
  /** Stable key: `group` of `cli compare`. */
  key: string;
  label: string;
  variants: MarkerVariant[];
}

export const DEFAULT_MARKER_GROUPS: MarkerGroup[] = [
  {
    key: "kyiv-kiev",
    label: "Kyiv | Kiev",
    variants: [
      { label: "Kyiv", terms: ["Kyiv", "Kyjiw", "Kyïv", "Київ*", "Кийив*"] },
      { label: "Kiev", terms: ["Kiev", "Kiew", "Киев", "Киева", "Киеву", "Киевом", "Киеве"] },
    ],
  },
  {
    key: "donbas-donbass",
    label: "Donbas | Donbass",
    variants: [
      { label: "Donbas", terms: ["Donbas", "Донбас", "Донбасу", "Донбасі"] },
      { label: "Donbass", terms: ["Donbass", "Донбасс*"] },
    ],
  },
  {
    key: "war-naming",
    label: "war | invasion | special military operation",
    variants: [
      { label: "war", terms: ["war", "wars", "guerre", "guerres", "Krieg", "Krieges", "Kriegs", "Kriege", "война", "войны", "войне", "войну", "войной"] },
      { label: "invasion", terms: ["invasion", "invasions", "Einmarsch", "Einmarsches", "Überfall", "Überfalls", "вторжени*"] },
      {
        label: "special military operation",
        terms: [
          "special military operation",
          "opération militaire spéciale",
          "militärische Spezialoperation",
          "militärischen Spezialoperation",
          "Spezialoperation",
          "специальная военная операция",
          "специальной военной операции",
          "специальную военную операцию",
          "специальной военной операцией",
          "СВО",
        ],
      },
    ],
  },
  {
    key: "government-regime",
    label: "government | regime",
    variants: [
      { label: "government", terms: ["government", "governments", "gouvernement", "Regierung", "Regierungen", "правительств*"] },
      { label: "regime", terms: ["regime", "regimes", "régime", "régimes", "Regimes", "режим", "режима", "режиму", "режимом", "режиме", "режимы"] },
    ],
  },
];
