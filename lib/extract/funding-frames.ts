import { compiled } from "./lexicon";
import type { ParagraphContext } from "./context";
import { MONEY_WORD, type Money } from "./money";
import { phraseAfter } from "./names";
import { objectParty, party, subjectBefore } from "./funding-parties";
import { invertedRussian } from "./funding-russian";
import type { TextSpan } from "../text/sentences";
import type { FundingRelation } from "./types";

/**
 * Funding frames: a cue (a verb, a participle or a noun of funding) and where its two parties stand. Each
 * slot says how the party is found: the clause's subject before the cue, the object right after it (a
 * dative or accusative noun phrase), or the phrase a preposition introduces after the cue (or anywhere in
 * the sentence, for free word order: "An das Medienzentrum flossen … von der Stiftung"). The lexicon's
 * older cue list reads receipts and gifts with its own rules; these frames add the constructions it lacks.
 */

export type Slot = { subject: true } | { object: true } | { after: string } | { around: string } | { inCue: true };

export interface Frame {
  cue: string;
  relation: FundingRelation;
  funder: Slot;
  recipient: Slot;
  /** Money changes hands: the sentence must name a sum or a kind of money. */
  money?: boolean;
  /** The cue stands for this frame only when this too is in the sentence ("sich mit … beteiligt"). */
  requires?: string;
  /** Not a reading when the cue is followed by this: "founded by" is the passive, another frame. */
  notFollowedBy?: string;
  /** What a sentence must contain for the frame to be tried (the cue, unless a cheaper part of it is given). */
  anchor?: string;
  /** Money that reaches the recipient is a claim even when the giver is not named in the sentence. */
  funderOptional?: boolean;
  /** The cue holds a name (`\p{Lu}` only means upper case when the pattern is matched with case). */
  caseSensitive?: boolean;
  /** Not a reading when the cue is preceded by this (an auxiliary of the passive). */
  notPrecededBy?: string;
}

const SUBJECT = { subject: true } as const;
/** The cue's first group: "U.S.-funded", "vom Kreml finanzierte", "финансируемое Кремлём". */
const IN_CUE = { inCue: true } as const;
const OBJECT = { object: true } as const;

// Active founding and ownership name the founder or owner as subject and what they own as object.
const EN_PASSIVE_AUX = String.raw`(?:is|was|are|were|be|been|being|has|have|had)\s*$`;

/** Attributive participles name the funder inside the cue and the recipient right after it. */
function attributive(cue: (participles: string) => string, participles: Record<string, FundingRelation>): Frame[] {
  return Object.entries(participles).map(([words, relation]) => ({ cue: cue(words), anchor: words, relation, funder: IN_CUE, recipient: OBJECT, caseSensitive: true }));
}

