import type { Lexicon } from "./lexicon";
import type { StatedSource } from "./types";

/** The word lists and per-lexicon patterns that tell a reporting cue from an ordinary word. */

/** Verbs that report by themselves; the others ("announced", "confirmed") need "that", a colon or inversion. */
export const SELF_REPORTING = new RegExp(
  String.raw`^(?:${[
    "said", "says", "say", "told", "tells", "tell", "reported", "reports", "wrote", "writes", "estimated",
    "estimates", "explained", "explains", "stated", "stressed", "claimed", "claims", "noted", "added", "denied",
    "denies", "confirmed", "confirms", "bestätigte", "bestätigt", "a confirmé", "confirme", "подтвердил[аио]?",
    "show", "shows", "showed", "montrent", "montre", "zeigen", "zeigt", "сообщил[аио]?", "сообщает", "сообщают",
    "сообщал[аио]?", "заявил[аио]?", "заявляет", "сказал[аио]?", "пишет", "пишут", "писал[аио]?", "передает",
    "передаёт", "рассказал[аио]?", "считает", "напомнил[аио]?", "приводит", "привод[ия]т", "цитирует",
    "назвал[аио]?", "отрицает", "отрицают", "a déclaré", "ont déclaré", "a dit", "a affirmé", "a indiqué",
    "rapporte", "a rapporté", "estime", "affirme", "explique", "indique", "raconte", "rappelle", "cite",
    "fait état", "a fait état", "démentent", "dément", "sagte", "sagten", "sagt", "erklärte", "teilte",
    "berichtete", "berichtet", "meldete", "meldeten", "meldet", "schrieb", "betonte", "zitiert", "zitierte", "fügte", "ergänzte", "bestritt",
    "bestreitet",
  ].join("|")})$`,
  "iu",
);

/** Verbs whose subject passes on someone else's words ("Kloop zitiert einen Zollbeamten"): the quotation they carry is not theirs. */
export const RELAYING = /^(?:zitiert|zitierte|цитирует|цитируют|cite|citent|quotes|quoted|cites|cited)$/iu;

/** Words German fronts before the verb instead of the subject: the source then stands after the verb. */
export const GERMAN_FRONT = /^(?:Am|Im|In|Nach|Vor|Bei|Zuletzt|Dazu|Dort|Damals|Zudem|Auch|Zuvor|Jetzt|Nun|Gestern|Heute|So|Dabei)$/u;

/** "that"-clauses may stand a few words after the verb: "warned the Central Asian republics that", "rappelle enfin que". */
export const COMPLEMENT = /^\s*(?:[^\s,.;:!?«»“”„"]+\s+){0,8}?(?:that|que|qu['’]|что|dass)(?![\p{L}])/iu;

/** "said goodbye to", "say yes": idioms, not reporting. */
export const IDIOM_OBJECT = /^\s*(?:goodbye|farewell|hello|yes|no|thanks)\b/iu;

/** "as Nagina highlights", "comme le souligne X", "wie X betonte", "как отметил X": the clause reports by itself. */
export const AS_CLAUSE = /(?:^|[\s,])(?:as|comme|wie|как)\s+(?:\S+\s+){0,5}$/iu;

/** A relative clause ahead of the verb ("данных МВД, которые приводит ТАСС") leaves the source after it. */
export const RELATIVE_BEFORE = /(?:котор\p{L}+|que|qu['’])\s*$/iu;

/** "Об этом на заседании сообщил X", "Это подтвердил X": Russian puts the speaker after the verb when the clause opens on what is reported. */
/** "Das teilte das Innenministerium mit": German fronts what is reported, and the speaker follows the verb. */
export const GERMAN_TOPIC_FIRST = /^(?:Das|Dies|Dieses|Darüber|Davon|Demnach|Das alles|Dies alles)$/u;

export const RUSSIAN_TOPIC_FIRST = /^(?:Об этом|Это|Так|О том же)(?![\p{L}])/u;

/** Impersonal third-person plural ("в пресс-службе сообщили"): the place named with «в» speaks. */
export const IMPERSONAL_PLURAL = new RegExp(
  String.raw`(?<![\p{L}])(?:${[
    "заявили", "сообщили", "подтвердили", "пояснили", "отметили", "рассказали", "уточнили", "добавили",
    "признали", "сообщают", "заявляют", "считают", "подчеркнули",
  ].join("|")})(?![\p{L}])`,
  "giu",
);

/** "hieß es weiter", "heißt es": the source of the previous sentence goes on speaking. */
export const IMPERSONAL_CONTINUATION = /^(?:hieß|heißt)\s+es(?:\s+(?:weiter|ergänzend|zudem|außerdem))?$/iu;

/** What data, documents and studies say: "International Monetary Fund data show", "Documents obtained by Kloop show". */
export const DATA_WORD = /(?<![\p{L}])(?:data|figures|statistics|study|studies|survey|poll|results|documents?|records|reports?|census|données|chiffres|études?|Daten|Zahlen|Dokumente|Unterlagen|[Дд]анные|[Цц]ифры|[Сс]татистика)(?![\p{L}])/iu;

export type Inside = (offset: number) => boolean;

/** One language's patterns, compiled once: lexicon alternations are long, and hashing them on every lookup is not free. */
export const PATTERNS = new WeakMap<Lexicon, ReturnType<typeof compilePatterns>>();

export function patterns(lexicon: Lexicon) {
  let p = PATTERNS.get(lexicon);
  if (!p) PATTERNS.set(lexicon, (p = compilePatterns(lexicon)));
  return p;
}

export function compilePatterns(l: Lexicon) {
  return {
    cues: new RegExp(`(?<![\\p{L}])(?:${l.cuesBeforeSource})(?![\\p{L}])`, "giu"),
    pronounCues: new RegExp(`(?<![\\p{L}])(?:${l.pronounCues})(?![\\p{L}])`, "giu"),
    pronounCueHere: new RegExp(`^(?:${l.pronounCues})(?![\\p{L}])`, "iu"),
    verbs: new RegExp(`(?<![\\p{L}-])(?:${l.reportingVerbs})(?![\\p{L}])`, "giu"),
    verb: new RegExp(`(?<![\\p{L}-])(?:${l.reportingVerbs})(?![\\p{L}])`, "iu"),
    pronounAfter: new RegExp(`^\\s+(${l.pronouns})(?:\\s+(?:${l.verbFillers}))*(?:\\s+(?:hinzu|weiter|fort))?\\s*[.!?…]*\\s*$`, "iu"),
    citingAside: new RegExp(`\\s(?:${l.citingAsides})\\s[^,]*$`, "iu"),
    trailingFillers: new RegExp(`(?:\\s+(?:${l.verbFillers}))+\\s*$`, "iu"),
    pronoun: new RegExp(`^(?:${l.pronouns})$`, "iu"),
    leadingDeterminers: new RegExp(`^(?:(?:${l.determiners}|${l.indefinites}|all|most|tous|toutes|alle)\\s+)+`, "iu"),
    describedSource: new RegExp(`(?<![\\p{L}])(?:${l.describedSources})`, "iu"),
    roleNoun: new RegExp(`(?:${l.roleNouns})`, "iu"),
  };
}

/** Cue and verb readings build their results alike, so the shape of an attribution is set once. */
export function source(pick: { name: string; anonymous: boolean }, sentence: string, start: number, end: number): StatedSource {
  return { kind: "attribution", name: pick.name, url: null, domain: null, quote: null, anonymous: pick.anonymous, sentence, start, end };
}
