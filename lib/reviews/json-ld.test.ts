import { describe, expect, it } from "vitest";
import { claimReviewJsonLd, monetaryGrantJsonLd } from "./json-ld";

describe("JSON-LD exports", () => {
  it("writes a reviewed claim as a ClaimReview rated on a scale of three, with its first appearance", () => {
    const ld = claimReviewJsonLd({
      id: 7, claim: "13,000 people have perished in the Donbass.", status: "disputed", note: "Counts both sides.", evidenceUrls: ["https://www.ohchr.org/"],
      reviewedBy: "desk@example.org", reviewedAt: "2026-12-08T10:00:00.000Z", appearances: 2,
      first: { articleId: 3, url: "https://example.org/a", title: "A", outlet: "Opinion", published: "2022-03-01T00:00:00.000Z" },
    }, "https://claimscope.example");
    expect(ld).toMatchObject({
      "@context": "https://schema.org", "@type": "ClaimReview", url: "https://claimscope.example/claims/7", claimReviewed: "13,000 people have perished in the Donbass.",
      reviewRating: { "@type": "Rating", ratingValue: 2, worstRating: 1, bestRating: 3, alternateName: "disputed" },
      itemReviewed: { "@type": "Claim", firstAppearance: { url: "https://example.org/a", datePublished: "2022-03-01T00:00:00.000Z", publisher: { name: "Opinion" } } },
      citation: ["https://www.ohchr.org/"], reviewBody: "Counts both sides.",
    });
  });

  it("writes a funding claim as a MonetaryGrant with its amount, funder, recipient and the article asserting it", () => {
    const ld = monetaryGrantJsonLd({
      id: 1, funder: "National Endowment for Democracy", recipient: "Vlast.kz", amount: 230000, currency: "USD", year: 2021, relation: "grant",
      selfDisclosed: false, hedged: false, attributedTo: null, sentence: "Vlast.kz received $230,000 from the NED in 2021.", funderEntityId: null, recipientEntityId: null,
      article: { id: 4, title: "B", publishedAt: null }, outlet: { slug: "opinion", name: "Opinion" },
    }, "https://claimscope.example");
    expect(ld).toMatchObject({
      "@type": "MonetaryGrant", funder: { "@type": "Organization", name: "National Endowment for Democracy" }, fundedItem: { name: "Vlast.kz" },
      amount: { "@type": "MonetaryAmount", value: 230000, currency: "USD" }, startDate: "2021", description: "grant; unattributed",
      subjectOf: { "@type": "NewsArticle", url: "https://claimscope.example/articles/4", publisher: { name: "Opinion" } },
    });
    expect(ld).not.toHaveProperty("subjectOf.datePublished");
  });
});
