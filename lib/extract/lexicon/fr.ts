import type { Lexicon } from "./types";

export const french: Lexicon = {
  language: "fr",
  cuesBeforeSource: String.raw`selon|d['’]après|cit[ée]e?s? par|rapport[ée]e?s? par|comme l['’]a (?:indiqué|rapporté|déclaré|annoncé|expliqué|souligné)|a confié à|ont confié à|citant`,
  describedSources: String.raw`acte|rapport|document|communiqué|étude|enquête|données|chiffres|statistiques|recensement|journal|site|agence|quotidien|ministère|syndicats?|autorités`,
  pronounCues: String.raw`selon (?:lui|elle|eux|elles)|d['’]après (?:lui|elle|eux|elles)`,
  citingAsides: String.raw`citant|selon`,
  roleNouns: String.raw`ministre|vice-ministre|ambassadeur|ambassadrice|porte-parole|directeur|directrice|président|présidente|économiste|analyste|expert|experte|politologue|chercheur|chercheuse|avocat|avocate|responsable|linguiste`,
  reportingVerbs: String.raw`accuse|accusent|a accusé|ont accusé|a annoncé|annonce|a précisé|précise|a souligné|souligne|a assuré|assure|a reconnu|reconnaît|a démenti|dément|démentent|a dénoncé|dénonce|dénoncent|a estimé|a expliqué|a ajouté|a déclaré|ont déclaré|a dit|ont dit|a affirmé|ont affirmé|a indiqué|ont indiqué|a expliqué|a souligné|a précisé|a ajouté|a estimé|a assuré|a annoncé|a rapporté|a confirmé|a reconnu|a averti|a rappelé|a écrit|a raconté|a confié|a dénoncé|a jugé|a martelé|a insisté|déclare|dit|affirme|indique|explique|souligne|précise|ajoute|estime|assure|annonce|rapporte|confirme|reconnaît|raconte|confie|dénonce|juge|écrit|rappelle|note|observe|insiste|témoigne|résume|poursuit|conclut|déplore|regrette|avance|révèle|révélait|rapportait|selon|montrent|montre|tranche|analyse|ironise|prévient|glisse|commente|détaille|nuance|martèle|s['’]inquiète|s['’]insurge|lance|souffle|insiste|affirmait|expliquait|déclarait|fait état|démentent|dément|cite|citent`,
  quoteVerbs: String.raw`a réagi|réagit|a lancé|a qualifié|qualifie|qualifient|présente|présentent|a présenté|évoque|évoquent|a évoqué|a dénoncé|dénoncent|s['’]est dite?|se dit|se disent|s['’]est félicitée?|s['’]est inquiétée?|a fustigé|fustige|a salué|salue|parle|parlent|a parlé|a appelé|appelle|a promis|promet|a mis en garde|met en garde|a averti|juge|jugent|a jugé|a assuré|ont assuré|a informé|informe|a confié|a répondu|répond|a rétorqué|rétorque|a reconnu`,
  verbFillers: String.raw`aussi|également|ensuite|alors|déjà|encore|pour sa part|quant à lui|quant à elle|de son côté|a|ont|toutefois|pourtant|enfin`,
  pronouns: String.raw`il|elle|ils|elles|t-il|t-elle|t-ils`,
  determiners: String.raw`le|la|les|l['’]|un|une|des|du|de la|de l['’]|ce|cette|son|sa|ses`,
  indefinites: String.raw`un|une|des|plusieurs|certains|certaines|quelques|deux|trois`,
  anonymousHeads: String.raw`sources?|responsables?|diplomates?|témoins?|habitants?|experts?|analystes?|observateurs?|fonctionnaires?|employés?|militants?|proches?|interlocuteurs?|membres?|officiels?|personnes?|médias|migrants?|journalistes?|représentants?`,
  phraseBreaks: String.raw`pour|afin|entre|qui|que|qu['’]|dont|où|lorsque|quand|mais|car|et a|après|avant|pendant|depuis|le\s+\d|en\s+\d{4}|publiée?s?|consultée?s?|obtenue?s?|diffusée?s?`,
  nameConnectors: String.raw`de|du|des|la|le|l['’]|d['’]|et|pour|sur|sans|en|aux|à`,
  sourcePrefixes: String.raw`(?:les\s+|des\s+|un\s+|une\s+|le\s+|la\s+|l['’])?(?:chiffres|données|statistiques|estimations|informations|résultats|documents?|rapports?|étude|enquête|communiqué|déclaration)\s+(?:publiée?s?\s+)?(?:[\p{L}\s]*?\s)?(?:de la|de l['’]|du|des|de|par)`,
  hedges: String.raw`selon certaines sources|selon certaines informations|aurait|auraient|prétendument|présumée?s?|supposée?s?|apparemment|dit-on|semble-t-il|selon des rumeurs`,
  funding: [
    // An adverb or a year may stand between auxiliary and participle: "aurait également obtenu", "a bénéficié en 2022 d’".
    { pattern: String.raw`(?:a|ont|avait|aurait|auraient)(?:\s+(?:également|aussi|déjà|notamment|ainsi|par ailleurs|en outre|chacun|chacune|tous|toutes|ensemble))?\s+(?:reçu|obtenu|touché|perçu|décroché|empoché)|reçoit|reçoivent|recevra|recevront|obtiendra|perçoit|perçoivent|(?:a|ont)\s+bénéficié(?:\s+en\s+\d{4})?(?=\s+d['’]|\s+de\s)|bénéficie(?=\s+d['’]|\s+de\s)|touche`, relation: "grant", roles: "subject-gets" },
    // Passive: "financée (en partie) par"; "à hauteur de" only after the auxiliary ("a financé à hauteur de" is active).
    { pattern: String.raw`(?:est|sont|était|étaient|a été|ont été|serait|seraient)?\s*(?:financée?s?|subventionnée?s?|sponsorisée?s?|payée?s?)(?:\s+(?:presque|quasi|quasiment|en partie|en grande partie|partiellement|largement|principalement|notamment|essentiellement|entièrement|intégralement|exclusivement|directement|majoritairement|(?:à|à hauteur de)\s+\d+(?:[.,]\d+)?\s*%)){0,2}\s+par|(?:est|sont|était|étaient|a été|ont été|serait|seraient)\s+(?:financée?s?|subventionnée?s?)\s+à hauteur`, relation: "funding", roles: "subject-gets" },
    { pattern: String.raw`(?:est|sont|était|a été|ont été)?\s*(?:fondée?s?|créée?s?|établie?s?)(?:\s+en\s+\d{4})?\s+par`, relation: "founded_by", roles: "subject-gets" },
    { pattern: String.raw`(?:est|sont|était|a été|serait)?\s*(?:contrôlée?s?|détenue?s?|dirigée?s?)\s+par|appartient à|appartiennent à`, relation: "controlled_by", roles: "subject-gets" },
    { pattern: String.raw`avec le soutien (?:financier\s+)?(?:de la|de l['’]|du|des|de)|grâce au soutien (?:de la|de l['’]|du|des|de)|(?:est|sont|a été)?\s*soutenue?s?(?:\s+financièrement)?\s+par|avec l['’]appui (?:de la|de l['’]|du|des|de)`, relation: "supported_by", roles: "subject-gets" },
    { pattern: String.raw`(?:a|ont|aurait|auraient)(?:\s+(?:également|aussi|déjà|notamment|ainsi|par ailleurs|en outre))?\s+(?:versé|accordé|alloué|octroyé|prêté|donné|financé|débloqué|subventionné|offert|attribué|apporté|fourni|transféré)|accorde|accordent|accordera|verse|versent|versera|octroie|octroient|alloue|allouent|allouera|finance|financent|financera|subventionne|subventionnent`, relation: "funding", roles: "subject-gives" },
  ],
  selfDisclosures: [
    String.raw`fonctionne grâce à (?:votre|vos|la)\s+(?:participation|soutien|dons|générosité)`,
    String.raw`(?:soutenez-nous|nous soutenir|soutenir\s+(?:notre|la)\s+rédaction|faire un don)`,
    String.raw`(?:cet|cette|ce)\s+(?:enquête|article|reportage|projet|publication|série|podcast|documentaire)\s+(?:a été|est|a)\s+(?:\p{L}+\s+){0,2}?(?:réalisée?|soutenue?|financée?|produite?|menée?|rendue? possible|bénéficié)\s+(?:avec|grâce|par|du|de la|de l['’]|des|d['’])`,
    String.raw`(?:vit|existe|dépend)\s+(?:grâce à|de)\s+(?:ses|nos)\s+(?:lecteurs|dons|abonnés)`,
  ],
  teaserMarkers: String.raw`lire aussi|à lire aussi|voir aussi|lire la suite|sur le même sujet`,
  partyKinds: {
    kinds: [
      String.raw`sites?|médias?|journal|journaux|chaînes?|agences?|radios?|plateformes?|portails?`,
      String.raw`réseaux?|organisations?|ONG|fondations?|fonds|associations?|centres?|projets?|structures?|initiatives?`,
      String.raw`sociétés?|entreprises?|groupes?|banques?|holdings?`,
      String.raw`projets?|programmes?|barrages?|centrales?|écoles?|hôpitaux|hôpital|festivals?|campagnes?|universités?|instituts?|mouvements?|partis?|clubs?`,
      String.raw`homme d['’]affaires|entrepreneur|entrepreneuse|oligarque|milliardaire|investisseur`,
    ],
    demonstratives: String.raw`ce|cet|cette|ces`,
    copulas: String.raw`est une?|était une?|reste une?|est devenue? une?|qui se présente comme une?`,
  },
};
