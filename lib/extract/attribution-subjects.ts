import type { TextSpan } from "../text/sentences";
import { DATA_WORD, patterns } from "./attribution-patterns";
import { type ParagraphContext, pickPhrase, sameName } from "./context";
import { fullNames, type NamePick, pickName } from "./names";

/** Who a phrase around a cue or verb names: a subject, a role with a name, or a description that stands as the source. */

/**
 * Where the subject before a verb ends: fillers and auxiliaries ("a de son côté", "has also") and a "citing"
 * aside ("издание «Азия-Плюс» со ссылкой на Минэнерго сообщало") are not part of it.
 */
export function subjectEnd(context: ParagraphContext, from: number, at: number): number {
  let region = context.text.slice(from, at);
  const aside = patterns(context.lexicon).citingAside.exec(region);
  if (aside && aside.index > 0) region = region.slice(0, aside.index);
  const filler = patterns(context.lexicon).trailingFillers;
  region = region.replace(filler, "");
  return from + region.length;
}

/** A subject's pick; the outlet's own documents or interviewees ("Documents obtained by Kloop") stay descriptions. */
export function subjectPick(context: ParagraphContext, subject: TextSpan): NamePick | null {
  const raw = pickName(subject.text, context.lexicon);
  const described = raw?.reference ? describedEarlier(context, raw.name, subject.start) : null;
  if (described) return described;
  const pick = pickPhrase(context, subject);
  if (pick) return pick;
  if (raw && !raw.reference && context.outletName && sameName(raw.name, context.outletName) && /\s(?:by|from|par|von)\s/iu.test(subject.text)) {
    return { name: withoutDeterminer(context, subject.text), anonymous: true };
  }
  if (DATA_WORD.test(subject.text) && raw?.reference) return { name: withoutDeterminer(context, subject.text), anonymous: true };
  return null;
}

/** "the teacher said" after "a teacher at one of the clubs … said": the source found before with that head noun, anonymous or not. */
export function describedEarlier(context: ParagraphContext, description: string, position: number): NamePick | null {
  const head = description.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (head.length < 4 || patterns(context.lexicon).pronoun.test(head)) return null;
  const earlier = context.found
    .filter((s) => (s.kind === "quote" || s.kind === "attribution") && s.start >= context.lookbackStart && s.start < position)
    .filter((s) => s.name.toLowerCase().split(/\s+/).includes(head));
  const last = earlier.at(-1);
  return last ? { name: last.name, anonymous: last.anonymous } : null;
}

export function withoutDeterminer(context: ParagraphContext, text: string): string {
  const leading = patterns(context.lexicon).leadingDeterminers;
  return text.replace(leading, "").trim();
}

/**
 * A description that names no one after a cue ("according to the 2021 census", "selon l'acte d'accusation",
 * "пишет издание", "по словам депутата"): the description is the source when nothing earlier resolves it.
 */
export function describedSource(context: ParagraphContext, phrase: TextSpan): NamePick | null {
  const raw = pickName(phrase.text, context.lexicon);
  if (!raw || !raw.reference) return null;
  if (patterns(context.lexicon).pronoun.test(raw.name)) return null;
  const name = raw.name.replace(/[’']s$/u, "").replace(/^(?:l|d)['’]/iu, "");
  if (name.split(/\s+/).length > 5 || !/\p{L}{3}/u.test(name)) return null;
  if (!patterns(context.lexicon).describedSource.test(name)) return null;
  // "агентство «Кабар»", "die Zeitung „Vecherni Bischkek“": the description's own name in quotation marks.
  const quoted = /^\s*[«„“"]([^»“”"«„]{2,60})[»“”"]/u.exec(phrase.text.slice(phrase.text.indexOf(raw.name) + raw.name.length) + context.text.slice(phrase.end, phrase.end + 70));
  if (quoted && phrase.text.includes(raw.name)) return { name: quoted[1]!.trim(), anonymous: false };
  return { name, anonymous: false };
}

/** "как заявил министр труда, миграции … Таджикистана Азиз Хасанзода": a role, then the person's name further on. */
export function roleWithName(context: ParagraphContext, phrase: TextSpan, until: number): { pick: NamePick; end: number } | null {
  const raw = pickName(phrase.text, context.lexicon);
  if (!raw?.reference || !patterns(context.lexicon).roleNoun.test(phrase.text)) return null;
  const rest = context.text.slice(phrase.end, Math.min(until, phrase.end + 120));
  const clause = rest.split(/[.;:«»“”„"!?]/u)[0] ?? "";
  const name = fullNames(clause)[0];
  // Within the role's own phrase: a few genitives and commas, no second clause.
  if (!name || (clause.slice(0, name.index).match(/\S+/g)?.length ?? 0) > 8) return null;
  const parts = name.name.split(/\s+/);
  const person = parts.slice(-2).join(" ");
  return { pick: { name: person, anonymous: false }, end: phrase.end + name.index + name.name.length };
}
