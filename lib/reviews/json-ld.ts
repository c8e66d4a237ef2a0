import type { FundingClaimRow } from "../queries/funding";
import type { ReviewedClaim } from "./reviewed-claims";

/**
 * Reviewed claims as schema.org ClaimReview and funding claims as MonetaryGrant, in JSON-LD, the
 * shapes fact-checking tools and search engines read. `origin` is the dashboard's own address, for
 * the links back to each claim and article.
 */

/** The verdicts on a scale of three, worst first, with the status as the rating's name. */
const RATING: Record<ReviewedClaim["status"], number> = { false: 1, disputed: 2, confirmed: 3 };

export function claimReviewJsonLd(reviewed: ReviewedClaim, origin: string): Record<string, unknown> {
  const appearance = reviewed.first && {
    "@type": "CreativeWork",
    url: reviewed.first.url ?? `${origin}/articles/${reviewed.first.articleId}`,
    headline: reviewed.first.title,
    ...(reviewed.first.published ? { datePublished: reviewed.first.published } : {}),
    publisher: { "@type": "Organization", name: reviewed.first.outlet },
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${origin}/claims/${reviewed.id}`,
    datePublished: reviewed.reviewedAt,
    claimReviewed: reviewed.claim,
    ...(reviewed.note ? { reviewBody: reviewed.note } : {}),
    ...(reviewed.evidenceUrls.length ? { citation: reviewed.evidenceUrls } : {}),
    reviewRating: { "@type": "Rating", ratingValue: RATING[reviewed.status], worstRating: 1, bestRating: 3, alternateName: reviewed.status },
    itemReviewed: { "@type": "Claim", ...(appearance ? { firstAppearance: appearance, appearance: [appearance] } : {}) },
  };
}

export function monetaryGrantJsonLd(claim: FundingClaimRow, origin: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "MonetaryGrant",
    name: claim.sentence,
    ...(claim.funder ? { funder: { "@type": "Organization", name: claim.funder } } : {}),
    ...(claim.recipient ? { fundedItem: { "@type": "Organization", name: claim.recipient } } : {}),
    ...(claim.amount !== null ? { amount: { "@type": "MonetaryAmount", value: claim.amount, ...(claim.currency ? { currency: claim.currency } : {}) } } : {}),
    ...(claim.year ? { startDate: String(claim.year) } : {}),
    description: `${claim.relation}${claim.hedged ? ", hedged" : ""}${claim.selfDisclosed ? ", self-disclosed" : ""}; ${claim.attributedTo ? `according to ${claim.attributedTo}` : "unattributed"}`,
    subjectOf: {
      "@type": "NewsArticle",
      url: `${origin}/articles/${claim.article.id}`,
      headline: claim.article.title,
      ...(claim.article.publishedAt ? { datePublished: claim.article.publishedAt } : {}),
      publisher: { "@type": "Organization", name: claim.outlet.name },
    },
  };
}
