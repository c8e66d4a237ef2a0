import type { FundingRelation } from "../types";

/** What one language's rules need: cue words, not code. Each list is a regular-expression alternation. */
export interface Lexicon {
  language: string;
  /** Phrases after which the source is named: "according to", "по данным", "selon", "laut". */
  cuesBeforeSource: string;
  /** Reporting verbs whose subject, or whose inverted subject after them, is the source. */
  reportingVerbs: string;
  /**
   * Verbs that credit quoted words to their subject without reporting anything by themselves: "called the
   * plan a “disaster”", "sprach von einem „Angriff“", "назвала эти сведения «неточными»".
   */
  quoteVerbs?: string;
  /** "по его словам", "selon lui", "according to him", "ihm zufolge": a cue whose source is a pronoun. */
  pronounCues: string;
  /** An aside inside a subject that names someone else's source: "со ссылкой на", "citing", "unter Berufung auf". */
  citingAsides: string;
  /** Nouns of people's roles: after them, a name may still follow ("министр труда … Азиз Хасанзода"). */
  roleNouns: string;
  /** Heads of descriptions that are sources without a name: "census", "acte d'accusation", "издание", "депутат". */
  describedSources: string;
  /** Adverbs and auxiliaries that may stand between a subject and its reporting verb. */
  verbFillers: string;
  pronouns: string;
  determiners: string;
  /** Words that start a description rather than a name: "a", "one", "some", "un", "ein". */
  indefinites: string;
  /** Nouns of unnamed sources: "source", "official", "witness", "источник", "Insider". */
  anonymousHeads: string;
  /** Words that end a name phrase: relative pronouns, conjunctions, prepositions of time. */
  phraseBreaks: string;
  /** Lower-case words allowed inside a name ("Ministry of Foreign Affairs", "Banque de France"). */
  nameConnectors: string;
  /** Words before the real source in a phrase: "data from", "les chiffres de", "Angaben". */
  sourcePrefixes: string;
  hedges: string;
  funding: FundingCue[];
  /** Sentences in which an outlet speaks about its own funding. */
  selfDisclosures: string[];
  /** Lines that open a teaser of another article ("Read more"): the headline after them is not a source. */
  teaserMarkers: string;
  /**
   * Kinds of organisation a party may be named by ("the outlet", "ce réseau", "этой компании"), in classes
   * that may stand for one another (media, organisations, companies), each word written from a lower-case
   * letter; the demonstratives before them; the copulas of "X is a news site".
   */
  partyKinds?: { kinds: string[]; demonstratives: string; copulas: string };
}

export interface FundingCue {
  /** Matched in the sentence; the funder and recipient are found around it as `roles` says. */
  pattern: string;
  relation: FundingRelation;
  /**
   * `subject-gets`: the subject before the cue is the recipient, the phrase after it the funder
   * ("X received a grant from Y", "X is funded by Y"); `subject-gives`: the subject is the funder, the phrase
   * after it the recipient ("Y gave a grant to X").
   */
  roles: "subject-gets" | "subject-gives";
}
