import { type ParagraphContext, pickPhrase, resolvePick } from "./context";
import { compiled } from "./lexicon";
import { appositiveName, type NamePick, phraseAfter, pickName } from "./names";
import { ABBREVIATION, framesOf, peopleIn, type Speaker, verbAlternation, verbPattern } from "./quote-frames";
import { type QuotedSpan, WORDS } from "./quote-marks";
import { isPronoun, pronounSpeaker } from "./quote-pronouns";

/** Speakers named after the quotation ("…,” said X", «…», — заявил X) or inside it, in an incise. */

/** Skips "to RT", "à RT France", "gegenüber RT DE", "в марте" between a verb and the speaker. */
export function skipAudience(context: ParagraphContext, from: number, until: number): number {
  const audience = framesOf(context).audience;
  for (let round = 0; round < 3; round++) {
    const match = audience.exec(context.text.slice(from, until));
    if (!match || match[0].length === 0) break;
    from += match[0].length;
  }
  return from;
}

/**
 * The speaker named after a reporting verb: "…, — заявил в марте директор агентства Саидмурод Рахимзода",
 * "a expliqué à RT France le commandant adjoint de la base, le colonel Andreï Vakhrouchev".
 */
export function speakerAfterVerb(context: ParagraphContext, verbEnd: number, until: number): { pick: NamePick; end: number } | null {
  const { text } = context;
  const skipped = skipAudience(context, verbEnd, until);
  const from = skipped + (text.slice(skipped, until).length - text.slice(skipped, until).trimStart().length);
  let rest = text.slice(from, until);
  const stop = framesOf(context).nameStop.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.replace(/[\s.!?…:;,]+$/u, "");
  const person = peopleIn(context, rest)[0];
  if (person) return { pick: { name: person.name, anonymous: false }, end: from + person.index + person.name.length };
  const phrase = appositiveName(text, phraseAfter(text, from, from + rest.length, context.lexicon), from + rest.length);
  const pick = pickPhrase(context, phrase);
  return pick ? { pick, end: phrase?.end ?? from } : null;
}

/** The speaker named after the closing mark: "…,” says a prison guard", «…», — заявил он. */
export function speakerAfter(context: ParagraphContext, quoteStart: number, end: number, sentenceEnd: number): (Speaker & { byVerb: boolean }) | null {
  const rest = context.text.slice(end, sentenceEnd);
  const lead = /^[\s,.:;!?…]*(?:[—–-]\s*)?/u.exec(rest)![0];
  const body = rest.slice(lead.length);
  const base = end + lead.length;
  // French inversion: "a-t-il déclaré", "explique-t-il", "dit-elle".
  const french = /^(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+\p{L}+|\p{L}+-t-(?:il|elle|ils|elles)|\p{L}+-(?:il|elle|ils|elles))(?![\p{L}])/u.exec(body);
  if (french) return verbSpeaker(pronounSpeaker(context, quoteStart, french[0]), base + french[0].length);
  const according = compiled(`^(?:${context.lexicon.cuesBeforeSource})\\s+`, "iu").exec(body);
  if (according) {
    const phrase = phraseAfter(context.text, base + according[0].length, sentenceEnd, context.lexicon);
    const pick = pickPhrase(context, phrase);
    return pick ? { pick, cueEnd: phrase?.end ?? base, byVerb: false, credited: false } : null;
  }
  const verb = verbPattern(context).exec(body);
  if (!verb) return null;
  const between = body.slice(0, verb.index);
  const verbEnd = base + verb.index + verb[0].length;
  if (verb.index === 0) {
    const after = speakerAfterVerb(context, verbEnd, sentenceEnd);
    return after ? verbSpeaker(after.pick, after.end) : null;
  }
  if (/[.!?;]/u.test(between.replace(ABBREVIATION, ""))) return null;
  // "…,” Nagina, an office worker from Gorno-Badakhshan, explained": a name and its appositive.
  const appositive = /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3}),\s+(?:a|an|the|un|une|le|la|l['’]|ein|eine|der|die|das|\p{N}|\p{Ll})/u.exec(between);
  if (appositive) {
    const pick = pickName(appositive[1]!, context.lexicon);
    if (pick && !pick.reference) return verbSpeaker(pick, verbEnd);
  }
  const count = between.match(WORDS)?.length ?? 0;
  // "…,” political analyst Dr. Timur Sadykov of the Bishkek Institute of Strategic Studies told RT."
  const person = count > 6 && count <= 16 ? peopleIn(context, between)[0] : undefined;
  if (person) return verbSpeaker({ name: person.name, anonymous: false }, verbEnd);
  // "…,” he remembers" / "…”, Lapenko added": a short subject right before the verb.
  if (count > 6) return null;
  const pick = pickName(between.trim(), context.lexicon);
  const resolved = isPronoun(context, pick) ? pronounSpeaker(context, quoteStart, pick!.name) : resolvePick(context, pick, base);
  return verbSpeaker(resolved, verbEnd);
}

export function verbSpeaker(pick: NamePick | null, cueEnd: number): (Speaker & { byVerb: boolean }) | null {
  return pick ? { pick, cueEnd, byVerb: true, credited: true } : null;
}

/** "« Le pouvoir, a lancé devant le tribunal la rédactrice en chef X, veut… »": the speaker inside the marks. */
export function speakerInside(context: ParagraphContext, quoted: QuotedSpan): Speaker | null {
  const inner = context.text.slice(quoted.start + 1, quoted.end - 1);
  const incise = compiled(`,\\s*((?:${verbAlternation(context.lexicon)})|\\p{L}+-t-(?:il|elle)|\\p{L}+-(?:il|elle))(?![\\p{L}])([^,]{0,90}),\\s`, "iu").exec(inner);
  if (!incise) return null;
  const at = quoted.start + 1 + incise.index + incise[0].indexOf(incise[1]!);
  if (/-(?:il|elle)$/iu.test(incise[1]!)) {
    const pick = pronounSpeaker(context, quoted.start, incise[1]!);
    return pick ? { pick, cueEnd: quoted.end, credited: true } : null;
  }
  const named = speakerAfterVerb(context, at + incise[1]!.length, at + incise[1]!.length + incise[2]!.length);
  return named ? { pick: named.pick, cueEnd: quoted.end, credited: true } : null;
}
