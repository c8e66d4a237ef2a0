import type { Lexicon } from "./types";

export const english: Lexicon = {
  language: "en",
  cuesBeforeSource: String.raw`according to|citing|quoting|as reported by|reported by|as cited by|quoted by|in an interview with`,
  reportingVerbs: String.raw`said|says|say|told|tells|tell|reported|reports|report|wrote|writes|estimated|estimates|explained|explains|added|adds|stated|states|noted|notes|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underscored|underlined|claimed|claims|claim|announced|confirmed|confirms|warned|warns|insisted|insists|argued|argues|acknowledged|acknowledges|admitted|admits|remembers|recalls|reminds|mentions|mentioned|pointed out|points out|asserted|asserts|affirmed|revealed|show|shows|showed|remarks|remarked|highlights|highlighted|describes|described|concludes|concluded|replied|asked|alleged|alleges|suggested|suggests|believes|observed|commented|announces|declared|declares`,
  verbFillers: String.raw`also|has|have|had|later|then|previously|earlier|further|recently|publicly|openly|repeatedly|has also|had also`,
  pronouns: String.raw`he|she|they|it`,
  determiners: String.raw`the|a|an|its|his|her|their`,
  indefinites: String.raw`a|an|one|some|several|many|two|three|four|other|another|unnamed|anonymous`,
  anonymousHeads: String.raw`sources?|officials?|witness(?:es)?|guards?|residents?|insiders?|persons?|people|diplomats?|observers?|experts?|analysts?|activists?|employees?|officers?|members?|someone|media|reports?|migrants?|soldiers?|workers?|locals?|journalists?|representatives?|spokesperson|prisoners?|detainees?|relatives?|man|woman|men|women`,
  phraseBreaks: String.raw`who|which|that|whose|when|where|while|and said|but|because|since|after|before|during|in which|on|at`,
  nameConnectors: String.raw`of|for|and|the|de|on|in|without|al|bin|von|van|der|du|des|la|le`,
  sourcePrefixes: String.raw`(?:the\s+)?(?:latest\s+|most recent\s+|official\s+|public\s+)?(?:data|figures|statistics|estimates|information|results|findings|documents?|reports?|study|survey|statement|article|records?|analysis)\s+(?:published\s+)?(?:[\w\s]*?\s)?(?:from|by|of)`,
  hedges: String.raw`reportedly|allegedly|supposedly|purportedly|apparently|according to some indications|some indications|is said to|are said to|was said to|rumou?red|it is believed|presumably|might have|may have`,
  funding: [
    { pattern: String.raw`received|receives|got|obtained|was awarded|were awarded|has received|have received|won`, relation: "grant", roles: "subject-gets" },
    { pattern: String.raw`(?:is|was|are|were|has been|have been|being)?\s*(?:funded|financed|sponsored|bankrolled|paid for)(?:\s+\w+ly)?\s+(?:by|from|out of)`, relation: "funding", roles: "subject-gets" },
    { pattern: String.raw`(?:is|was|are|were|has been|have been)?\s*(?:founded|established|set up|created|launched)(?:\s+in\s+\d{4})?\s+by`, relation: "founded_by", roles: "subject-gets" },
    { pattern: String.raw`(?:is|was|are|were|has been|have been)?\s*(?:controlled|owned|run|managed|directed)\s+by`, relation: "controlled_by", roles: "subject-gets" },
    { pattern: String.raw`(?:is|was|are|were|has been|have been)?\s*(?:supported|backed)\s+by|with the (?:financial\s+)?support of|with (?:funding|financing|grants?|money) from|thanks to (?:a grant|funding|support) from`, relation: "supported_by", roles: "subject-gets" },
    { pattern: String.raw`(?:has\s+)?signed\s+(?:an?\s+)?(?:[$€£]?[\d.,]+\s*(?:million|billion)?\s+)?(?:loan|grant|credit)(?:\s+agreement)?\s+with`, relation: "loan", roles: "subject-gets" },
    { pattern: String.raw`(?:also\s+)?(?:will\s+(?:finance|fund|provide|allocate|give|grant|lend)|gave|gives|granted|grants|awarded|awards|provided|provides|allocated|allocates|donated|donates|transferred|paid|pays|lent|lends|channel(?:l)?ed|funded|funds|financed|finances|sponsored|sponsors|bankrolled|bankrolls)`, relation: "funding", roles: "subject-gives" },
  ],
  selfDisclosures: [
    String.raw`(?:this|the)\s+(?:investigation|article|story|report|reporting|project|series|publication|material|piece)\s+(?:was|is|has been)\s+(?:supported|funded|financed|produced with (?:the\s+)?support|made possible)`,
    String.raw`\b(?:support|donate to|fund)\s+(?:us|our\s+(?:work|journalism|newsroom))\b`,
    String.raw`\bwe\s+(?:rely|depend|survive|exist)\s+on\s+(?:the\s+)?(?:donations|support|our readers|readers)`,
    String.raw`\b(?:our|this)\s+(?:outlet|newsroom|site|magazine)\s+is\s+(?:funded|financed|supported)`,
  ],
  teaserMarkers: String.raw`read more|read also|see also|related`,
};
