import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articleRevisions } from "../../db/schema";
import { diffTexts, type TextDiff } from "../text/revision-diff";

/** An article's kept texts, and what changed from one to the next, for the article page. */

export interface RevisionSummary {
  revision: number;
  title: string;
  wordCount: number;
  recordedAt: string;
}

export interface RevisionChange {
  /** The revision shown and the one before it. */
  revision: number;
  previous: number;
  titleBefore: string;
  titleAfter: string;
  diff: TextDiff;
}

export interface ArticleRevisions {
  revisions: RevisionSummary[];
  /** Null when the article has a single text. */
  change: RevisionChange | null;
}

/** Revisions oldest first, and the change into `revision` (default: the latest) from the one before it. */
export async function getArticleRevisions(db: Database, articleId: number, revision?: number): Promise<ArticleRevisions> {
  const revisions = await db
    .select({
      revision: articleRevisions.revision,
      title: articleRevisions.title,
      wordCount: articleRevisions.wordCount,
      recordedAt: articleRevisions.recordedAt,
    })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(asc(articleRevisions.revision));
  const summaries = revisions.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
  if (summaries.length < 2) return { revisions: summaries, change: null };

  const index = revision === undefined ? -1 : summaries.findIndex((r) => r.revision === revision);
  const shownIndex = index >= 1 ? index : summaries.length - 1;
  const [before, after] = [summaries[shownIndex - 1]!, summaries[shownIndex]!];
  // Only the two texts compared are loaded: earlier revisions of a long-lived article can be many.
  const texts = await db
    .select({ revision: articleRevisions.revision, contentText: articleRevisions.contentText })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.revision, [before.revision, after.revision])));
  const text = (n: number) => texts.find((t) => t.revision === n)?.contentText ?? "";
  return {
    revisions: summaries,
    change: {
      revision: after.revision,
      previous: before.revision,
      titleBefore: before.title,
      titleAfter: after.title,
      diff: diffTexts(text(before.revision), text(after.revision)),
    },
  };
}
