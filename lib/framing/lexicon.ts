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
   * Words that count as this variant, one regular-expression alternative per language and form, matched
   * as whole words case-insensitively ("Kiev" and "Kiev’s", not "Kievan").
   */
  patterns: string[];
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
      { label: "Kyiv", patterns: ["Kyiv", "Kyjiw", "Kyïv", "Київ\\p{L}*", "Кийив\\p{L}*"] },
      { label: "Kiev", patterns: ["Kiev", "Kiew", "Киев(?:а|у|ом|е)?"] },
    ],
  },
  {
    key: "donbas-donbass",
    label: "Donbas | Donbass",
    variants: [
      { label: "Donbas", patterns: ["Donbas", "Донбас(?!с)\\p{L}*"] },
      { label: "Donbass", patterns: ["Donbass", "Донбасс\\p{L}*"] },
    ],
  },
  {
    key: "war-naming",
    label: "war | invasion | special military operation",
    variants: [
      { label: "war", patterns: ["war", "wars", "guerre", "Krieg(?:es|s|e)?", "войн(?:а|ы|е|у|ой)"] },
      { label: "invasion", patterns: ["invasion", "invasions", "Einmarsch(?:es)?", "Überfall(?:s)?", "вторжени(?:е|я|ю|ем|и)"] },
      {
        label: "special military operation",
        patterns: [
          "special military operation",
          "opération militaire spéciale",
          "militärische(?:n)? Spezialoperation",
          "Spezialoperation",
          "специальн(?:ая|ой|ую) военн(?:ая|ой|ую) операци(?:я|и|ю|ей)",
          "СВО",
        ],
      },
    ],
  },
  {
    key: "government-regime",
    label: "government | regime",
    variants: [
      { label: "government", patterns: ["government", "governments", "gouvernement", "Regierung(?:en)?", "правительств(?:о|а|у|ом|е)"] },
      { label: "regime", patterns: ["regime", "regimes", "régime", "Regime(?:s)?", "режим(?:а|у|ом|е|ы)?"] },
    ],
  },
];
