import { readFile } from "node:fs/promises";
import { extractStatements, type Extraction } from "../lib/extract";
import { htmlToPlainText } from "../lib/text/plain-text";
import { UsageError, type CommandOutput } from "./cli-commands";
import { decodeBody } from "./decode";
import { extractArticle } from "./extract-article";
import { sanitiseHtml } from "./sanitise";

/**
 * The `extract` contract (DESIGN.md §4): stated sources and funding claims of one article, given as a
 * full page (its main content is extracted first), an HTML body, or plain text.
 */

const FULL_PAGE = /<!doctype html|<html[\s>]|<body[\s>]/i;
const HTML_FRAGMENT = /<(?:p|a|div|figure|figcaption|blockquote|br|h[1-6]|ul|li|span|em|strong)[\s>/]/i;

export interface ArticleInput {
  text: string;
  html: string | null;
  language: string | null;
}

/** The plain text and sanitised HTML of whatever the file holds. */
export function readArticleInput(source: string, url?: string): ArticleInput {
  if (FULL_PAGE.test(source)) {
    const article = extractArticle(source, { url });
    return { text: article.text, html: article.html, language: article.language };
  }
  if (HTML_FRAGMENT.test(source)) {
    const html = sanitiseHtml(source);
    return { text: htmlToPlainText(html), html, language: null };
  }
  return { text: source.replace(/\r\n?/g, "\n"), html: null, language: null };
}

export async function extractCommand(file: string, url?: string, language?: string): Promise<CommandOutput> {
  if (language !== undefined && !/^[a-z]{2}$/.test(language)) throw new UsageError(`--lang takes a two-letter language code, not "${language}"`);
  const source = decodeBody(await readFile(file)).text;
  const input = readArticleInput(source, url);
  const extraction = extractStatements({ text: input.text, html: input.html, language: language ?? input.language, url });
  return { json: contractOf(extraction), text: describe(extraction) };
}

/** Exactly the contract's fields, in its order. */
export function contractOf(extraction: Extraction): Extraction {
  return {
    language: extraction.language,
    sources: extraction.sources.map(({ kind, name, url, domain, quote, anonymous, sentence, start, end }) => ({ kind, name, url, domain, quote, anonymous, sentence, start, end })),
    fundingClaims: extraction.fundingClaims.map(({ funder, recipient, amount, currency, year, relation, selfDisclosed, hedged, attributedTo, sentence, start, end }) => ({ funder, recipient, amount, currency, year, relation, selfDisclosed, hedged, attributedTo, sentence, start, end })),
  };
}

function describe(extraction: Extraction): string {
  const lines = [`Language: ${extraction.language}`, "", `Stated sources (${extraction.sources.length}):`];
  for (const s of extraction.sources) lines.push(`  ${s.kind.padEnd(11)} ${s.name}${s.anonymous ? " (anonymous)" : ""}${s.url ? `  ${s.url}` : ""}`);
  lines.push("", `Funding claims (${extraction.fundingClaims.length}):`);
  for (const f of extraction.fundingClaims) {
    const money = f.amount !== null ? ` ${f.amount.toLocaleString("en")} ${f.currency ?? ""}` : "";
    const flags = [f.selfDisclosed && "self-disclosed", f.hedged && "hedged", f.attributedTo ? `according to ${f.attributedTo}` : "unattributed"].filter(Boolean).join(", ");
    lines.push(`  ${f.funder ?? "?"} → ${f.recipient ?? "?"}  ${f.relation}${money}${f.year ? ` (${f.year})` : ""}  [${flags}]`);
  }
  return lines.join("\n");
}
