import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles } from "../../db/schema";
import { importFiles } from "../../ingest/pipeline";
import { seedSampleIfFirstStart } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { readSample, SCRAPED_SAMPLE } from "../../test/factories";
import { getArticleRevisions } from "./revisions";

describe.each(BACKENDS)("getArticleRevisions (%s)", (backend) => {
  const t = useTestDatabase(backend);

  async function importEdits(...edits: Array<(text: string) => string>) {
    await seedSampleIfFirstStart(t().db);
    const dir = await mkdtemp(path.join(os.tmpdir(), "cs-revisions-"));
    try {
      for (const [i, edit] of edits.entries()) {
        const file = path.join(dir, `edit-${i}.txt`);
        await writeFile(file, edit(readSample(SCRAPED_SAMPLE)));
        await importFiles(t().db, "opinion-central-asia", [file]);
      }
    } finally {
      await rm(dir, { recursive: true });
    }
    const [row] = await t().db.select({ id: articles.id }).from(articles).where(eq(articles.title, "How Russia’s neighbors react to the war in Ukraine"));
    return row!.id;
  }

  it("shows the latest change by default: the edited figure, with the rest folded", async () => {
    const id = await importEdits((s) => s.replace("73% in Kyrgyzstan", "75% in Kyrgyzstan"));
    const { revisions, change } = await getArticleRevisions(t().db, id);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(change).toMatchObject({ revision: 2, previous: 1, diff: { wordsAdded: 1, wordsRemoved: 1 } });
    const kinds = change!.diff.segments.map((s) => s.kind);
    expect(kinds).toContain("skip");
    expect(change!.diff.segments.filter((s) => s.kind === "removed" || s.kind === "added")).toEqual([
      { kind: "removed", text: "73" },
      { kind: "added", text: "75" },
    ]);
  });

  it("compares any revision with the one before it, and ignores a revision that does not exist", async () => {
    const id = await importEdits(
      (s) => s.replace("73% in Kyrgyzstan", "75% in Kyrgyzstan"),
      (s) => s.replace("73% in Kyrgyzstan", "80% in Kyrgyzstan"),
    );
    const second = await getArticleRevisions(t().db, id, 2);
    expect(second.change).toMatchObject({ revision: 2, previous: 1 });
    const latest = await getArticleRevisions(t().db, id, 99);
    expect(latest.change).toMatchObject({ revision: 3, previous: 2 });
    expect(latest.change!.diff.segments.filter((s) => s.kind === "added")).toEqual([{ kind: "added", text: "80" }]);
  });

  it("has no change to show for an article with one text", async () => {
    const id = await importEdits();
    expect((await getArticleRevisions(t().db, id)).change).toBeNull();
  });
});
