import type { Lexicon } from "./types";

export const french: Lexicon = {
  language: "fr",
  cuesBeforeSource: String.raw`selon|d['’]après|cit[ée]e?s? par|rapport[ée]e?s? par|de source|comme l['’]a (?:indiqué|rapporté|déclaré|annoncé|expliqué|souligné)|interrogée? par|a confié à|ont confié à`,
  reportingVerbs: String.raw`a déclaré|ont déclaré|a dit|ont dit|a affirmé|ont affirmé|a indiqué|ont indiqué|a expliqué|a souligné|a précisé|a ajouté|a estimé|a assuré|a annoncé|a rapporté|a confirmé|a reconnu|a averti|a rappelé|a écrit|a raconté|a confié|a dénoncé|a jugé|a martelé|a insisté|déclare|dit|affirme|indique|explique|souligne|précise|ajoute|estime|assure|annonce|rapporte|confirme|reconnaît|raconte|confie|dénonce|juge|écrit|rappelle|note|observe|insiste|témoigne|résume|poursuit|conclut|déplore|regrette|avance|révèle|révélait|rapportait|selon|montrent|montre|tranche|analyse|ironise|prévient|glisse|commente|détaille|nuance|martèle|s['’]inquiète|s['’]insurge|lance|souffle|insiste|affirmait|expliquait|déclarait`,
  verbFillers: String.raw`aussi|également|ensuite|alors|déjà|encore|pour sa part|quant à lui|quant à elle`,
  pronouns: String.raw`il|elle|ils|elles|t-il|t-elle|t-ils`,
  determiners: String.raw`le|la|les|l['’]|un|une|des|du|de la|de l['’]|ce|cette|son|sa|ses`,
  indefinites: String.raw`un|une|des|plusieurs|certains|certaines|quelques|deux|trois`,
  anonymousHeads: String.raw`sources?|responsables?|diplomates?|témoins?|habitants?|experts?|analystes?|observateurs?|fonctionnaires?|employés?|militants?|proches?|interlocuteurs?|membres?|officiels?|personnes?|médias|migrants?|journalistes?|représentants?`,
  phraseBreaks: String.raw`pour|afin|entre|qui|que|qu['’]|dont|où|lorsque|quand|mais|car|et a|après|avant|pendant|depuis|le\s+\d|en\s+\d{4}`,
  nameConnectors: String.raw`de|du|des|la|le|l['’]|d['’]|et|pour|sur|sans|en|aux|à`,
  sourcePrefixes: String.raw`(?:les\s+|des\s+)?(?:chiffres|données|statistiques|estimations|informations|résultats|documents?|rapports?|étude|enquête|communiqué|déclaration)\s+(?:publiée?s?\s+)?(?:[\p{L}\s]*?\s)?(?:de la|de l['’]|du|des|de|par)`,
  hedges: String.raw`selon certaines sources|selon certaines informations|aurait|auraient|prétendument|présumée?s?|supposée?s?|apparemment|dit-on|semble-t-il|selon des rumeurs`,
  funding: [
    { pattern: String.raw`a reçu|ont reçu|avait reçu|aurait reçu|auraient reçu|reçoit|reçoivent|a obtenu|ont obtenu|a bénéficié d['’]|ont bénéficié d['’]|bénéficie d['’]|touche|a touché|aurait touché`, relation: "grant", roles: "subject-gets" },
    { pattern: String.raw`(?:est|sont|était|étaient|a été|ont été|serait|seraient)?\s*(?:financée?s?|subventionnée?s?|sponsorisée?s?|payée?s?)\s+(?:par|à hauteur)`, relation: "funding", roles: "subject-gets" },
    { pattern: String.raw`(?:est|sont|était|a été|ont été)?\s*(?:fondée?s?|créée?s?|établie?s?)(?:\s+en\s+\d{4})?\s+par`, relation: "founded_by", roles: "subject-gets" },
    { pattern: String.raw`(?:est|sont|était|a été|serait)?\s*(?:contrôlée?s?|détenue?s?|dirigée?s?)\s+par|appartient à|appartiennent à`, relation: "controlled_by", roles: "subject-gets" },
    { pattern: String.raw`avec le soutien (?:financier\s+)?(?:de la|de l['’]|du|des|de)|grâce au soutien (?:de la|de l['’]|du|des|de)|(?:est|sont|a été)?\s*soutenue?s?\s+par|avec l['’]appui (?:de la|de l['’]|du|des|de)`, relation: "supported_by", roles: "subject-gets" },
    { pattern: String.raw`a versé|ont versé|a accordé|ont accordé|accorde|a alloué|ont alloué|a octroyé|a prêté|a donné|a financé|ont financé|finance|financent|subventionne|a débloqué|aurait versé`, relation: "funding", roles: "subject-gives" },
  ],
  selfDisclosures: [
    String.raw`fonctionne grâce à (?:votre|vos|la)\s+(?:participation|soutien|dons|générosité)`,
    String.raw`(?:soutenez-nous|nous soutenir|soutenir\s+(?:notre|la)\s+rédaction|faire un don)`,
    String.raw`(?:cet|cette)\s+(?:enquête|article|reportage|projet|publication)\s+(?:a été|est)\s+(?:réalisée?|soutenue?|financée?|produite?)\s+(?:avec|grâce|par)`,
    String.raw`(?:vit|existe|dépend)\s+(?:grâce à|de)\s+(?:ses|nos)\s+(?:lecteurs|dons|abonnés)`,
  ],
  teaserMarkers: String.raw`lire aussi|à lire aussi|voir aussi|lire la suite|sur le même sujet`,
};
