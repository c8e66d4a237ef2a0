import { z } from "zod";
import type { MarkerGroup } from "./lexicon";

/**
 * The lexicon as editors write it: each group a key, a label and one line per variant,
 * "Kiev = Kiev, Kiew, Киев*". Validated whole before anything is stored.
 */

const term = z.string().trim().min(1, "a term must not be empty").max(120, "a term is at most 120 characters")
  .refine((t) => /\p{L}/u.test(t), "a term needs a letter")
  .refine((t) => !t.slice(0, -1).includes("*"), "* may only end a term");

const variant = z.object({
  label: z.string().trim().min(1, "a variant needs a name").max(80),
  terms: z.array(term).min(1, "a variant needs at least one term").max(60),
});

const group = z
  .object({
    key: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "a group key is lower-case letters, digits and hyphens"),
    label: z.string().trim().min(1, "a group needs a name").max(120),
    variants: z.array(variant).min(2, "a group compares at least two variants").max(10),
  })
  .refine((g) => new Set(g.variants.map((v) => v.label.toLowerCase())).size === g.variants.length, "variant names repeat within a group");

export const lexiconSchema = z
  .array(group)
  .min(1, "keep at least one group")
  .max(50, "at most 50 groups")
  .refine((groups) => new Set(groups.map((g) => g.key)).size === groups.length, "group keys repeat");

/** "Kiev = Kiev, Kiew, Киев*" per line, as a variant; blank lines are skipped. */
export function parseVariantLines(text: string): { label: string; terms: string[] }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [label, terms = ""] = line.includes("=") ? [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] : [line, line];
      return { label: label!.trim(), terms: terms.split(",").map((t) => t.trim()).filter(Boolean) };
    });
}

export function formatVariantLines(group: MarkerGroup): string {
  return group.variants.map((v) => `${v.label} = ${v.terms.join(", ")}`).join("\n");
}