const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}`;

/**
 * Nouns of funders and owners in a copular clause: "X is the largest donor of Y" (the subject gives) and
 * "the main donor of Y is X" (the complement gives). `be` is the copula, `of` what introduces the recipient.
 */
function donorNouns(be: string, nouns: Record<string, FundingRelation>, of: string | null): Frame[] {
  // Russian needs no preposition: the recipient is in the genitive ("спонсором фестиваля").
  const tail = of ? `\\s+(?:${of})` : "";
  return Object.entries(nouns).flatMap(([noun, relation]): Frame[] => [
    { cue: `(?:${be})\\s+(?:\\p{L}+\\s+){0,3}?(?:${noun})${tail}`, anchor: noun, relation, funder: SUBJECT, recipient: OBJECT },
    { cue: `(?:${noun})${tail}`, relation, funder: { after: be }, recipient: OBJECT, notPrecededBy: `(?:${be})\\s+(?:\\p{L}+\\s+){0,3}?$` },
  ]);
}

const FRAMES: Record<string, Frame[]> = {
  en: [
    ...donorNouns("is|are|was|were|remains|became", { "donors?|funders?|sponsors?|backers?|financiers?|benefactors?": "funding", "owners?|shareholders?|stakeholders?": "controlled_by", "founders?|co-founders?": "founded_by" }, "of"),
    // "The money was transferred to Kloop by the NED": the passive of giving names both after the participle.
    { cue: String.raw`(?:was|were|has been|have been|had been)\s+(?:given|granted|paid|provided|allocated|transferred|donated|awarded|disbursed|lent)`, relation: "funding", funder: { after: "by" }, recipient: { after: "to" }, money: true },
    // "Kloop's funding comes from the NED"
    { cue: String.raw`(${NAME})[’']s\s+(?:\w+\s+)?(?:funding|financing|money|income|revenue)\s+(?:comes?|came)\s+(?:\w+ly\s+)?from`, anchor: "comes|came", caseSensitive: true, relation: "funding", recipient: IN_CUE, funder: OBJECT },
    // "the U.S.-funded Radio Free Europe", "the Kremlin-backed channel RT"
    ...attributive((p) => `(${NAME})-(?:${p})`, { "funded|financed|sponsored|bankrolled": "funding", "backed|supported": "supported_by", "owned|controlled|run": "controlled_by", "founded": "founded_by" }),
    // "Funding for the channel ElTR comes from the state budget"
    { cue: String.raw`(?:funding|financing|money) for`, relation: "funding", funder: { after: "from" }, recipient: OBJECT },
    // "a $5 million grant from USAID to the Central Election Commission"
    { cue: String.raw`grants?|loans?|donations?|credits?`, relation: "funding", funder: { after: "from" }, recipient: { after: "to" }, money: true },
    // "the financing of the Rogun dam by the World Bank"
    { cue: String.raw`(?:financing|funding|sponsorship) of`, relation: "funding", funder: { after: "by" }, recipient: OBJECT },
    { cue: String.raw`founded|co-founded|established|set up`, relation: "founded_by", funder: SUBJECT, recipient: OBJECT, notFollowedBy: String.raw`^\s+(?:(?:in|on)\s+[\w\s]{1,20}?\s+)?by\b|^\s*(?:in|on|[,.;]|$)`, notPrecededBy: EN_PASSIVE_AUX },
    { cue: String.raw`owns|owned|controls|controlled`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT, notFollowedBy: String.raw`^\s+by\b`, notPrecededBy: EN_PASSIVE_AUX },
    { cue: String.raw`(?:holds?|held|has|had|owns?|owned)\s+(?:a|an|the)\s+(?:[\w.%-]+\s+){0,3}?(?:stakes?|shares?|interest)\s+in`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
    // "The Eurasian Development Bank, in which Russia and Kazakhstan hold the largest stakes": the owners follow "in which".
    { cue: String.raw`in which(?=\s+[^,;]{1,60}?\s(?:holds?|held|owns?|owned|has|have)\s+(?:[\w.%-]+\s+){0,4}?(?:stakes?|shares?|interest))`, anchor: "in which", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
    // "The NED has supported Kloop since 2016": support named as an act of the supporter.
    { cue: String.raw`(?:has|have|had)?\s*(?:also\s+)?(?:supports|supported|backs|backed)`, anchor: "supports|supported|backs|backed", relation: "supported_by", funder: SUBJECT, recipient: OBJECT, money: true, notFollowedBy: String.raw`^\s+by\b`, notPrecededBy: String.raw`(?:is|was|are|were|be|been|being)\s*$` },
    // "Kloop has been receiving grants from the NED", "Kloop relies on grants from the NED and Sida".
    { cue: String.raw`(?:receiv(?:es|ed|ing|e)|gets|got|obtain(?:s|ed)?|secur(?:es|ed)|accept(?:s|ed))(?=\s+(?:[\w’'.$€%-]+\s+){0,6}?from\s)`, anchor: String.raw`receiv|gets|got|obtain|secur|accept`, relation: "funding", funder: { after: "from" }, recipient: SUBJECT, money: true, notPrecededBy: String.raw`(?<![\p{L}])(?:that|which|who)\s+(?:\w+\s+)?$` },
    { cue: String.raw`(?:reli(?:es|ed) on|rely on|depends? on|depended on|lives? on|lived on)(?=\s+(?:\w+\s+){0,2}?(?:grants?|funding|money|donations?|subsidies|financing|loans?)\s+from\s)`, anchor: String.raw`reli|rely|depend|live`, relation: "funding", funder: { after: "from" }, recipient: SUBJECT },
    // "Kloop is financed through grants from the NED".
    { cue: String.raw`(?:financed|funded|supported|paid for|sustained)\s+(?:\w+ly\s+)?(?:through|via|with|by)\s+(?:\w+\s+){0,2}?(?:grants?|money|funding|donations?|loans?|subsidies|contributions)\s+from`, anchor: "financed|funded|supported|paid for|sustained", relation: "funding", funder: OBJECT, recipient: SUBJECT },
    // "Sida pays for most of Kloop's work".
    { cue: String.raw`(?:pays|paid|pay)\s+for(?:\s+(?:most|much|part|all|some|half)\s+of)?`, anchor: "pays|paid|pay", relation: "funding", funder: SUBJECT, recipient: OBJECT, notPrecededBy: EN_PASSIVE_AUX },
    // "Its funding comes from the NED", "Most of Kloop's budget comes from Western donors such as Sida".
    { cue: String.raw`(?:funding|financing|money|income|revenue|budget|support)\s+(?:comes?|came|stems?|derives?|is derived)\s+(?:\w+ly\s+)?from(?:\s+(?:[\w-]+\s+){0,2}?(?:donors|sponsors|funders)\s+(?:such as|like|including))?`, anchor: "comes|came|stems?|derive", relation: "funding", funder: OBJECT, recipient: SUBJECT },
    // "The outlet won a government contract worth $2 million": a contract pays its winner; who awards it may qualify it.
    { cue: String.raw`(?:won|wins|win|secured|got|(?:was|were|has been|have been)\s+awarded)\s+(?:a|an|the|two|three|several)?\s*(?:[$€£]?[\d.,]+\s*(?:million|billion|bn|m)?\s+)?(?:(government|state|ministry|municipal|city|regional|federal|\p{Lu}[\p{L}.’'-]*)[’']?s?\s+)?(?:contracts?|tenders?|state orders?|procurement orders?)`, anchor: "contract|tender|order", relation: "other", funder: IN_CUE, recipient: SUBJECT, money: true, funderOptional: true },
    // "The Information Ministry signed a contract worth 1.5 billion tenge with the channel KTK" (not a loan: the borrower signs that).
    { cue: String.raw`(?:signed|concluded|awarded)\s+(?:a|an|the)\s+(?:(?!loan|credit)[\w$€.,-]+\s+){0,4}?(?:contracts?|deals?)(?:\s+worth\s+[^,.;]{1,40}?)?\s+(?:with|to)`, anchor: "signed|concluded|awarded", relation: "other", funder: SUBJECT, recipient: OBJECT, money: true },
    // "The state budget covers most of the broadcaster's costs".
    { cue: String.raw`(?:covers?|covered|bears?|bore|pays? for|paid for)\s+(?:(?:most|part|all|much|half|the bulk)\s+of\s+)?(?:the\s+)?(?=[\p{L}.-]+[’']s\s+(?:costs|expenses|budget|spending|salaries|running costs))`, anchor: "cover|bear|bore|pay|paid", relation: "funding", funder: SUBJECT, recipient: OBJECT },
    // "Gazprom invested $50 million in the channel Mir", "Washington has poured $1.2 billion into RFE/RL".
    { cue: String.raw`(?:has|have|had)?\s*(?:invest(?:s|ed)?|poured|pours|pumped|pumps|sank|sunk)`, anchor: "invest|pour|pump|sank|sunk", relation: "funding", funder: SUBJECT, recipient: { after: "into|in" }, money: true, notPrecededBy: EN_PASSIVE_AUX },
    // "The ADB approved a $100 million loan for Kyrgyzstan", "has given more than $10 million to Kyrgyz NGOs".
    { cue: String.raw`(?:has|have|had)?\s*(?:also\s+)?(?:approved|approves|pledged|committed|earmarked|given|spent|set aside)`, anchor: "approv|pledg|commit|earmark|given|spent|set aside", relation: "funding", funder: SUBJECT, recipient: { after: "for|to|on" }, money: true, notPrecededBy: EN_PASSIVE_AUX },
    // "Kyrgyzstan took out a loan of $100 million from China Eximbank".
    { cue: String.raw`(?:took|takes|take|has taken|have taken)\s+out|borrowed|borrows`, anchor: "took|takes|take|taken|borrow", relation: "loan", funder: { after: "from" }, recipient: SUBJECT, money: true },
    // "NTV, owned by Gazprom", "Kloop, which is run by the Kloop Media Foundation": the participle and its agent.
    { cue: String.raw`(?:(?:is|was|are|were|has been|have been|being)\s+)?(?:(?:wholly|partly|partially|fully|majority|jointly|largely)[\s-]+)?(?:owned|run|controlled|operated|managed)\s+by`, anchor: "owned|run|controlled|operated|managed", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
    { cue: String.raw`(?:(?:is|was|are|were|has been|have been)\s+)?(?:founded|co-founded|established|set up|created|launched|started|opened)\s+(?:(?:in|on)\s+[\w\s]{1,20}?\s+)?by`, anchor: "founded|established|set up|created|launched|started|opened", relation: "founded_by", funder: OBJECT, recipient: SUBJECT },
    // "Gazprom bought the newspaper Izvestia", "Rossotrudnichestvo launched the Russian House".
    { cue: String.raw`bought|buys|acquired|acquires|purchased|took over|takes over`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT, notFollowedBy: String.raw`^\s+by\b`, notPrecededBy: EN_PASSIVE_AUX },
    { cue: String.raw`launched|created|opened`, relation: "founded_by", funder: SUBJECT, recipient: OBJECT, notFollowedBy: String.raw`^\s+(?:(?:in|on)\s+[\w\s]{1,20}?\s+)?by\b|^\s*(?:in|on|[,.;]|$)`, notPrecededBy: EN_PASSIVE_AUX },
    // "Gazprom sponsors the Ilkhom festival".
    { cue: String.raw`sponsors|sponsored|bankrolls|bankrolled`, relation: "funding", funder: SUBJECT, recipient: OBJECT, notFollowedBy: String.raw`^\s+by\b`, notPrecededBy: EN_PASSIVE_AUX },
    // "The channel belongs to the businessman Askar Akayev", "Sputnik is part of the state holding Rossiya Segodnya".
    { cue: String.raw`belongs?\s+to|belonged\s+to|(?:is|are|was|were)\s+(?:now\s+)?(?:part|a part|a subsidiary|a unit|a division)\s+of`, anchor: "belong|part|subsidiary|unit|division", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT, notFollowedBy: String.raw`^\s+(?:the\s+)?[\p{L}.-]+[’']s\s` },
  ],
  ru: [
    ...donorNouns("является|являются|являлся|являлась|был|была|были|стал|стала|стали|выступает|выступают|выступил|выступила|значится|значатся|указан[аы]?|—|–", { "донор\\p{L}*|спонсор\\p{L}*|грантодател\\p{L}*|инвестор\\p{L}*": "funding", "владел\\p{L}*|собственник\\p{L}*|акционер\\p{L}*": "controlled_by", "основател\\p{L}*|учредител\\p{L}*": "founded_by" }, null),
    ...attributive((p) => `(?:${p})\\s+(${NAME})`, { "[Фф]инансируем\\p{L}+|[Сс]понсируем\\p{L}+|[Оо]плачиваем\\p{L}+": "funding", "[Пп]оддерживаем\\p{L}+": "supported_by", "[Кк]онтролируем\\p{L}+|[Пп]одконтрольн\\p{L}+": "controlled_by", "[Оо]снованн\\p{L}+|[Уу]чрежденн\\p{L}+|[Уу]чреждённ\\p{L}+": "founded_by" }),
    // "Телеканал, почти полностью финансируемый из госбюджета, …": the participle after its noun, and its source.
    { cue: String.raw`(?:финансируем|спонсируем|поддерживаем|оплачиваем)\p{L}*(?=\s+(?:из|за\s+сч[её]т|от)\s)`, anchor: "финансируем|спонсируем|поддерживаем|оплачиваем", relation: "funding", funder: { after: "за счёт средств|за счет средств|за счёт|за счет|из|от" }, recipient: SUBJECT },
    // "На финансирование телеканала «Мир» из федерального бюджета выделено 4,2 млрд рублей"
    { cue: String.raw`выделен[оаы]?|направлен[оаы]?|предоставлен[оаы]?|перечислен[оаы]?|выделяется|выделяются|направят|выделят`, relation: "funding", funder: { around: "из|от" }, recipient: { around: "на|для" }, money: true, funderOptional: true },
    { cue: String.raw`владеет|владеют|владел[аои]?|контролирует|контролируют|контролировал[аои]?`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
    { cue: String.raw`финансирование|финансированию`, relation: "funding", funder: { after: "за счёт средств|за счет средств|за счёт|за счет|из|от" }, recipient: OBJECT, money: true },
    // "ТОО «Сарыарка Медиа Групп» выиграло тендер акимата на 50 млн тенге", "… получило госзаказ".
    { cue: String.raw`(?:выиграл[аио]?|выиграли|выигрывает|получил[аио]?|получили)\s+(?:\p{L}+\s+)?(?:тендер\p{L}*|контракт\p{L}*|госзаказ\p{L}*|госинформзаказ\p{L}*|заказ\p{L}*)`, anchor: "тендер|контракт|заказ", relation: "other", funder: OBJECT, recipient: SUBJECT, money: true, funderOptional: true },
    // "Акимат заключил с ТОО «…» договор на 20 млн тенге" (a loan agreement is signed by the borrower: not this).
    { cue: String.raw`(?:заключил[аио]?|заключили|подписал[аио]?|подписали)(?=\s+(?:\p{L}+\s+)?(?:с|со)\s)`, anchor: "заключил|подписал", relation: "other", funder: SUBJECT, recipient: { after: "с|со" }, money: true, notFollowedBy: String.raw`^[^.]*?(?:кредит|за[её]м|займ)` },
    { cue: String.raw`оплатил[аио]?|оплатили|оплачивает|оплачивают|заплатил[аио]?`, relation: "funding", funder: SUBJECT, recipient: OBJECT, money: true },
    // "Расходы телеканала «Хабар» покрываются из государственного бюджета".
    { cue: String.raw`покрыва\p{L}+|покрыт[аоы]?|покрывает|покрывают`, relation: "budget", funder: { after: "за счёт средств|за счет средств|за счёт|за счет|из" }, recipient: SUBJECT },
    // "«Газпром» приобрел газету «Известия»", "«Газпром» инвестировал 50 млн долларов в телеканал «Мир»".
    { cue: String.raw`приобр[её]л[аио]?|приобрели|купил[аио]?|выкупил[аио]?|приобретает|покупает`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
    { cue: String.raw`инвестировал[аио]?|инвестирует|инвестируют|вложил[аио]?|вложили|вкладывает`, relation: "funding", funder: SUBJECT, recipient: { after: "в|во" }, money: true },
    // "Кыргызстан взял кредит у Эксимбанка Китая".
    { cue: String.raw`(?:взял[аио]?|взяли|берет|берёт|берут|занял[аио]?|заняли)(?=\s+(?:\p{L}+\s+){0,2}?(?:кредит|заем|заём|займ))`, anchor: "взял|взяли|берет|берёт|берут|занял", relation: "loan", funder: { after: "у" }, recipient: SUBJECT },
    // "На счета фонда «Ынтымак» поступило 2 млн сомов от USAID".
    { cue: String.raw`поступил[аио]?|поступили|поступает|поступают|пришл[аои]|пришли`, relation: "funding", funder: { around: "от" }, recipient: { around: "на счета|на счёт|на счет|в адрес|на" }, money: true, funderOptional: true },
    // "Издание существует на гранты NED": what the subject lives on, and whose it is.
    { cue: String.raw`(?:существует|существуют|существовал[аои]?|работает|работают|живет|живёт|живут)\s+(?:\p{L}+\s+)?(?:на|за\s+сч[её]т)\s+(?:средства|гранты|деньги|пожертвования|грантов|средств|пожертвований)`, anchor: "существ|работа|живе|живё|живу", relation: "funding", funder: OBJECT, recipient: SUBJECT },
    { cue: String.raw`поддерживает|поддерживают|поддерживал[аио]?|поддержал[аио]?|поддержит|поддержат`, relation: "supported_by", funder: SUBJECT, recipient: OBJECT, money: true },
    { cue: String.raw`управляет|управляют|управлял[аио]?`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
    { cue: String.raw`учредил[аио]?|основал[аио]?|создал[аио]?|учредит|учредят`, relation: "founded_by", funder: SUBJECT, recipient: OBJECT },
    // "Sputnik входит в состав МИА «Россия сегодня»": a member of a holding is controlled by it.
    { cue: String.raw`(?:входит|входят|входил[аио]?)\s+в\s+(?:состав|структуру)`, anchor: "входит|входят|входил", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
    // "МИА «Россия сегодня», в состав которого входит Sputnik": the holding before the relative clause.
    { cue: String.raw`,?\s*в\s+(?:состав|структуру)\s+(?:которого|которой|которых)\s+(?:входит|входят|входил[аио]?)`, anchor: "котор", relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
  ],
  fr: [
    ...donorNouns("est|sont|était|étaient|reste|demeure|restent", { "bailleurs? de fonds|donateurs?|financeurs?|mécènes?|sponsors?": "funding", "propriétaires?|actionnaires?": "controlled_by", "fondat(?:eur|rice)s?": "founded_by" }, "de la|de l['’]|du|des|de|d['’]"),
    // "fonctionne grâce à une subvention de l’Union européenne": the money's kind, then its giver.
    { cue: String.raw`grâce à (?:une?|des|la|le|l['’])?\s*(?:subventions?|financements?|dons?|prêts?|aides?|fonds)`, relation: "supported_by", funder: { after: String.raw`de la|de l['’]|du|des|de|d['’]|par la|par le|par l['’]|par` }, recipient: SUBJECT },
    // "Cette somme a été versée par la Fondation Soros à l’association Kelechek"
    { cue: String.raw`(?:a|ont|avait|avaient|aurait|auraient)\s+été\s+(?:versée?s?|accordée?s?|allouée?s?|octroyée?s?|attribuée?s?|transférée?s?|donnée?s?|prêtée?s?)`, relation: "funding", funder: { after: "par" }, recipient: { after: String.raw`à la|à l['’]|au|aux|à` }, money: true },
    // "le financement de la centrale de Rogun par la Banque mondiale"
    { cue: String.raw`financement`, relation: "funding", funder: { after: "par" }, recipient: { after: String.raw`de la|de l['’]|du|des|de|d['’]` } },
    { cue: String.raw`(?:a|ont|avait|avaient|aurait|auraient)\s+(?:fondé|cofondé|créé)`, relation: "founded_by", funder: SUBJECT, recipient: OBJECT, notFollowedBy: String.raw`^\s+(?:en\s+\d{4}\s+)?par\b` },
    { cue: String.raw`détient|détiennent|détenait|possède|possèdent|possédait|contrôle|contrôlent|contrôlait`, relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
    // "La banque Aiyl, dont la Russie détient 60 % du capital": the owner follows "dont".
    { cue: String.raw`dont(?=\s+[^,;]{1,60}?\s(?:détien\p{L}*|possèd\p{L}*|contrôl\p{L}*))`, anchor: "dont", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
    { cue: String.raw`(?:(?:a|ont|avait|avaient|aurait|auraient|avoir)\s+(?:également\s+|aussi\s+|longtemps\s+)?(?:soutenu|appuyé|sponsorisé))|soutient|soutiennent|soutenait|soutenaient|appuie|appuient`, anchor: "soutenu|appuyé|sponsorisé|soutient|soutiennent|soutenait|soutenaient|appuie|appuient", relation: "supported_by", funder: SUBJECT, recipient: OBJECT, money: true, notFollowedBy: String.raw`^\s+par\b` },
    // "L’agence a remporté un contrat de 2 millions d’euros auprès du ministère".
    { cue: String.raw`(?:a|ont|avait|aurait|auraient)\s+(?:remporté|décroché|obtenu|signé)\s+(?:un|une|des|le|la)\s+(?:\p{L}+\s+)?(?:contrats?|marchés?|appels? d['’]offres|commandes?)`, anchor: "contrat|marché|appel|commande", relation: "other", funder: { after: String.raw`auprès de la|auprès de l['’]|auprès du|auprès des|auprès de|de la part de la|de la part du|de la part de|avec la|avec le|avec l['’]|avec` }, recipient: SUBJECT, money: true, funderOptional: true },
    // "Le ministère a payé 3 millions de soms à Kaktus Media".
    { cue: String.raw`(?:a|ont|avait|aurait|auraient)\s+(?:également\s+|aussi\s+)?(?:payé|réglé|remboursé)|paie|paient|payent`, anchor: "payé|réglé|remboursé|paie|paient|payent", relation: "funding", funder: SUBJECT, recipient: { after: String.raw`à la|à l['’]|au|aux|à` }, money: true },
    // "Le budget de l’État couvre l’essentiel des dépenses de la chaîne".
    { cue: String.raw`(?:couvre|couvrent|couvrait|prend en charge|prennent en charge|prenait en charge|finance|financent)\s+(?:l['’]essentiel|la plupart|une partie|la totalité|la moitié)?\s*(?:des|les)\s+(?:dépenses|frais|coûts|salaires|charges)`, anchor: "dépenses|frais|coûts|salaires|charges", relation: "funding", funder: SUBJECT, recipient: { after: String.raw`de la|de l['’]|du|des|de|d['’]` } },
    // "Gazprom a investi 50 millions de dollars dans la chaîne Mir".
    { cue: String.raw`(?:a|ont|avait|aurait|auraient)\s+(?:également\s+|aussi\s+)?investi|investit|investissent`, anchor: "investi", relation: "funding", funder: SUBJECT, recipient: { after: String.raw`dans la|dans le|dans l['’]|dans les|dans` }, money: true },
    // "La BAD a approuvé un prêt de 100 millions de dollars pour le Kirghizstan".
    { cue: String.raw`(?:a|ont|avait|aurait|auraient)\s+(?:également\s+|aussi\s+)?(?:approuvé|débloqué|promis|engagé|consacré|dépensé)`, anchor: "approuvé|débloqué|promis|engagé|consacré|dépensé", relation: "funding", funder: SUBJECT, recipient: { after: String.raw`pour la|pour le|pour l['’]|pour les|pour|à la|à l['’]|au|aux|à` }, money: true },
    // "Le Kirghizstan a obtenu un prêt de 100 millions de dollars d’Eximbank".
    { cue: String.raw`(?:a|ont|avait|aurait|auraient)\s+(?:également\s+|aussi\s+)?(?:obtenu|touché|perçu|décroché|emprunté|reçu)`, anchor: "obtenu|touché|perçu|décroché|emprunté|reçu", relation: "funding", funder: { after: String.raw`auprès de la|auprès de l['’]|auprès du|auprès des|auprès de|de la part de la|de la part du|de la part de|de la|de l['’]|du|des|de|d['’]` }, recipient: SUBJECT, money: true },
    // "Gazprom a racheté le journal Izvestia".
    { cue: String.raw`(?:a|ont|avait|aurait|auraient)\s+(?:racheté|acheté|acquis|repris)|rachète|rachètent|acquiert`, anchor: "racheté|acheté|acquis|repris|rachète|acquiert", relation: "controlled_by", funder: SUBJECT, recipient: OBJECT },
    // "La Maison russe a été lancée par Rossotroudnitchestvo", "Le festival est parrainé par Gazprom", "détenue par".
    { cue: String.raw`(?:créée?s?|lancée?s?|fondée?s?|ouverte?s?|établie?s?|mise?s? en place)\s+(?:en\s+\d{4}\s+)?par`, anchor: "créé|lancé|fondé|ouvert|établi|mis en place", relation: "founded_by", funder: OBJECT, recipient: SUBJECT },
    { cue: String.raw`(?:parrainée?s?|sponsorisée?s?|mécénée?s?)\s+par`, anchor: "parrain|sponsoris|mécén", relation: "funding", funder: OBJECT, recipient: SUBJECT },
    { cue: String.raw`(?:détenue?s?|contrôlée?s?|dirigée?s?|gérée?s?|possédée?s?)\s+(?:(?:à|en)\s+(?:\d+\s*%|majorité|totalité|partie)\s+)?par`, anchor: "détenu|contrôlé|dirigé|géré|possédé", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
    // "Son financement provient du NED".
    { cue: String.raw`(?:financement|argent|budget|fonds|ressources|revenus|subventions)\s+(?:provient|proviennent|provenait|provenaient|vient|viennent|venait)\s+(?:\p{L}+ment\s+)?(?:de la|de l['’]|du|des|de|d['’])`, anchor: "provien|proven|vient|viennent|venait", relation: "funding", funder: OBJECT, recipient: SUBJECT },
    // "La chaîne Mir appartient aux États membres de la CEI", "Sputnik fait partie du groupe Rossiya Segodnia".
    { cue: String.raw`(?:appartient|appartiennent|appartenait|appartenaient)\s+(?:à la|à l['’]|au|aux|à)|(?:fait|font|faisait|faisaient)\s+partie\s+(?:de la|de l['’]|du|des|de|d['’])|(?:est|sont|était)\s+(?:une\s+)?filiale\s+(?:de la|de l['’]|du|des|de|d['’])`, anchor: "appartien|partie|filiale", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
  ],
  de: [
    ...donorNouns("ist|sind|war|waren|bleibt|bleiben", { "Geldgeber(?:in)?|Sponsor(?:in)?|Förderer|Förderin|Spender(?:in)?|Financier": "funding", "Eigentümer(?:in)?|Besitzer(?:in)?|Anteilseigner(?:in)?|Gesellschafter(?:in)?": "controlled_by", "Gründer(?:in)?": "founded_by" }, "von|vom|des|der"),
    // "der vom Kreml finanzierte Sender RT"
    ...attributive((p) => `(?:[Vv]om|[Vv]on der|[Vv]on dem|[Vv]on)\\s+(${NAME})\\s+(?:${p})(?:e|en|er|es)?`, { "finanziert|gefördert|bezahlt|gesponsert": "funding", "unterstützt": "supported_by", "kontrolliert": "controlled_by", "gegründet": "founded_by" }),
    // "Finanziert wird das Projekt von der Weltbank": the participle opens the clause.
    { cue: String.raw`(?:Finanziert|Gefördert|Bezahlt)\s+(?:wird|wurde|werden|wurden)`, relation: "funding", funder: { after: "von der|von dem|vom|von|durch die|durch den|durch" }, recipient: OBJECT },
    // "An das Medienzentrum flossen zudem 250.000 Euro von der Stiftung Offene Steppe"
    { cue: String.raw`flossen|floss|fließen|fließt|gingen|ging`, relation: "funding", funder: { around: "von der|von dem|vom|von|aus dem|aus der|aus" }, recipient: { around: "an das|an den|an die|an|in den|in das|in die" }, money: true, funderOptional: true },
    // "Al-Nur Capital soll sich mit 45 Millionen US-Dollar an dem Projekt beteiligt haben"
    { cue: String.raw`sich(?=\s+mit\s)`, requires: "beteilig", relation: "funding", funder: SUBJECT, recipient: { after: "an dem|an der|an den|am|an" }, money: true },
    { cue: String.raw`gründete|gründeten|gründet`, relation: "founded_by", funder: SUBJECT, recipient: OBJECT },
    // "Die Finanzierung des Rogun-Staudamms durch die Weltbank"
    { cue: String.raw`Finanzierung|Förderung`, relation: "funding", funder: { after: "durch die|durch den|durch das|durch" }, recipient: { after: "des|der|von" } },
    // "Sputnik gehört zur staatlichen Mediengruppe Rossija Segodnja", "ist eine Tochter der Gazprom".
    { cue: String.raw`(?:gehört|gehören|gehörte|gehörten)\s+(?:zur|zum|zu\s+der|zu\s+dem)|(?:ist|sind|war)\s+(?:eine\s+)?(?:Tochter(?:gesellschaft|firma)?|Teil)\s+(?:der|des|von|vom)`, anchor: "gehör|Tochter|Teil", relation: "controlled_by", funder: OBJECT, recipient: SUBJECT },
    // "Seine Finanzierung stammt von der NED".
    { cue: String.raw`(?:Finanzierung|Geld|Gelder|Mittel|Einnahmen|Budget)\s+(?:stammt|stammen|stammte|stammten|kommt|kommen|kam|kamen)\s+(?:\p{L}+\s+){0,2}?(?:von der|von dem|vom|von|aus dem|aus der|aus)`, anchor: "stammt|stammen|stammte|kommt|kommen|kam", relation: "funding", funder: OBJECT, recipient: SUBJECT },
    // "Kloop finanziert sich vor allem über Spenden seiner Leser".
    { cue: String.raw`(?:finanziert|finanzierte|finanzieren|finanzierten)\s+sich`, anchor: "sich", relation: "funding", funder: { after: "über|durch|aus" }, recipient: SUBJECT },
  ],
};

export interface FrameReading {
  funder: string | null;
  recipient: string | null;
  relation: FundingRelation;
  at: number;
  cueEnd: number;
}


export function readFrames(context: ParagraphContext, sentence: TextSpan, money: () => Money[]): FrameReading[] {
  const readings: FrameReading[] = [];
  const frames = FRAMES[context.lexicon.language] ?? [];
  // One pass over the sentence for all cues at once: most sentences hold none.
  if (!anchorOf(context.lexicon.language).test(sentence.text)) return readings;
  for (const frame of frames) {
    if (frame.requires && !sentence.text.includes(frame.requires)) continue;
    const pattern = compiled(`(?<![\\p{L}-])(?:${frame.cue})(?![\\p{L}])`, frame.caseSensitive ? "gu" : "giu");
    for (const match of sentence.text.matchAll(pattern)) {
      const at = sentence.start + match.index;
      const cueEnd = at + match[0].length;
      const rest = context.text.slice(cueEnd, sentence.end);
      if (frame.notFollowedBy && compiled(frame.notFollowedBy, "iu").test(rest)) continue;
      if (frame.notPrecededBy && compiled(frame.notPrecededBy, "iu").test(context.text.slice(sentence.start, at))) continue;
      if (frame.money && money().length === 0 && !MONEY_WORD.test(sentence.text)) continue;
      // The prepositions of both slots are found first: each slot's phrase ends where the other's begins.
      const funderPrep = prepositionOf(context, sentence, frame.funder, at, cueEnd, money());
      const recipientPrep = prepositionOf(context, sentence, frame.recipient, at, cueEnd, money());
      const stops = [funderPrep?.index, recipientPrep?.index, at].filter((i): i is number => i !== undefined);
      const fill = (slot: Slot, prep: { index: number; end: number } | null): string | null => {
        // "The Eurasian Development Bank, in which…": the comma before a relative cue is no part of the subject.
        if ("subject" in slot) return subjectBefore(context, sentence.start, RELATIVE_CUE.test(match[0]) ? sentence.start + context.text.slice(sentence.start, at).replace(/[\s,]+$/u, "").length : at);
        if ("inCue" in slot) return match[1] ? party(context, { text: match[1], start: at + match[0].indexOf(match[1]), end: at + match[0].indexOf(match[1]) + match[1].length }) : null;
        if ("object" in slot) return objectParty(context, cueEnd, limit(cueEnd, sentence.end, stops, money()));
        if (!prep) return null;
        return party(context, phraseAfter(context.text, prep.end, limit(prep.end, sentence.end, stops, money()), context.lexicon));
      };
      let funder = fill(frame.funder, funderPrep);
      let recipient = fill(frame.recipient, recipientPrep);
      if (context.lexicon.language === "ru" && "subject" in frame.funder && "object" in frame.recipient) {
        const inverted = invertedRussian(context, sentence, at, cueEnd, match[0]);
        if (inverted) ({ funder, recipient } = inverted);
      }
      if (!recipient || (!funder && !frame.funderOptional)) continue;
      readings.push({ funder, recipient, relation: frame.relation, at, cueEnd });
    }
  }
  return readings;
}

const RELATIVE_CUE = /^(?:in which|dont)|котор/iu;

const ANCHORS = new Map<string, RegExp>();

function anchorOf(language: string): RegExp {
  let anchor = ANCHORS.get(language);
  if (!anchor) {
    const words = (FRAMES[language] ?? []).map((f) => `(?:${f.anchor ?? f.cue})`);
    anchor = new RegExp(words.length ? [...new Set(words)].join("|") : "(?!)", "iu");
    ANCHORS.set(language, anchor);
  }
  return anchor;
}

function prepositionOf(context: ParagraphContext, sentence: TextSpan, slot: Slot, at: number, cueEnd: number, money: Money[]): { index: number; end: number } | null {
  const words = "after" in slot ? slot.after : "around" in slot ? slot.around : null;
  if (!words) return null;
  const pattern = compiled(`(?<![\\p{L}])(?:${words})(?:\\s+|(?<=['’]))`, "giu");
  const from = "after" in slot ? cueEnd : sentence.start;
  for (const m of context.text.slice(from, sentence.end).matchAll(pattern)) {
    const index = from + m.index;
    if (index >= at && index < cueEnd) continue;
    // "une subvention de 4,5 millions de somonis": a preposition inside or before a sum introduces no party.
    if (money.some((s) => index >= s.start && index < s.end) || /^\d/u.test(context.text.slice(index + m[0].length))) continue;
    return { index, end: index + m[0].length };
  }
  return null;
}

/** A phrase starting at `from` runs to the next sum, the next slot's preposition or the cue, whichever comes first. */
function limit(from: number, end: number, stops: number[], money: Money[]): number {
  let until = end;
  for (const s of stops) if (s > from && s < until) until = s;
  for (const m of money) if (m.start > from && m.start < until) until = m.start;
  return until;
}
