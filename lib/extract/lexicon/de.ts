import type { Lexicon } from "./types";

export const german: Lexicon = {
  language: "de",
  cuesBeforeSource: String.raw`laut|nach Angaben (?:von|des|der|aus)?|nach Darstellung (?:von|des|der)?|nach Auffassung (?:von|des|der)?|(?:geht|ging|gehen|gingen)\s+aus\s+(?:dem|einem|den|der)\s+\p{L}+\s+(?:de[rsn]|von)|nach Informationen (?:von|des|der)?|zufolge|unter Berufung auf|wie (?:die|der|das)?|so|berichtet(?:e)?|heißt es (?:bei|von|aus)|zitiert (?:von|nach)|wie aus (?:dem|einem|den|der)\s+\p{L}+\s+(?:de[rsn]|von)|nach (?:Branchen|Experten|Markt|Regierungs|Behörden|Polizei)?(?:schätzungen|angaben|berechnungen|informationen)|im \p{L}*(?:index|bericht|ranking|report) (?:von|der|des)`,
  describedSources: String.raw`Bericht|Dokument|Unterlagen|Statistik|Studie|Umfrage|Daten|Zahlen|Zeitung|Portal|Agentur|Ministerium|Stiftung|Schätzungen`,
  pronounCues: String.raw`(?:ihm|ihr|ihnen) zufolge|nach (?:seinen|ihren) (?:Angaben|Worten)|(?:seinen|ihren) (?:Angaben|Worten) zufolge`,
  citingAsides: String.raw`unter Berufung auf|laut`,
  roleNouns: String.raw`minister|sekretär|sprecher|direktor|leiter|botschafter|präsident|anwalt|anwältin|politolog|experte|expertin|ökonom`,
  reportingVerbs: String.raw`meldete|meldeten|geht davon aus|gehen davon aus|ging davon aus|gingen davon aus|sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|teilte|teilten|teilt|mitteilte|mitteilten|berichtete|berichteten|berichtet|schrieb|schreibt|betonte|betont|warnte|warnt|meldete|meldet|bestätigte|bestätigt|räumte|kritisierte|kritisiert|zitiert|zitierte|sprach|behauptete|behauptet|argumentiert|argumentierte|schätzt|schätzte|unterstrich|fügte|hinzufügte|ergänzte|so|hieß|heißt|bestritt|bestreitet`,
  quoteVerbs: String.raw`erzählt|erzählte|erzählen|beschreibt|beschrieb|beschreiben|bezeichnet|bezeichnete|bezeichneten|bezeichnen|nennt|nannte|nannten|spricht|sprechen|sprachen|warnen|fordert|forderte|fordern|mahnt|mahnte|klagt|klagte|antwortete|antwortet|meint|meinte|glaubt|ergänzt|bekräftigte|bekräftigt|versicherte|versichert|zeigte sich|zeigt sich|äußerte|äußert`,
  verbFillers: String.raw`auch|zudem|außerdem|bereits|dann|später|jüngst|erneut|kürzlich|am \p{L}+|hat|haben|hatte|hatten`,
  pronouns: String.raw`er|sie|es`,
  determiners: String.raw`der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|sein|seine|ihr|ihre`,
  indefinites: String.raw`ein|eine|einem|einen|einer|eines|mehrere|einige|zwei|drei`,
  anonymousHeads: String.raw`Quellen?|Insider\p{L}*|Beamt\p{L}*|Diplomat\p{L}*|Zeug\p{L}*|Bewohner\p{L}*|Experte\p{L}*|Beobachter\p{L}*|Mitarbeiter\p{L}*|Vertreter\p{L}*|Regierungskreis\p{L}*|Kreis\p{L}*|Sicherheitskreis\p{L}*|Medien|Migrant\p{L}*|Sprecher\p{L}*`,
  phraseBreaks: String.raw`der|die|das|welche|welcher|dass|und|aber|als|nachdem|bevor|während|seit|am|im|in|mit|zu|über|auf`,
  nameConnectors: String.raw`für|von|der|des|und|zu|de|du|la|am`,
  sourcePrefixes: String.raw`(?:Angaben|Daten|Zahlen|Statistiken|Schätzungen|Informationen|Berichten?|Dokumenten?|Recherchen|Unterlagen)\s+(?:de[rsmn]|von|aus)`,
  hedges: String.raw`angeblich|mutmaßlich|vermeintlich|soll\s|sollen\s|sollte\s|Berichten zufolge|offenbar|wohl|vermutlich|Gerüchten zufolge`,
  funding: [
    { pattern: String.raw`erhielt|erhielten|erhält|erhalten|bekam|bekommt|bekamen|bekommen`, relation: "grant", roles: "subject-gets" },
    // Verb-final passives: "wird direkt vom US-Kongress finanziert", "wurde 2015 von X gegründet"; the participle at
    // the end of the clause gives the relation.
    { pattern: String.raw`(?:wird|werden|wurde|wurden|ist|sind)\s+(?:[\p{L}\d\s]*?\s)?(?:von|vom|durch)(?=\s)`, relation: "funding", roles: "subject-gets" },
    { pattern: String.raw`gegründet von`, relation: "founded_by", roles: "subject-gets" },
    // "gehört zu 80 Prozent dem Geschäftsmann X": the share stands between the verb and the owner.
    { pattern: String.raw`kontrolliert von|gehör(?:t|en)(?:\s+(?:zu\s+)?[\d.,]+\s*(?:Prozent|%))?(?=\s+(?:dem|der|den)\s)|gehört zu|im Besitz von|untersteht`, relation: "controlled_by", roles: "subject-gets" },
    { pattern: String.raw`mit (?:finanzieller\s+)?Unterstützung (?:von|der|des|durch)|dank (?:der\s+)?Förderung (?:von|der|des|durch)|gefördert von|unterstützt von`, relation: "supported_by", roles: "subject-gets" },
    { pattern: String.raw`zahlte|zahlten|zahlt|überwies|überwiesen|überweist|spendete|spendeten|spendet|finanzierte|finanzierten|finanziert|förderte|förderten|fördert|vergab|vergibt|gewährte|gewährt|gewähren|stellte|stellt|stellen|bewilligte|bewilligten|bewilligt|gab|gibt|schenkte|unterstützt|unterstützte|unterstützten`, relation: "funding", roles: "subject-gives" },
  ],
  selfDisclosures: [
    String.raw`(?:diese|dieser|dieses|die|der)\s+(?:Recherche|Reportage|Veröffentlichung|Artikel|Beitrag|Projekt|Serie|Text|Podcast|Dokumentation)\s+(?:wurde|wird|ist|entstand|entsteht)(?=[^.]{0,80}(?:gefördert|finanziert|unterstützt|Unterstützung|Förderung|ermöglicht))`,
    String.raw`unterstützen Sie (?:uns|unsere|Novastan)`,
    String.raw`(?:finanziert sich|lebt|existiert)\s+(?:durch|von|dank)\s+(?:Spenden|Ihre|die Unterstützung|seine Leser|unsere Leser)`,
  ],
  teaserMarkers: String.raw`lesen sie auch|mehr zum thema|auch interessant|weiterlesen`,
  partyKinds: {
    kinds: [
      String.raw`portals?|senders?|zeitung|mediums?|medienhaus(?:es)?|agentur|plattform|kanals?|website|redaktion|portal`,
      String.raw`stiftung|organisation|netzwerks?|vereins?|fonds|zentrums?|projekts?|projektes|initiative`,
      String.raw`unternehmens?|firma|bank|holding|konzerns?|gesellschaft|gruppe`,
      String.raw`programms?|staudamms?|kraftwerks?|schule|schulen|krankenhaus(?:es)?|festivals?|kampagne|universität|instituts?|bewegung|partei|klubs?`,
      String.raw`geschäftsmann(?:es)?|unternehmers?|oligarchen|oligarch|milliardärs?|investors?`,
    ],
    demonstratives: String.raw`dieser|diese|dieses|diesem|diesen`,
    copulas: String.raw`ist eine?|war eine?|bleibt eine?`,
  },
};
