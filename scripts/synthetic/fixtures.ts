import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The raw material of the synthetic corpus: titles and paragraphs of the repository's real sample and
 * annotated articles, per language, so generated texts have the shapes (length, punctuation, quoting,
 * figures) of the real ones.
 */

export type CorpusLanguage = "en" | "ru" | "fr" | "de";
export const CORPUS_LANGUAGES: CorpusLanguage[] = ["en", "ru", "fr", "de"];

export interface FixturePool {
  titles: Record<CorpusLanguage, string[]>;
  paragraphs: Record<CorpusLanguage, string[]>;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, "").replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, " ").trim();
}

function usable(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  return words >= 12 && words <= 160 && !/https?:\/\//.test(paragraph);
}

function fromText(text: string): { title: string | null; paragraphs: string[] } {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.replace(/\s+/g, " ").trim()).filter(Boolean);
  const title = blocks[0] && blocks[0].split(/\s+/).length <= 20 ? blocks[0] : null;
  return { title, paragraphs: blocks.filter(usable) };
}

function fromHtml(html: string): { title: string | null; paragraphs: string[] } {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const paragraphs = [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)].map((m) => stripTags(m[1]!)).filter(usable);
  return { title: h1 ? stripTags(h1[1]!) : null, paragraphs };
}

export function loadFixtures(root = process.cwd()): FixturePool {
  const pool: FixturePool = {
    titles: { en: [], ru: [], fr: [], de: [] },
    paragraphs: { en: [], ru: [], fr: [], de: [] },
  };
  const add = (language: CorpusLanguage, read: { title: string | null; paragraphs: string[] }) => {
    if (read.title) pool.titles[language].push(read.title);
    pool.paragraphs[language].push(...read.paragraphs);
  };
  for (const language of CORPUS_LANGUAGES) {
    const dir = path.join(root, "eval", "annotated", language);
    for (const file of readdirSync(dir).sort()) {
      const content = readFileSync(path.join(dir, file), "utf8");
      if (file.endsWith(".txt")) add(language, fromText(content));
      else if (file.endsWith(".html")) add(language, fromHtml(content));
    }
  }
  // The sample's scraped English export (page furniture lines are too short to be paragraphs).
  add("en", { ...fromText(readFileSync(path.join(root, "sample", "scraped-opinion-central-asia.txt"), "utf8")), title: null });
  for (const language of CORPUS_LANGUAGES) {
    if (!pool.paragraphs[language].length || !pool.titles[language].length) throw new Error(`No ${language} fixture texts found under eval/annotated/${language}`);
  }
  return pool;
}
