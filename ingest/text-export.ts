import type { ScrapeRules } from "../db/schema/outlets";
import { creditsInText } from "./extract-article/credits";
import { buildArticleRecord, canonicalUrl } from "./normalise";
import { sanitiseHtml } from "./sanitise";
import type { ArticleRecord } from "./types";

/**
 * A scraped text export (one article, plain text, blank lines between paragraphs) becomes an
 * article record. The outlet's rules name its page furniture; the first remaining line is the title.
 */

export interface TextExportOptions {
  url?: string | null;
  /** Null: the date is unknown and stays so. */
  publishedAt?: Date | null;
  language?: string | null;
}

export class TextExportError extends Error {
  readonly code = "empty_text";
}

type Block = string[];

export function parseTextExport(text: string, rules: ScrapeRules, options: TextExportOptions = {}): ArticleRecord {
  const dropped: Block[] = [];
  const blocks = cleanBlocks(toBlocks(text), rules, dropped);
  const titleBlock = blocks.shift();
  const title = titleBlock?.join(" ").trim();
  if (!title || blocks.length === 0) {
    throw new TextExportError("The text has no title line followed by body text");
  }
  const contentHtml = sanitiseHtml(blocks.map(blockToHtml).join("\n"));
  return buildArticleRecord(
    {
      guid: null,
      url: canonicalUrl(options.url),
      title,
      authors: [],
      categories: [],
      publishedAt: options.publishedAt ?? null,
      updatedAt: null,
      language: options.language ?? null,
      summary: null,
      contentHtml,
      contentText: blocks.map((b) => b.join("\n")).join("\n\n"),
      // Teaser cards are not this article's text, but their photo credits say whose pages these are.
      credits: creditsInText(dropped.map((b) => b.join("\n")).join("\n")),
    },
    `title:${title.toLowerCase().replace(/\s+/g, " ")}`,
  );
}

function toBlocks(text: string): Block[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) => block.split("\n").map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim()).filter(Boolean))
    .filter((block) => block.length > 0);
}

const matches = (line: string, patterns: string[] | undefined) =>
  !!patterns?.some((p) => line.localeCompare(p, undefined, { sensitivity: "base" }) === 0);

/** The article's blocks; teaser cards that were dropped go to `dropped`. */
function cleanBlocks(blocks: Block[], rules: ScrapeRules, dropped: Block[]): Block[] {
  const kept: Block[] = [];
  let beforeTitle = true;
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i]!.filter((line) => !matches(line, rules.dropLines));
    if (beforeTitle) block = dropLeading(block, rules.leadingNoise);
    const endAt = block.findIndex((line) => matches(line, rules.endMarkers));
    if (endAt >= 0) {
      if (endAt > 0) kept.push(block.slice(0, endAt));
      break;
    }
    if (block.length === 1 && matches(block[0]!, rules.teaserMarkers)) {
      if (isTeaserCard(blocks[i + 1])) dropped.push(blocks[++i]!);
      continue;
    }
    if (block.length === 0) continue;
    kept.push(block);
    beforeTitle = false;
  }
  return kept;
}

function dropLeading(block: Block, noise: string[] | undefined): Block {
  let start = 0;
  while (start < block.length && matches(block[start]!, noise)) start++;
  return block.slice(start);
}

/** A teaser card is an image caption with its credit and the teaser's headline, never body prose. */
function isTeaserCard(block: Block | undefined): boolean {
  if (!block) return false;
  const hasCredit = block.some((line) => /©|\(c\)|photo:/i.test(line));
  return hasCredit && block.length <= 3;
}

// A short line without closing punctuation between paragraphs is a subheading.
const isHeading = (block: Block) => block.length === 1 && block[0]!.length <= 80 && !/[.!?:;…"”’)]$/.test(block[0]!);

function blockToHtml(block: Block): string {
  const inner = block.map(escapeHtml).join("<br>");
  return isHeading(block) ? `<h3>${inner}</h3>` : `<p>${inner}</p>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
