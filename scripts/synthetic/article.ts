import type { SourceCategory } from "../../db/schema";
import type { FundingRelation, SourceKind } from "../../lib/extract/types";
import type { CorpusLanguage, FixturePool } from "./fixtures";
import { FIRST_NAMES, LAST_NAMES, ORGANISATIONS, PACKS, type LanguagePack, type WarNaming } from "./language-packs";
import type { SyntheticOutlet } from "./outlets";
import { cumulate, pickWeighted, Random } from "./random";

/**
 * One synthetic article: text recombined from fixture paragraphs and templates, and the rows the
 * extraction job would have stored for it (sources, funding claims, mentions), with exact offsets.
 */

export interface SyntheticEntity {
  name: string;
  aliases: string[];
  kind: "person" | "organisation" | "outlet";
  category: SourceCategory;
  /** Index into the corpus's outlets when the entity is one. */
  outlet: number | null;
}

export interface SourceRecord {
  kind: SourceKind;
  name: string;
  entity: number | null;
  category: SourceCategory;
  url: string | null;
  domain: string | null;
  quote: string | null;
  anonymous: boolean;
  sentence: string;
  start: number;
  end: number;
}

export interface FundingRecord {
  funder: string | null;
  funderEntity: number | null;
  recipient: string | null;
  recipientEntity: number | null;
  amount: number | null;
  currency: string | null;
  year: number | null;
  relation: FundingRelation;
  selfDisclosed: boolean;
  hedged: boolean;
  attributedTo: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface SyntheticArticle {
  outlet: number;
  title: string;
  text: string;
  html: string;
  language: CorpusLanguage;
  publishedAt: Date | null;
  authors: string[];
  credits: string[];
  wordCount: number;
  sources: SourceRecord[];
  funding: FundingRecord[];
  mentions: { entity: number; start: number; end: number }[];
  figureSentences: number;
  attributedFigureSentences: number;
}

/** Everything the generator draws from, built once per corpus. */
export interface CorpusContext {
  fixtures: FixturePool;
  outlets: SyntheticOutlet[];
  outletWeights: number[];
  entities: SyntheticEntity[];
  /** Entity index of organisation i of ORGANISATIONS. */
  organisationEntity: number[];
  /** Entity index of person (first, last). */
  personEntity: (first: number, last: number) => number;
  outletEntity: number[];
}

export function corpusContext(fixtures: FixturePool, outlets: SyntheticOutlet[]): CorpusContext {
  const entities: SyntheticEntity[] = [];
  const organisationEntity = ORGANISATIONS.map(([latin, ru, , , category]) => {
    const name = latin.replace(/^the /, "");
    entities.push({ name, aliases: [name, ru], kind: "organisation", category, outlet: null });
    return entities.length - 1;
  });
  const personBase = entities.length;
  for (const [first, firstRu] of FIRST_NAMES) {
    for (const [last, lastRu] of LAST_NAMES) {
      entities.push({ name: `${first} ${last}`, aliases: [`${first} ${last}`, `${firstRu} ${lastRu}`], kind: "person", category: "person", outlet: null });
    }
  }
  const outletEntity = outlets.map((o, i) => {
    entities.push({ name: o.name, aliases: [o.name, o.domain], kind: "outlet", category: o.leaning === "state" ? "state_media" : "outlet", outlet: i });
    return entities.length - 1;
  });
  return {
    fixtures,
    outlets,
    outletWeights: cumulate(outlets.map((o) => o.weight)),
    entities,
    organisationEntity,
    personEntity: (first, last) => personBase + first * LAST_NAMES.length + last,
    outletEntity,
  };
}

// Events that bring bursts of coverage: [date, weight, spread in days].
const EVENTS: [string, number, number][] = [
  ["2014-03-01", 1.2, 20], ["2014-07-18", 0.6, 10], ["2016-09-02", 0.4, 10], ["2020-10-06", 0.6, 12],
  ["2022-01-05", 1.0, 8], ["2022-02-24", 3.0, 30], ["2022-09-21", 1.2, 14], ["2024-03-23", 0.8, 10], ["2025-06-01", 0.5, 20],
];
const EVENT_WEIGHTS = cumulate(EVENTS.map((e) => e[1]));
const START = Date.UTC(2014, 0, 1);
const END = Date.UTC(2026, 10, 30);
const DAY = 86_400_000;
const INVASION = Date.UTC(2022, 1, 24);

function publishedAt(random: Random): Date | null {
  if (random.chance(0.01)) return null;
  let t: number;
  if (random.chance(0.22)) {
    const [date, , spread] = EVENTS[pickWeighted(random, EVENT_WEIGHTS)]!;
    t = Date.parse(`${date}T00:00:00Z`) + Math.abs(random.normal()) * spread * DAY;
  } else {
    // Output grows over the years: density linear in time, drawn by inverting its distribution.
    const u = random.next();
    t = START + (END - START) * ((Math.sqrt(1 + 8 * u) - 1) / 2);
  }
  t = Math.min(Math.max(t, START), END);
  return new Date(Math.floor(t / 1000) * 1000 + random.int(0, 86_399) * 1000 - (t % DAY));
}

interface Framing {
  capital: "kyiv" | "kiev";
  war: WarNaming;
  government: "government" | "regime";
  donbas: "donbas" | "donbass";
}

function framing(random: Random, outlet: SyntheticOutlet): Framing {
  const p = {
    state: { kiev: 0.9, war: [0.3, 0.05, 0.65, 0], regime: 0.6, donbass: 0.95 },
    republisher: { kiev: 0.8, war: [0.35, 0.1, 0.55, 0], regime: 0.45, donbass: 0.85 },
    independent: { kiev: 0.08, war: [0.5, 0.35, 0, 0.15], regime: 0.05, donbass: 0.15 },
    wire: { kiev: 0.03, war: [0.65, 0.2, 0, 0.15], regime: 0.02, donbass: 0.1 },
  }[outlet.leaning];
  const namings: WarNaming[] = ["war", "invasion", "smo", "smo_quoted"];
  return {
    capital: random.chance(p.kiev) ? "kiev" : "kyiv",
    war: namings[pickWeighted(random, cumulate(p.war))]!,
    government: random.chance(p.regime) ? "regime" : "government",
    donbas: random.chance(p.donbass) ? "donbass" : "donbas",
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{([A-Z_]+)\}/g, (m, key: string) => vars[key] ?? m);
}

/** Where `part` occurs in `sentence`, ignoring case (a template may capitalise it). */
function spanOf(sentence: string, part: string): [number, number] {
  const at = sentence.toLowerCase().indexOf(part.toLowerCase());
  return at < 0 ? [0, sentence.length] : [at, at + part.length];
}

/** A sentence and what it states, offsets relative to the sentence. */
interface Piece {
  text: string;
  /** The sentence as HTML, when it differs from the escaped text (a link). */
  html?: string;
  sources: Omit<SourceRecord, "sentence">[];
  funding: Omit<FundingRecord, "sentence">[];
  mentions: { entity: number; start: number; end: number }[];
  figure: boolean;
}

const piece = (text: string): Piece => ({ text, sources: [], funding: [], mentions: [], figure: /\d/.test(text) });

export function generateArticle(random: Random, ctx: CorpusContext, id: number): SyntheticArticle {
  const outletIndex = pickWeighted(random, ctx.outletWeights);
  const outlet = ctx.outlets[outletIndex]!;
  const language = outlet.language;
  const pack = PACKS[language];
  const date = publishedAt(random);
  const year = (date ?? new Date(END)).getUTCFullYear();
  const t = date?.getTime() ?? END;
  const warShare = t >= INVASION ? 0.45 : t >= Date.UTC(2014, 1, 20) && t < Date.UTC(2015, 6, 1) ? 0.3 : 0.1;
  const warRelated = random.chance(warShare);
  const frame = framing(random, outlet);

  const number = (digits: number) => String(random.int(digits > 1 ? 10 ** (digits - 1) : 1, 10 ** digits - 1));
  const cap = pack.capital[frame.capital];
  const war = pack.war[frame.war];
  const vars = (): Record<string, string> => ({
    N: String(random.int(2, random.chance(0.5) ? 99 : 4800)),
    PCT: String(random.int(2, 60)),
    YEAR: String(year - random.int(0, 3)),
    CITY: random.pick(pack.cities),
    COUNTRY: random.pick(pack.countries),
    CAP: cap,
    WAR: war,
    WAR_CAP: capitalise(war),
    GOV: fill(pack.government[frame.government], { CAP: cap }),
    DON: pack.donbas[frame.donbas],
  });
  const fact = () => fill(random.pick(pack.facts), vars());
  const person = () => {
    const first = random.int(0, FIRST_NAMES.length - 1);
    const last = random.int(0, LAST_NAMES.length - 1);
    const ru = language === "ru";
    return { name: `${FIRST_NAMES[first]![ru ? 1 : 0]} ${LAST_NAMES[last]![ru ? 1 : 0]}`, entity: ctx.personEntity(first, last) };
  };
  const organisation = (indexes?: number[]) => {
    const i = indexes ? random.pick(indexes) : random.int(0, ORGANISATIONS.length - 1);
    const [latin, ru, gen, dat] = ORGANISATIONS[i]!;
    return language === "ru"
      ? { text: ru, name: ru, gen, dat, entity: ctx.organisationEntity[i]!, category: ORGANISATIONS[i]![4] }
      : { text: latin, name: latin.replace(/^the /, ""), gen: latin, dat: latin, entity: ctx.organisationEntity[i]!, category: ORGANISATIONS[i]![4] };
  };

  const varyFixture = (paragraph: string) =>
    paragraph.replace(/\d+/g, (digits) => {
      const n = Number(digits);
      if (digits.length === 4 && n >= 1990 && n <= 2030) return String(year - random.int(0, 4));
      return number(digits.length);
    });

  const sourced = (): Piece => {
    const r = random.next();
    if (r < 0.4) {
      const org = organisation();
      const { template, cue } = random.pick(pack.attribution);
      const f = fact();
      const text = capitalise(fill(template, { FACT: f, FACT_CAP: capitalise(f), ORG: org.text }));
      const [start, end] = spanOf(text, fill(cue, { ORG: org.text }));
      const [ns, ne] = spanOf(text, org.name);
      const p = piece(text);
      p.sources.push({ kind: "attribution", name: org.name, entity: org.entity, category: org.category, url: null, domain: null, quote: null, anonymous: false, start, end });
      p.mentions.push({ entity: org.entity, start: ns, end: ne });
      return p;
    }
    if (r < 0.72) {
      const who = person();
      const role = fill(random.pick(pack.roles), vars());
      const quote = random.pick(pack.quotes);
      const text = fill(pack.quote, { QUOTE: quote, PERSON: who.name, ROLE: role });
      const [qs, qe] = spanOf(text, quote);
      const [ns, ne] = spanOf(text, who.name);
      const category: SourceCategory = /analyst|economist|политолог|экономист|politologue|économiste|Politologe|Ökonom/.test(role) ? "expert" : /minist/i.test(role) ? "official" : "person";
      const p = piece(text);
      p.sources.push({ kind: "quote", name: who.name, entity: who.entity, category, url: null, domain: null, quote, anonymous: false, start: qs, end: qe });
      p.mentions.push({ entity: who.entity, start: ns, end: ne });
      return p;
    }
    if (r < 0.84) {
      const { template, name, cue } = random.pick(pack.anonymous);
      const f = fact();
      const text = capitalise(fill(template, { FACT: f, FACT_CAP: capitalise(f) }));
      const [start, end] = spanOf(text, cue);
      const p = piece(text);
      p.sources.push({ kind: "attribution", name, entity: null, category: "anonymous", url: null, domain: null, quote: null, anonymous: true, start, end });
      return p;
    }
    if (r < 0.96) {
      const other = random.int(0, ctx.outlets.length - 1);
      const cited = ctx.outlets[other]!;
      const f = fact();
      const text = capitalise(fill(pack.link, { FACT: f, FACT_CAP: capitalise(f), OUTLET: cited.name }));
      const [start, end] = spanOf(text, cited.name);
      const url = `https://${cited.domain}/${year}/${random.int(10_000, 99_999)}`;
      const p = piece(text);
      p.html = escapeHtml(text.slice(0, start)) + `<a href="${url}" rel="noopener noreferrer">${escapeHtml(cited.name)}</a>` + escapeHtml(text.slice(end));
      p.sources.push({ kind: "link", name: cited.domain, entity: ctx.outletEntity[other]!, category: "outlet", url, domain: cited.domain, quote: null, anonymous: false, start, end });
      p.mentions.push({ entity: ctx.outletEntity[other]!, start, end });
      return p;
    }
    return piece(capitalise(fact()) + ".");
  };

  const money = () => {
    const amount = random.int(1, 400) * (random.chance(0.5) ? 100_000 : 1_000_000);
    const currency = random.chance(0.7) ? "USD" : "EUR";
    return { amount, currency, text: pack.money(amount, currency) };
  };
  const FOREIGN = [4, 5, 6, 3, 16];
  const RUSSIAN = [7, 8, 15, 2];
  const LENDERS = [0, 1, 2, 16];
  const independents = ctx.outlets.flatMap((o, i) => (o.leaning === "independent" ? [i] : []));

  const fundingPiece = (): Piece => {
    const template = random.pick(pack.funding);
    const state = outlet.leaning === "state" || outlet.leaning === "republisher";
    const funder = organisation(template.relation === "loan" || template.relation === "budget" ? LENDERS : state ? FOREIGN : random.chance(0.5) ? RUSSIAN : FOREIGN);
    const recipientOutlet = independents.length && template.relation !== "loan" && template.relation !== "budget" ? random.pick(independents) : null;
    const recipient = recipientOutlet === null
      ? organisation([9, 10, 11])
      : { text: ctx.outlets[recipientOutlet]!.name, name: ctx.outlets[recipientOutlet]!.name, gen: ctx.outlets[recipientOutlet]!.name, dat: ctx.outlets[recipientOutlet]!.name, entity: ctx.outletEntity[recipientOutlet]! };
    const source = template.attributed ? organisation([13, 14, 19]) : null;
    const m = money();
    const claimYear = year - random.int(0, 3);
    const text = capitalise(fill(template.template, {
      FUNDER: funder.text, FUNDER_GEN: funder.gen, RECIPIENT: recipient.text, RECIPIENT_DAT: recipient.dat,
      MONEY: m.text, YEAR: String(claimYear), ORG: source?.text ?? "", ORG_GEN: source?.gen ?? "",
    }));
    const p = piece(text);
    p.funding.push({
      funder: funder.name, funderEntity: funder.entity, recipient: recipient.name, recipientEntity: recipient.entity,
      amount: m.amount, currency: m.currency, year: template.template.includes("{YEAR}") ? claimYear : null, relation: template.relation,
      selfDisclosed: false, hedged: template.hedged, attributedTo: source?.name ?? null, start: 0, end: text.length,
    });
    p.mentions.push({ entity: funder.entity, start: 0, end: text.length });
    if (recipient.entity !== funder.entity) p.mentions.push({ entity: recipient.entity, start: 0, end: text.length });
    return p;
  };

  const disclosure = (): Piece => {
    const funder = organisation(FOREIGN);
    const text = fill(pack.selfDisclosure, { FUNDER: funder.text, FUNDER_GEN: funder.gen });
    const p = piece(text);
    p.funding.push({
      funder: funder.name, funderEntity: funder.entity, recipient: outlet.name, recipientEntity: ctx.outletEntity[outletIndex]!,
      amount: null, currency: null, year: null, relation: "supported_by", selfDisclosed: true, hedged: false, attributedTo: null, start: 0, end: text.length,
    });
    p.mentions.push({ entity: funder.entity, start: 0, end: text.length });
    return p;
  };

  // Paragraphs until the drawn length: median about 500 words, 200 to 1,500.
  const target = Math.min(1500, Math.max(200, Math.round(Math.exp(Math.log(500) + 0.5 * random.normal()))));
  const paragraphs: Piece[][] = [];
  let words = 0;
  let framingSentences = 0;
  const fundingChance = { state: 0.12, republisher: 0.1, independent: 0.04, wire: 0.05 }[outlet.leaning];
  const fundingAt = random.chance(fundingChance) ? random.int(1, 4) : -1;
  while (words < target) {
    let paragraph: Piece[];
    const r = random.next();
    if (paragraphs.length === fundingAt) paragraph = [fundingPiece(), sourced()];
    else if (warRelated && framingSentences < 4 && r < 0.3) {
      paragraph = [piece(fill(random.pick(pack.framing), vars())), piece(fill(random.pick(pack.framing), vars()))];
      framingSentences += 2;
    } else if (r < 0.8) paragraph = [piece(varyFixture(random.pick(ctx.fixtures.paragraphs[language])))];
    else paragraph = random.chance(0.5) ? [sourced(), sourced()] : [sourced()];
    paragraphs.push(paragraph);
    for (const p of paragraph) words += p.text.split(" ").length;
  }
  if (outlet.leaning === "independent" && random.chance(0.3)) paragraphs.push([disclosure()]);

  const title = random.chance(0.5)
    ? varyFixture(random.pick(ctx.fixtures.titles[language]))
    : capitalise(fill(random.pick(pack.titles), vars()));

  // Offsets are into the plain text: paragraphs joined by a blank line, sentences by a space.
  const textParts: string[] = [];
  const htmlParts: string[] = [];
  const sources: SourceRecord[] = [];
  const funding: FundingRecord[] = [];
  const mentions = new Map<string, { entity: number; start: number; end: number }>();
  let figureSentences = 0;
  let attributedFigureSentences = 0;
  let at = 0;
  for (const paragraph of paragraphs) {
    if (textParts.length) {
      textParts.push("\n\n");
      at += 2;
    }
    const html: string[] = [];
    paragraph.forEach((p, i) => {
      if (i) {
        textParts.push(" ");
        at += 1;
      }
      textParts.push(p.text);
      html.push(p.html ?? escapeHtml(p.text));
      for (const s of p.sources) sources.push({ ...s, sentence: p.text, start: at + s.start, end: at + s.end });
      for (const f of p.funding) funding.push({ ...f, sentence: p.text, start: at + f.start, end: at + f.end });
      for (const m of p.mentions) mentions.set(`${m.entity}:${at + m.start}`, { entity: m.entity, start: at + m.start, end: at + m.end });
      if (p.figure) {
        figureSentences++;
        if (p.sources.length) attributedFigureSentences++;
      }
      at += p.text.length;
    });
    htmlParts.push(`<p>${html.join(" ")}</p>`);
  }
  const authorCount = outlet.leaning === "wire" ? (random.chance(0.3) ? 1 : 0) : random.int(0, 2);
  const authors = Array.from({ length: authorCount }, () => person().name);
  const credits = outlet.leaning === "republisher" && random.chance(0.4)
    ? [`© ${ctx.outlets.find((o) => o.leaning === "state" && o.language === language)?.name ?? "RIA"}`]
    : [];
  void id;
  return {
    outlet: outletIndex, title, text: textParts.join(""), html: htmlParts.join("\n"), language, publishedAt: date, authors, credits,
    wordCount: words, sources, funding, mentions: [...mentions.values()], figureSentences, attributedFigureSentences,
  };
}

export type { LanguagePack };
