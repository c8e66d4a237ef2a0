/** The `extract` contract (DESIGN.md §4): what an article says about where its information comes from. */

export type SourceKind = "attribution" | "quote" | "link" | "credit";

export interface StatedSource {
  kind: SourceKind;
  /** Who or what is cited: "World Bank", "Arkady Dubnov", "eurasianet.org", "prison guard". */
  name: string;
  url: string | null;
  domain: string | null;
  /** The quoted words, for kind=quote. */
  quote: string | null;
  anonymous: boolean;
  sentence: string;
  /** Offsets into the plain text of the span to highlight: the cue phrase, the quotation or the link text. */
  start: number;
  end: number;
}

export type FundingRelation =
  | "grant" | "loan" | "budget" | "donation" | "funding" | "founded_by" | "supported_by" | "controlled_by" | "other";

export interface FundingClaim {
  funder: string | null;
  recipient: string | null;
  amount: number | null;
  /** ISO 4217. */
  currency: string | null;
  year: number | null;
  relation: FundingRelation;
  /** The outlet says it about itself (a donation appeal, "This investigation was supported by…"). */
  selfDisclosed: boolean;
  /** The article distances itself: "reportedly", "according to some indications", "якобы". */
  hedged: boolean;
  /** The source the article gives for the claim in the same sentence; null when it stands unattributed. */
  attributedTo: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface Extraction {
  language: string;
  sources: StatedSource[];
  fundingClaims: FundingClaim[];
}

/** A hyperlink of the article body located in its plain text. */
export interface TextLink {
  url: string;
  text: string;
  start: number;
  end: number;
}
