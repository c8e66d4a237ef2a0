import { compiled } from "./lexicon";
import { pickPhrase, type ParagraphContext } from "./context";
import { appositiveName, phraseAfter, phraseBefore } from "./names";
import type { StatedSource } from "./types";

/**
 * Attributions: "according to X", "X reported that", "said X", "по данным X", "selon X", "laut X".
 * A cue inside a quotation, or one that already named a quote's speaker, is not counted twice.
 */

/** Verbs that report by themselves; the others ("announced", "confirmed") need "that", a colon or inversion. */
const SELF_REPORTING =
  /^(?:said|says|say|told|tells|tell|reported|reports|wrote|writes|estimated|estimates|explained|explains|stated|stressed|claimed|claims|noted|added|сообщил[аио]?|сообщает|сообщают|заявил[аио]?|заявляет|сказал[аио]?|пишет|пишут|передает|передаёт|рассказал[аио]?|считает|a déclaré|ont déclaré|a dit|a affirmé|a indiqué|rapporte|a rapporté|estime|affirme|explique|sagte|sagten|erklärte|teilte|berichtete|berichtet|schrieb|betonte)$/iu;

const GERMAN_FRONT = /^(?:Am|Im|In|Nach|Vor|Bei|Zuletzt|Dazu|Dort|Damals|Zudem|Auch|Zuvor|Jetzt|Nun|Gestern|Heute|So|Dabei)$/u;

export function findAttributions(context: ParagraphContext, taken: { start: number; end: number }[]): StatedSource[] {
  const sources: StatedSource[] = [];
  const inside = (offset: number) => taken.some((t) => offset >= t.start && offset < t.end);
  const cue = compiled(`(?<![\\p{L}])(?:${context.lexicon.cuesBeforeSource})(?![\\p{L}])`, "giu");
  const verb = compiled(`(?<![\\p{L}-])(?:${context.lexicon.reportingVerbs})(?![\\p{L}])`, "giu");
  for (const sentence of context.sentences) {
    const body = sentence.text;
    for (const match of body.matchAll(cue)) {
      const at = sentence.start + match.index;
      if (inside(at)) continue;
      const phrase = phraseAfter(context.text, at + match[0].length, sentence.end, context.lexicon);
      const pick = pickPhrase(context, phrase);
      if (pick && phrase) sources.push(source(pick, sentence.text, at, phrase.end));
    }
    for (const match of body.matchAll(verb)) {
      const at = sentence.start + match.index;
      if (inside(at) || sources.some((s) => at >= s.start && at < s.end)) continue;
      const word = match[0];
      const after = context.text.slice(at + word.length, sentence.end);
      const before = context.text.slice(sentence.start, at);
      const complemented = /^\s*(?:that|que|qu['’]|что|dass|:|,\s*(?:that|что|dass))/iu.test(after) || /^\s*[,:]/u.test(after);
      // "…, сообщает Tengrinews." / "…, said the ministry in a statement.": a short clause closing the sentence
      // after a comma names the source after the verb.
      const closing = /,\s*$/u.test(before) && !/[,;:]/u.test(after.replace(/[.!?…]+\s*$/u, "")) && (after.match(/\S+/g)?.length ?? 0) <= 10;
      const inverted = /(?:[”»“"’]\s*,?|[—–:])\s*$/u.test(before) || before.trim().length === 0 || closing;
      if (!SELF_REPORTING.test(word) && !complemented && !inverted) continue;
      let subject = inverted ? null : phraseBefore(context.text, sentence.start, at, context.lexicon);
      if (subject && context.lexicon.language === "de" && GERMAN_FRONT.test(subject.text.split(/\s+/)[0]!)) subject = null;
      // "X data show": only data, figures and studies show anything.
      if (/^(?:show|shows|showed|montrent|montre)$/iu.test(word) && !/(?:data|figures|statistics|study|survey|poll|results|documents|records|données|chiffres)(?:\s+\S+){0,3}\s*$/iu.test(subject?.text ?? "")) continue;
      let pick = pickPhrase(context, subject);
      let end = at + word.length;
      if (!pick) {
        const object = closing
          ? trailingPhrase(context.text, at + word.length, sentence.end)
          : appositiveName(context.text, phraseAfter(context.text, at + word.length, sentence.end, context.lexicon), sentence.end);
        pick = /^\s*(?:that|que|qu['’]|что|dass|about|on|to|à|of|in|at|during|en|dans|в|im|am|on\s+\p{L}+day)\b/iu.test(object?.text ?? "") ? null : pickPhrase(context, object);
        if (object) end = object.end;
      }
      if (pick) sources.push(source(pick, sentence.text, subject && pick ? subject.start : at, end));
    }
  }
  return sources;
}

/** The rest of the sentence after an inverted verb, without its final punctuation. */
function trailingPhrase(text: string, from: number, to: number) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim().replace(/[.!?…”»"]+$/u, "");
  return body ? { text: body, start: from + lead, end: from + lead + body.length } : null;
}

function source(pick: { name: string; anonymous: boolean }, sentence: string, start: number, end: number): StatedSource {
  return { kind: "attribution", name: pick.name, url: null, domain: null, quote: null, anonymous: pick.anonymous, sentence, start, end };
}
