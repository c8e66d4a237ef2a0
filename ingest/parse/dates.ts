/**
 * Feed dates → UTC ISO-8601. Our own grammar instead of `Date.parse`, which accepts nearly anything
 * ("1" is 2001-01-01 in V8) and reads zone-less strings in the server's local zone. An unreadable
 * date is null: the article's time is then "unknown", never invented.
 */

// First letters of month names in the languages of the monitored outlets; feeds localise
// RFC 822 dates ("Seg, 15 Set 2008", "lun., 15 juin 2026") even though the RFC forbids it.
const MONTHS: Record<string, number> = {
  jan: 1, jän: 1, ene: 1, gen: 1, янв: 1,
  feb: 2, fév: 2, fev: 2, фев: 2,
  mar: 3, mär: 3, mrz: 3, мар: 3,
  apr: 4, avr: 4, abr: 4, апр: 4,
  may: 5, mai: 5, mag: 5, май: 5, мая: 5,
  jun: 6, juin: 6, giu: 6, июн: 6,
  jul: 7, juil: 7, lug: 7, июл: 7,
  aug: 8, aoû: 8, aou: 8, ago: 8, авг: 8,
  sep: 9, set: 9, сен: 9,
  oct: 10, okt: 10, out: 10, ott: 10, окт: 10,
  nov: 11, ноя: 11,
  dec: 12, dez: 12, déc: 12, dic: 12, дек: 12,
};

// Offsets in minutes. RFC 822's US zones plus unambiguous European/Russian ones; ambiguous
// abbreviations (IST, BST, CST-as-China) are deliberately absent and yield null.
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  cet: 60, cest: 120, west: 60, eet: 120, eest: 180, msk: 180,
};

// The colon in the time is optional because RSS 0.92's own example writes "03 Apr 02 1500 GMT".
const RFC822 =
  /^(?:\p{L}+\.?,?\s*)?(\d{1,2})[\s-]+(\p{L}+)\.?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):?(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(?:\s*(?:([+-]\d{2}:?\d{2})|(\p{L}{1,5})(?:\s*([+-]\d{1,2}(?::?\d{2})?))?))?$/u;

const ISO8601 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

export function parseFeedDate(s: string | null | undefined): string | null {
  if (!s) return null;
  // "(UTC)"-style comments are legal in RFC 822 and carry nothing we need.
  const input = s.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  // Real dates are ~30 characters; the cap keeps hostile input away from the regexes.
  if (!input || input.length > 80) return null;
  const parts = parseIso(input) ?? parseRfc822(input);
  return parts ? toIso(parts) : null;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  offsetMinutes: number;
}

function parseIso(s: string): DateParts | null {
  const m = ISO8601.exec(s);
  if (!m) return null;
  const offset = m[8] === undefined ? 0 : parseOffset(m[8]);
  if (offset === null) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2] ?? 1),
    day: Number(m[3] ?? 1),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0,
    // W3CDTF: a missing zone is UTC (we have nothing better than the server's guess).
    offsetMinutes: offset,
  };
}

function parseRfc822(s: string): DateParts | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const month = monthNumber(m[2]!);
  if (month === null) return null;
  let offset: number | null = 0;
  if (m[7]) offset = parseOffset(m[7]);
  else if (m[8]) {
    const zone = ZONES[m[8].toLowerCase()];
    offset = zone === undefined ? null : zone + (m[9] ? (parseOffset(m[9]) ?? NaN) : 0);
  }
  if (offset === null || Number.isNaN(offset)) return null;
  return {
    year: fullYear(m[3]!),
    month,
    day: Number(m[1]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    ms: 0,
    offsetMinutes: offset,
  };
}

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  return MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)] ?? null;
}

/** RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx; three digits add 1900. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (y.length === 3) return 1900 + n;
  return n;
}

/** "+0300", "-05:00", "+3", "Z" → minutes east of UTC. */
function parseOffset(raw: string): number | null {
  if (/^z$/i.test(raw)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(raw);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function toIso(p: DateParts): string | null {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) return null;
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return null;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute - p.offsetMinutes, p.second, p.ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}
