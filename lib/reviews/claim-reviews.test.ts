import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { runExtraction, requestReextraction } from "../../ingest/extraction-job";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createArticle, createOutlet } from "../../test/rows";
import { createUser } from "../auth/accounts";
import { claimChain, traceClaim } from "../queries/trace";
import { claimReviewHistory, currentStatuses, reviewClaim, UnknownClaimError } from "./claim-reviews";
import { listReviewedClaims } from "./reviewed-claims";

const SENTENCE = "According to the UN, 13,000 people have perished in the Donbass as a result of the punitive operations of the Ukrainian authorities.";

describe.each(BACKENDS)("reviewing a claim (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function seed() {
    const { db } = t();
    const outlet = await createOutlet(db, { slug: "opinion", name: "Opinion" });
    await createArticle(db, outlet.id, { contentText: SENTENCE, language: "en", publishedAt: new Date("2022-03-01T00:00:00Z") });
    await runExtraction(db);
    const trace = await traceClaim(db, SENTENCE);
    const editor = await createUser(db, { email: "desk@example.org", password: "correct horse battery staple", role: "editor" });
    return { db, claimId: trace.claims[0]!.id, editor };
  }

  it("keeps every status change with who and when, newest first, and the newest is the claim's status", async () => {
    const { db, claimId, editor } = await seed();
    expect((await currentStatuses(db, [claimId])).get(claimId)).toBe("unverified");
    await reviewClaim(db, claimId, { status: "disputed", note: "The UN figure counts both sides' civilian deaths since 2014." }, editor);
    await reviewClaim(db, claimId, { status: "false", note: "Misattributed: OHCHR reported 3,404 civilian deaths.", evidenceUrls: ["https://www.ohchr.org/en/documents/reports"] }, editor);
    const history = await claimReviewHistory(db, claimId);
    expect(history.map((r) => r.status)).toEqual(["false", "disputed"]);
    expect(history[0]).toMatchObject({ by: "desk@example.org", evidenceUrls: ["https://www.ohchr.org/en/documents/reports"], at: expect.stringMatching(/^\d{4}-/) });
    expect((await claimChain(db, claimId))!.claims).toEqual([{ id: claimId, status: "false" }]);
    expect(await listReviewedClaims(db)).toEqual([expect.objectContaining({
      id: claimId, claim: SENTENCE, status: "false", reviewedBy: "desk@example.org", appearances: 1,
      first: expect.objectContaining({ outlet: "Opinion", published: "2022-03-01T00:00:00.000Z" }),
    })]);

    // Reading the article again keeps the claim, and with it the review.
    await requestReextraction(db);
    await runExtraction(db);
    expect((await traceClaim(db, SENTENCE)).claims).toEqual([{ id: claimId, status: "false" }]);
  });

  it("refuses a status it does not know, a link that is not http, and a claim that does not exist", async () => {
    const { db, claimId, editor } = await seed();
    await expect(reviewClaim(db, claimId, { status: "maybe" as never }, editor)).rejects.toBeInstanceOf(ZodError);
    await expect(reviewClaim(db, claimId, { status: "confirmed", evidenceUrls: ["javascript:alert(1)"] }, editor)).rejects.toBeInstanceOf(ZodError);
    await expect(reviewClaim(db, claimId + 1000, { status: "confirmed" }, editor)).rejects.toBeInstanceOf(UnknownClaimError);
    expect(await claimReviewHistory(db, claimId)).toEqual([]);
  });
});
