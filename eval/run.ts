/**
 * `npm run eval`: stated sources and funding claims against the annotated set in eval/annotated/.
 * Prints precision, recall and F1 per kind and per language; `-- --verbose` lists every miss.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractStatements, type FundingClaim, type StatedSource } from "../lib/extract";
import { htmlToPlainText } from "../lib/text/plain-text";
import { holdsEvidence, locate, matchGreedy, namesAgree, prf, type GoldFundingClaim, type GoldSource, type Tally } from "./score";

interface Annotation {
  id: string;
  language: string;
  outlet: string;
  outletKind: string;
  sources: GoldSource[];
  fundingClaims: GoldFundingClaim[];
}

export interface ArticleScore {
  id: string;
  language: string;
  sources: ReturnType<typeof matchGreedy<StatedSource, GoldSource>>;
  funding: ReturnType<typeof matchGreedy<FundingClaim, GoldFundingClaim>>;
  text: string;
}

const ROOT = join(import.meta.dirname, "annotated");

export function loadAnnotated(): { annotation: Annotation; text: string; html: string | null }[] {
  const articles = [];
  for (const language of readdirSync(ROOT).sort()) {
    for (const file of readdirSync(join(ROOT, language)).filter((f) => f.endsWith(".json")).sort()) {
      const base = join(ROOT, language, file.replace(/\.json$/, ""));
      const annotation = JSON.parse(readFileSync(`${base}.json`, "utf8")) as Annotation;
      const html = existsSync(`${base}.html`) ? readFileSync(`${base}.html`, "utf8") : null;
      const text = html !== null ? htmlToPlainText(html) : readFileSync(`${base}.txt`, "utf8");
      articles.push({ annotation, text, html });
    }
  }
  return articles;
}

export function scoreArticle(annotation: Annotation, text: string, html: string | null): ArticleScore {
  const extraction = extractStatements({ text, html, language: annotation.language, outletName: annotation.outlet });
  const sources = matchGreedy(extraction.sources, annotation.sources, (p, g) =>
    p.kind === g.kind && namesAgree(p.name, g.name, g.aliases) && holdsEvidence(text, locate(text, p.sentence, p.start), p, g.evidence),
  );
  const funding = matchGreedy(extraction.fundingClaims, annotation.fundingClaims, (p, g) =>
    holdsEvidence(text, locate(text, p.sentence, p.start), p, g.evidence) &&
    namesAgree(p.funder, g.funder, g.funderAliases) && namesAgree(p.recipient, g.recipient, g.recipientAliases),
  );
  return { id: annotation.id, language: annotation.language, sources, funding, text };
}

function add(tallies: Map<string, Tally>, key: string, tp: number, fp: number, fn: number) {
  const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  t.tp += tp;
  t.fp += fp;
  t.fn += fn;
  tallies.set(key, t);
}

const FIELDS = ["amount", "currency", "year", "relation", "hedged", "attributedTo", "selfDisclosed"] as const;

function main() {
  const verbose = process.argv.includes("--verbose");
  const asJson = process.argv.includes("--json");
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
  const tallies = new Map<string, Tally>();
  const fieldHits = new Map<string, { right: number; total: number }>();
  const articles = loadAnnotated().filter((a) => !only || a.annotation.id.includes(only));
  for (const { annotation, text, html } of articles) {
    const score = scoreArticle(annotation, text, html);
    const lang = annotation.language;
    for (const kind of ["attribution", "quote", "link", "credit"] as const) {
      const tp = score.sources.matched.filter(([p]) => p.kind === kind).length;
      const fp = score.sources.falsePositives.filter((p) => p.kind === kind).length;
      const fn = score.sources.falseNegatives.filter((g) => g.kind === kind).length;
      for (const key of [`sources/${kind}/${lang}`, `sources/${kind}/all`, `sources/all/${lang}`, "sources/all/all"]) add(tallies, key, tp, fp, fn);
    }
    const f = score.funding;
    for (const key of [`funding/claims/${lang}`, "funding/claims/all"]) add(tallies, key, f.matched.length, f.falsePositives.length, f.falseNegatives.length);
    for (const [p, g] of f.matched) {
      for (const field of FIELDS) {
        const hit = fieldHits.get(field) ?? { right: 0, total: 0 };
        hit.total++;
        const right = field === "attributedTo" ? namesAgree(p.attributedTo, g.attributedTo) : p[field] === g[field];
        if (right) hit.right++;
        else if (verbose) console.log(`  ${annotation.id} funding field ${field}: got ${JSON.stringify(p[field])}, want ${JSON.stringify(g[field])}`);
        fieldHits.set(field, hit);
      }
    }
    if (verbose) printMisses(score);
  }
  const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => ({ key, ...t, ...prf(t) }));
  const fields = Object.fromEntries([...fieldHits.entries()].map(([k, v]) => [k, v.total ? v.right / v.total : 1]));
  if (asJson) {
    console.log(JSON.stringify({ articles: articles.length, rows, fundingFields: fields }, null, 2));
    return;
  }
  console.log(`Annotated set: ${articles.length} articles (${[...new Set(articles.map((a) => a.annotation.language))].join(", ")})\n`);
  console.log("what".padEnd(30) + "  gold  found   P      R      F1");
  for (const r of rows) {
    console.log(`${r.key.padEnd(30)}  ${String(r.tp + r.fn).padStart(4)}  ${String(r.tp + r.fp).padStart(5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`);
  }
  console.log("\nFunding fields right on matched claims:");
  for (const [field, share] of Object.entries(fields)) console.log(`  ${field.padEnd(14)} ${(share * 100).toFixed(1)} %`);
}

function printMisses(score: ArticleScore) {
  for (const g of score.sources.falseNegatives) console.log(`  ${score.id} MISSED ${g.kind} ${g.name} | ${g.evidence}`);
  for (const p of score.sources.falsePositives) console.log(`  ${score.id} EXTRA  ${p.kind} ${p.name} | ${score.text.slice(p.start, p.end).slice(0, 90).replace(/\n/g, " ")}`);
  for (const g of score.funding.falseNegatives) console.log(`  ${score.id} MISSED funding ${g.funder} → ${g.recipient} | ${g.evidence}`);
  for (const p of score.funding.falsePositives) console.log(`  ${score.id} EXTRA  funding ${p.funder} → ${p.recipient} | ${p.sentence.slice(0, 90)}`);
}

if (process.argv[1]?.endsWith("run.ts")) main();
