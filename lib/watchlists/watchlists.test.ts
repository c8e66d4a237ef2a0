import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { requestReextraction, runExtraction } from "../../ingest/extraction-job";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { createArticle, createOutlet } from "../../test/rows";
import { createUser } from "../auth/accounts";
import { traceClaim } from "../queries/trace";
import { createWatchlist, deleteWatchlist, listAlerts, listWatchlists, markAlertsRead, unreadAlerts, WatchTargetError } from "./watchlists";

const CLAIM = "More than 12,000 soldiers from Central Asia have already fought in Ukraine, according to data published by the Ukrainian prisoners coordination headquarters.";

describe.each(BACKENDS)("watchlists (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("alerts once for each new article matching a saved search, a tracked claim or a followed entity, and not for older ones", async () => {
    const { db } = t();
    const wire = await createOutlet(db, { slug: "wire", name: "Wire" });
    const blog = await createOutlet(db, { slug: "blog", name: "Blog" });
    await createArticle(db, wire.id, { contentText: `${CLAIM}\n\nThe National Endowment for Democracy funds several outlets, a spokesman for the ministry said.`, language: "en", publishedAt: new Date("2026-04-10T00:00:00Z") });
    await runExtraction(db);
    const user = await createUser(db, { email: "desk@example.org", password: "correct horse battery staple", role: "viewer" });
    const other = await createUser(db, { email: "other@example.org", password: "correct horse battery staple", role: "viewer" });
    const claimId = (await traceClaim(db, CLAIM)).claims[0]!.id;
    await createWatchlist(db, user.id, { kind: "search", query: "recruitment" });
    await createWatchlist(db, user.id, { kind: "claim", claimId });
    await createWatchlist(db, user.id, { kind: "entity", entity: "NED" });
    await expect(createWatchlist(db, user.id, { kind: "entity", entity: "Nobody Known" })).rejects.toBeInstanceOf(WatchTargetError);
    await expect(createWatchlist(db, user.id, { kind: "search", query: " " })).rejects.toBeInstanceOf(ZodError);

    // Matches nothing yet: the first article came before the watchlists.
    expect(await unreadAlerts(db, user.id)).toBe(0);
    const repeat = await createArticle(db, blog.id, { contentText: "More than 12,000 soldiers from Central Asia have already fought in Ukraine.\n\nRecruitment goes on in Osh.", language: "en" });
    const ned = await createArticle(db, blog.id, { contentText: "The NED gave grants to media in Bishkek and Almaty, according to its annual report.", language: "en" });
    await runExtraction(db);
    const alerts = await listAlerts(db, user.id);
    expect(alerts.map((a) => [a.watchlist.kind, a.article.id]).sort()).toEqual([["claim", repeat], ["entity", ned], ["search", repeat]].sort());
    expect((await listWatchlists(db, user.id)).map((w) => [w.kind, w.unread]).sort()).toEqual([["claim", 1], ["entity", 1], ["search", 1]]);
    expect(await listAlerts(db, other.id)).toEqual([]);

    // Read again by newer rules, the same articles raise nothing twice.
    await requestReextraction(db);
    await runExtraction(db);
    expect(await unreadAlerts(db, user.id)).toBe(3);
    expect(await markAlertsRead(db, user.id)).toBe(3);
    expect(await unreadAlerts(db, user.id)).toBe(0);

    const [first] = await listWatchlists(db, user.id);
    expect(await deleteWatchlist(db, other.id, first!.id)).toBe(false);
    expect(await deleteWatchlist(db, user.id, first!.id)).toBe(true);
    expect(await listWatchlists(db, user.id)).toHaveLength(2);
  });
});
