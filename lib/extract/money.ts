/**
 * Sums of money as plain numbers with ISO 4217 codes: "$230,000", "27,8 млрд рублей",
 * "1,2 Millionen Euro", "2 euros", "500 somoni". Thousand separators and decimal marks follow the locale.
 */

/** Words of money given or received: a funding cue with one of them nearby is about money ("don’t" is no "don"). */
export const MONEY_WORD = /grant|fund|fonds|argent|money|loan|subsid|financ|finanz|donat|грант|средств|субсид|кредит|финанс|деньг|subvention|financement|prêt|(?<![\p{L}])dons?(?![\p{L}'’])|Förder|Zuschuss|Kredit|Geld|Mittel|Spende|sponsor|bankroll|invest|parrain|mécén|спонсор|инвест|Sponsor|Invest/iu;

export interface Money {
  amount: number;
  currency: string;
  start: number;
  end: number;
}

/** A number as the four languages write it: "230,000", "1 200 000", "27,8", "3.500". */
export const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`thousand|k|bn|mn|million|millions|billion|billions|trillion|тыс\.?|тысяч\p{L}*|млн\.?|миллион\p{L}*|млрд\.?|миллиард\p{L}*|трлн\.?|mille|milliers|milliards?|Tausend|Million|Millionen|Milliarde|Milliarden|Mio\.?|Mrd\.?`;
const SYMBOLS: Record<string, string> = { $: "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT" };
const WORD_CURRENCIES: [RegExp, string][] = [
  [/^(?:US\s+)?dollars?$|^US-Dollars?$|^долл\p{L}*\.?$|^USD$|^Dollar$|^américains$/iu, "USD"],
  [/^euros?$|^евро$|^EUR$/iu, "EUR"],
  [/^pounds?$|^фунт\p{L}*$|^GBP$|^livres?$|^Pfund$/iu, "GBP"],
  [/^rub(?:les?)?$|^roubles?$|^рубл\p{L}*$|^руб\.?$|^RUB$|^Rubel$/iu, "RUB"],
  [/^tenges?$|^тенге$|^KZT$/iu, "KZT"],
  [/^soms?$|^сом(?:ов|а)?$|^KGS$/iu, "KGS"],
  [/^somonis?$|^сомони$|^TJS$/iu, "TJS"],
  [/^sums?$|^сум(?:ов|а)?$|^UZS$|^soums?$/iu, "UZS"],
  [/^kronor$|^kronen$|^крон\p{L}*$|^SEK$|^couronnes$/iu, "SEK"],
  [/^yuan$|^юан\p{L}*$|^CNY$/iu, "CNY"],
];
const CURRENCY_WORD = String.raw`US dollars|US-Dollars?|dollars?|долл\p{L}*\.?|USD|Dollar|euros?|евро|EUR|Euro|pounds?|фунт\p{L}*|GBP|livres?|Pfund|rubles?|roubles?|рубл\p{L}*|руб\.?|RUB|Rubel|tenges?|тенге|KZT|soms?|сом(?:ов|а)?|KGS|somonis?|сомони|TJS|sums?|сум(?:ов|а)?|UZS|soums?|kronor|Kronen|крон\p{L}*|SEK|couronnes|yuan|юан\p{L}*|CNY`;

const SYMBOL_FIRST = new RegExp(String.raw`(US\$|\$|€|£|₽|₸)\s?(${NUMBER})(?:\s?(${SCALE})(?![\p{L}]))?`, "gu");
const WORD_AFTER = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER})\s?(?:(${SCALE})(?![\p{L}])\s?(?:d['’]|de\s+|of\s+)?)?(?:(€|\$|£|₽|₸)|(${CURRENCY_WORD})(?![\p{L}]))`, "giu");

/** What a scale word multiplies by: "thousand", "млн", "Milliarden"; none is 1. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  if (/^(?:thousand|k|тыс|тысяч|mille|milliers|tausend)/u.test(w)) return 1e3;
  if (/^(?:bn|billion|млрд|миллиард|milliard|mrd)/u.test(w)) return 1e9;
  if (/^(?:trillion|трлн)/u.test(w)) return 1e12;
  return 1e6;
}

/** "230,000" → 230000 (en); "27,8" → 27.8 (ru, fr, de); "3.500" → 3500 (de); "1 200 000" → 1200000. */
export function parseNumber(raw: string, language: string): number {
  const text = raw.replace(/[\s\u00a0\u202f]/g, "");
  const comma = text.lastIndexOf(",");
  const dot = text.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    const decimal = comma > dot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    return Number(text.split(thousands).join("").replace(decimal, "."));
  }
  const mark = comma >= 0 ? "," : dot >= 0 ? "." : null;
  if (!mark) return Number(text);
  const parts = text.split(mark);
  const grouped = parts.length > 2 || parts[1]!.length === 3;
  const decimalComma = language !== "en";
  // One mark before exactly three digits is a thousands separator, unless the locale writes decimals with it.
  if (grouped && !(parts.length === 2 && ((mark === "," && decimalComma) || (mark === "." && !decimalComma)))) return Number(parts.join(""));
  return Number(parts.join("."));
}

function currencyOfWord(word: string): string | null {
  for (const [pattern, code] of WORD_CURRENCIES) if (pattern.test(word)) return code;
  return null;
}

export function findMoney(text: string, language: string, offset = 0): Money[] {
  const found: Money[] = [];
  for (const m of text.matchAll(SYMBOL_FIRST)) {
    found.push({ amount: round(parseNumber(m[2]!, language) * scaleOf(m[3])), currency: SYMBOLS[m[1]!]!, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  for (const m of text.matchAll(WORD_AFTER)) {
    const currency = m[3] ? SYMBOLS[m[3]] : currencyOfWord(m[4]!);
    if (!currency) continue;
    const start = offset + m.index;
    if (found.some((f) => start < f.end && f.start < start + m[0].length)) continue;
    found.push({ amount: round(parseNumber(m[1]!, language) * scaleOf(m[2])), currency, start, end: start + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
