import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../../lib/db";
import { getArticle } from "../../../lib/queries/articles";
import { articleIdSchema } from "../../../lib/queries/article-params";
import { getRelatedArticles } from "../../../lib/queries/article-links";
import { getArticleRevisions } from "../../../lib/queries/revisions";
import { getArticleStatements, type ArticleStatements } from "../../../lib/queries/statements";
import { ArticleBody } from "../../_components/article-body";
import { ArticleStatementsView } from "../../_components/article-statements";
import { DateLabel } from "../../_components/date-label";
import { RelatedArticles } from "../../_components/related-articles";
import { RevisionHistory } from "../../_components/revision-history";
import { formatDate, formatDateTime, isWebUrl } from "../../_lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ revision?: string | string[]; view?: string | string[] }> };

// cache(): metadata and page share one query per request.
const loadArticle = cache(async (rawId: string) => {
  const id = articleIdSchema.safeParse(rawId);
  return id.success ? getArticle(await getDb(), id.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await loadArticle((await params).id);
  if (!article) notFound();
  const db = await getDb();
  const query = await searchParams;
  const requested = Number(query.revision);
  const original = query.view === "original";
  const [history, related, statements] = await Promise.all([
    article.revisionCount > 1 ? getArticleRevisions(db, article.id, Number.isInteger(requested) ? requested : undefined) : null,
    getRelatedArticles(db, article.id),
    getArticleStatements(db, article.id),
  ]);
  const highlighted = statements.state !== null && statements.state.error === null && !original;

  return (
    <article className="card article">
      <p className="muted">
        <Link href={`/articles?outlet=${encodeURIComponent(article.outlet.slug)}`}>{article.outlet.name}</Link>
      </p>
      <h1>{article.title}</h1>
      <dl className="article-facts">
        <dt>Published</dt>
        <dd>
          <DateLabel iso={article.publishedAt} />
        </dd>
        {article.authors.length > 0 && (
          <>
            <dt>{article.authors.length === 1 ? "Author" : "Authors"}</dt>
            <dd>{article.authors.join(", ")}</dd>
          </>
        )}
        {article.categories.length > 0 && (
          <>
            <dt>Categories</dt>
            <dd>
              <ul className="tags">
                {article.categories.map((c) => (
                  <li key={c}>
                    <Link href={`/articles?category=${encodeURIComponent(c)}`}>{c}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Words</dt>
        <dd>{article.wordCount}</dd>
        <dt>Revisions</dt>
        <dd>
          {article.revisionCount}
          {article.revisionCount > 1 && (
            <>
              {" "}(the text changed after it was first seen: <a href="#revisions-heading">see what changed</a>)
            </>
          )}
        </dd>
        <dt>First seen</dt>
        <dd>{formatDate(article.firstSeenAt)}</dd>
        {article.credits.length > 0 && (
          <>
            <dt>Credits stated</dt>
            <dd>
              <ul className="credits" aria-label="Credits stated on the page">
                {article.credits.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {isWebUrl(article.url) && (
        <p>
          <a href={article.url} rel="noopener noreferrer" target="_blank">
            Read the original on {new URL(article.url).host} ↗
          </a>
        </p>
      )}
      <div className="view-switch">
        <nav className="segmented" aria-label="How to show the text">
          <Link href={`/articles/${article.id}`} aria-current={!original ? "true" : undefined}>Sources highlighted</Link>
          <Link href={`/articles/${article.id}?view=original`} aria-current={original ? "true" : undefined}>Original formatting</Link>
        </nav>
        <ExtractionNote state={statements.state} />
      </div>
      {highlighted ? <ArticleStatementsView text={article.contentText} statements={statements} /> : <ArticleBody html={article.contentHtml} />}
      <RelatedArticles related={related} />
      {history && <RevisionHistory articleId={article.id} history={history} />}
    </article>
  );
}

function ExtractionNote({ state }: { state: ArticleStatements["state"] }) {
  if (!state) return <p className="muted">Sources and funding claims: not read yet (the extraction job reads new articles after each ingest).</p>;
  if (state.error) return <p className="error">The extraction rules could not read this text: {state.error}</p>;
  return (
    <p className="muted">
      Read by extraction rules v{state.version} on {formatDateTime(state.extractedAt)}
      {!state.current && " (newer rules are re-reading the archive)"}
    </p>
  );
}
