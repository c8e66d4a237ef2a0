import type { SourceCategory } from "../../db/schema/statements";
import type { FundingRelation, SourceKind } from "../../lib/extract/types";

/** How stated sources and funding claims are named on every page. */

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  attribution: "Attribution",
  quote: "Quote",
  link: "Link",
  credit: "Credit",
};

export const SOURCE_CATEGORY_LABELS: Record<SourceCategory, string> = {
  official: "Officials and government",
  state_media: "State media",
  ngo: "NGOs and foundations",
  international: "International organisations",
  outlet: "Other outlets",
  expert: "Experts",
  company: "Companies",
  person: "Named people, role not stated",
  anonymous: "Anonymous",
  other: "Other",
};

export const RELATION_LABELS: Record<FundingRelation, string> = {
  grant: "Grant",
  loan: "Loan",
  budget: "Budget allocation",
  donation: "Donation",
  funding: "Funding",
  founded_by: "Founded by",
  supported_by: "Supported by",
  controlled_by: "Controlled by",
  other: "Other",
};

/** A party the text does not name: a donation appeal's donors are its readers, whom it never names. */
export function partyName(name: string | null, claim: { relation: FundingRelation; selfDisclosed: boolean }, role: "funder" | "recipient"): string {
  if (name) return name;
  if (role === "funder" && claim.selfDisclosed && claim.relation === "donation") return "Donors (not named)";
  return role === "funder" ? "Funder not named" : "Recipient not named";
}

/** "$230,000", "27.8 billion RUB": the amount as a reader would write it. */
export function describeAmount(amount: number, currency: string | null): string {
  const scaled =
    amount >= 1e9 ? `${trim(amount / 1e9)} billion` : amount >= 1e6 ? `${trim(amount / 1e6)} million` : amount.toLocaleString("en-US", { maximumFractionDigits: 2 });
  if (currency === "USD") return `$${scaled}`;
  if (currency === "EUR") return `€${scaled}`;
  return currency ? `${scaled} ${currency}` : scaled;
}

function trim(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
