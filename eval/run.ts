/**
 * `npm run eval`: stated sources and funding claims against the annotated sets, then claim matching
 * and republication detection against the provenance corpus (eval/provenance.ts). eval/annotated/ is what
 * the rules are developed against; eval/held-out/ is written apart from the rules to show how they
 * do on text nobody tuned them on. Prints precision, recall and F1 per kind and per language for each;
 * `-- --set=held-out` (or `annotated`) prints one, `-- --verbose` lists every miss of the annotated set
 * (of the held-out set only with `--set=held-out`).
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractStatements, type FundingClaim, type StatedSource } from "../lib/extract";
import { htmlToPlainText } from "../lib/text/plain-text";
import { loadProvenanceCorpus, scoreClaimMatching, scoreRepublication } from "./provenance";
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

export const ANNOTATED_SETS = ["annotated", "held-out"] as const;
export type AnnotatedSet = (typeof ANNOTATED_SETS)[number];

export function loadAnnotated(set: AnnotatedSet = "annotated"): { annotation: Annotation; text: string; html: string | null }[] {
  const root = join(import.meta.dirname, set);
  if (!existsSync(root)) throw new Error(`The annotated set ${root} is missing`);
  const articles = [];
  for (const language of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, language)).filter((f) => f.endsWith(".json")).sort()) {
      const base = join(root, language, file.replace(/\.json$/, ""));
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
  const chosen = process.argv.find((a) => a.startsWith("--set="))?.slice(6);
  if (chosen && !ANNOTATED_SETS.includes(chosen as AnnotatedSet)) throw new Error(`--set must be one of ${ANNOTATED_SETS.join(", ")}`);
  const sets = chosen ? [chosen as AnnotatedSet] : [...ANNOTATED_SETS];
  // Misses of the held-out set are listed only on request: reading them while writing rules makes it a tuning set.
  const listMisses = (set: AnnotatedSet) => verbose && !asJson && (set === "annotated" || chosen === set);
  const results = sets.map((set) => ({ set, ...evaluate(set, { verbose: listMisses(set), only }) }));
  const corpus = loadProvenanceCorpus();
  const provenance = { claims: scoreClaimMatching(corpus), republications: scoreRepublication(corpus) };
  if (asJson) {
    console.log(JSON.stringify({ ...Object.fromEntries(results.map(({ set, ...r }) => [set, r])), provenance }, null, 2));
    return;
  }
  for (const { set, articles, languages, rows, fundingFields } of results) {
    console.log(`\n${set === "annotated" ? "Annotated set" : "Held-out set"}: ${articles} articles (${languages.join(", ")})\n`);
    console.log("what".padEnd(30) + "  gold  found   P      R      F1");
    for (const r of rows) {
      console.log(`${r.key.padEnd(30)}  ${String(r.tp + r.fn).padStart(4)}  ${String(r.tp + r.fp).padStart(5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`);
    }
    console.log("\nFunding fields right on matched claims:");
    for (const [field, share] of Object.entries(fundingFields)) console.log(`  ${field.padEnd(14)} ${(share * 100).toFixed(1)} %`);
  }
  const { claims, republications } = provenance;
  console.log(`\nProvenance corpus: ${corpus.articles.length} articles, ${corpus.claims.length} claims with changed repeats, ${corpus.republications.length} copy/original pairs (pairs scored)\n`);
  console.log("what".padEnd(30) + "  gold  found   P      R      F1");
  for (const [key, r] of [["claims/same-claim pairs", claims], ["republications/copy pairs", republications]] as const) {
    console.log(`${key.padEnd(30)}  ${String(r.tp + r.fn).padStart(4)}  ${String(r.tp + r.fp).padStart(5)}  ${r.precision.toFixed(3)}  ${r.recall.toFixed(3)}  ${r.f1.toFixed(3)}`);
  }
  console.log(`\nOriginal told from copy by date: ${republications.directionRight} of ${republications.directionTotal}`);
  if (claims.unfound.length) console.log(`Claim occurrences not offered as check-worthy: ${claims.unfound.join(", ")}`);
  if (verbose) for (const miss of [...claims.misses, ...republications.misses]) console.log(`  ${miss}`);
}

function evaluate(set: AnnotatedSet, { verbose, only }: { verbose: boolean; only: string | undefined }) {
  const tallies = new Map<string, Tally>();
  const fieldHits = new Map<string, { right: number; total: number }>();
  const articles = loadAnnotated(set).filter((a) => !only || a.annotation.id.includes(only));
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
  const fundingFields = Object.fromEntries([...fieldHits.entries()].map(([k, v]) => [k, v.total ? v.right / v.total : 1]));
  const languages = [...new Set(articles.map((a) => a.annotation.language))];
  return { articles: articles.length, languages, rows, fundingFields };
}

function printMisses(score: ArticleScore) {
  for (const g of score.sources.falseNegatives) console.log(`  ${score.id} MISSED ${g.kind} ${g.name} | ${g.evidence}`);
  for (const p of score.sources.falsePositives) console.log(`  ${score.id} EXTRA  ${p.kind} ${p.name} | ${score.text.slice(p.start, p.end).slice(0, 90).replace(/\n/g, " ")}`);
  for (const g of score.funding.falseNegatives) console.log(`  ${score.id} MISSED funding ${g.funder} → ${g.recipient} | ${g.evidence}`);
  for (const p of score.funding.falsePositives) console.log(`  ${score.id} EXTRA  funding ${p.funder} → ${p.recipient} | ${p.sentence.slice(0, 90)}`);
}

if (process.argv[1]?.endsWith("eval/run.ts")) main();
