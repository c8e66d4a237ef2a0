import { compiled } from "./lexicon";
import { sentenceAt, pickPhrase, type ParagraphContext } from "./context";
import { findMoney } from "./money";
import { party } from "./funding-parties";
import { phraseAfter } from "./names";
import type { FundingClaim } from "./types";

/**
 * An outlet's statements about its own money: donation appeals ("Novastan … fonctionne grâce à votre
 * participation") and support notes ("This investigation was supported by the X Fund"). One per paragraph.
 */

const BY = /(?<![\p{L}])(?:by|of|from|от|при (?:финансовой )?поддержке|par|de la|du|des|de|von|vom|durch|der|des)\s+/iu;
const APPEAL = /donat|participation|dons?\b|пожертвован|донат|Spende|unterstützen Sie|soutenez|support us|поддержите/iu;

export function findSelfDisclosure(context: ParagraphContext): FundingClaim | null {
  for (const pattern of context.lexicon.selfDisclosures) {
    const match = compiled(pattern, "iu").exec(context.paragraph.text);
    if (!match) continue;
    const at = context.paragraph.start + match.index;
    const sentence = sentenceAt(context, at)!;
    const cueEnd = at + match[0].length;
    const appeal = APPEAL.test(match[0]) || APPEAL.test(sentence.text);
    let funder: string | null = null;
    if (!appeal) {
      const rest = context.text.slice(cueEnd, sentence.end);
      const by = BY.exec(rest);
      const from = by && by.index < 30 ? cueEnd + by.index + by[0].length : cueEnd;
      // "при поддержке фонда «Открытое общество»", "von der Otto-Brenner-Stiftung gefördert": read as any funding party.
      funder = party(context, phraseAfter(context.text, from, sentence.end, context.lexicon)) ?? pickPhrase(context, phraseAfter(context.text, from, sentence.end, context.lexicon))?.name ?? null;
    }
    const money = findMoney(context.paragraph.text, context.lexicon.language, context.paragraph.start)[0] ?? null;
    return {
      funder, recipient: context.outletName ?? outletNamedIn(context.paragraph.text),
      amount: appeal ? (money?.amount ?? null) : null, currency: appeal ? (money?.currency ?? null) : null, year: null,
      relation: appeal ? "donation" : "supported_by", selfDisclosed: true, hedged: false, attributedTo: null,
      sentence: sentence.text, start: sentence.start, end: sentence.end,
    };
  }
  return null;
}

/** A paragraph that opens with the outlet's name ("Novastan est le seul média…") names the recipient. */
function outletNamedIn(paragraph: string): string | null {
  const match = /^(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)\s+(?:est|is|ist|—|–|-|это)\s/u.exec(paragraph);
  return match?.[1] ?? null;
}
