import { findMoney, NUMBER, parseNumber, scaleOf } from "../extract/money";

/**
 * The figures a claim states, normalised so that two outlets writing the same figure agree on it:
 * "more than 12,000 soldiers", "12 000 военных", "12.000 Soldaten" and "12 thousand" are all 12000;
 * "$230,000" is 230000 USD, "45 %" and "45 per cent" are 45 %. Years, days of the month and the
 * numbers inside dates are no figures: "in April 2026", "on 24 February".
 */

export interface Figure {
  value: number;
  /** An ISO 4217 code, "%", or null for a count. */
  unit: string | null;
}

// The money rules' scale words, but for "k", "bn" and "mn": beside a bare count they are as often units.
const SCALE = String.raw`thousand|million|millions|billion|billions|trillion|тыс\.?|тысяч\p{L}*|млн\.?|миллион\p{L}*|млрд\.?|миллиард\p{L}*|трлн\.?|mille|milliers|milliards?|Tausend|Million|Millionen|Milliarde|Milliarden|Mio\.?|Mrd\.?`;
const PERCENT = String.raw`%|‰|percent|per cent|процент\p{L}*|pour cent|Prozent`;

const FIGURE = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER})(?:\s?(${SCALE})(?![\p{L}]))?(?:\s?(${PERCENT})(?![\p{L}]))?`, "giu");

const MONTHS = String.raw`january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре`;
const DAY_BEFORE_MONTH = new RegExp(String.raw`^\.?\s*(?:${MONTHS})(?![\p{L}])`, "iu");
const MONTH_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${MONTHS})\.?\s*$`, "iu");

function isDatePart(text: string, start: number, end: number, raw: string, scaled: boolean): boolean {
  if (scaled) return false;
  const bare = /^\d+$/.test(raw) ? Number(raw) : null;
  if (bare === null) return false;
  // A bare four-digit number in the range of years is a year; a small one beside a month name a day.
  if (raw.length === 4 && bare >= 1800 && bare <= 2100) return true;
  if (bare >= 1 && bare <= 31) return DAY_BEFORE_MONTH.test(text.slice(end, end + 16)) || MONTH_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  return false;
}

/** The figures of `text` in order of appearance, each once. */
export function figuresOf(text: string, language: string): Figure[] {
  const figures: (Figure & { start: number; end: number })[] = findMoney(text, language).map((m) => ({ value: m.amount, unit: m.currency, start: m.start, end: m.end }));
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (figures.some((f) => start < f.end && f.start < end)) continue;
    const [, raw, scale, percent] = m;
    if (!percent && isDatePart(text, start, end, raw!, Boolean(scale))) continue;
    const value = Math.round(parseNumber(raw!, language) * scaleOf(scale) * 100) / 100;
    if (!Number.isFinite(value)) continue;
    figures.push({ value, unit: percent ? (percent === "‰" ? "‰" : "%") : null, start, end });
  }
  figures.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return figures
    .map(({ value, unit }) => ({ value, unit }))
    .filter((f) => {
      const key = figureKey(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** "12000", "230000 USD", "45 %": how a figure is shown and compared. */
export function figureKey(figure: Figure): string {
  return `${figure.value}${figure.unit ? ` ${figure.unit}` : ""}`;
}

/** "12,000", "$230,000" as "230,000 USD", "4.5 %": a figure as a reader reads it. */
export function formatFigure(figure: Figure): string {
  return `${figure.value.toLocaleString("en")}${figure.unit ? ` ${figure.unit}` : ""}`;
}

/** The same figures, in any order. */
export function sameFigures(a: Figure[], b: Figure[]): boolean {
  const keys = new Set(a.map(figureKey));
  return a.length === b.length && b.every((f) => keys.has(figureKey(f)));
}
