import { and, desc, eq, exists, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client";
import { articleCategories, articles, categories, outlets } from "../../db/schema";

/**
 * Article reads for the list, the article page and the category filter. Dates leave as ISO
 * strings so server prefetch and the JSON API hand the browser the same shape.
 */

export interface ArticleListItem {
  id: number;
  title: string;
  outlet: { slug: string; name: string };
  /** Null when the source gave no date: shown as "Date unknown", never guessed. */
  publishedAt: string | null;
  authors: string[];
  categories: string[];
  wordCount: number;
}

export interface ArticlePage {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ListArticlesOptions {
  outlet?: string;
  category?: string;
  entity?: number;
  /** Inclusive start. Articles without a date never match a date range. */
  from?: Date;
  /** Exclusive end. */
  to?: Date;
  page: number;
  pageSize: number;
}

// Correlated subquery: one sorted name list per article, without multiplying article rows.
const categoryNames = sql<string[]>`coalesce((
  select array_agg(${categories.name} order by ${categories.name})
  from ${articleCategories} join ${categories} on ${categories.id} = ${articleCategories.categoryId}
  where ${articleCategories.articleId} = ${articles.id}
), '{}')`;

function hasCategory(db: Database, name: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(articleCategories)
      .innerJoin(categories, eq(categories.id, articleCategories.categoryId))
      .where(and(eq(articleCategories.articleId, articles.id), eq(categories.name, name))),
  );
}

export async function listArticles(db: Database, options: ListArticlesOptions): Promise<ArticlePage> {
  const { page, pageSize } = options;
  const where = and(
    options.outlet ? eq(outlets.slug, options.outlet) : undefined,
    options.category ? hasCategory(db, options.category) : undefined,
    options.entity ? sql`exists (select 1 from mentions m where m.article_id = ${articles.id} and m.entity_id = ${options.entity})` : undefined,
    options.from ? gte(articles.publishedAt, options.from) : undefined,
    options.to ? lt(articles.publishedAt, options.to) : undefined,
  );

  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      outletSlug: outlets.slug,
      outletName: outlets.name,
      publishedAt: articles.publishedAt,
      authors: articles.authors,
      categories: categoryNames,
      wordCount: articles.wordCount,
    })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(where)
    // Newest first; undated articles after all dated ones; id keeps pages stable on ties.
    .orderBy(sql`${articles.publishedAt} desc nulls last`, desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [totalRow] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(where);

  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      outlet: { slug: r.outletSlug, name: r.outletName },
      publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null,
      authors: r.authors,
      categories: r.categories,
      wordCount: r.wordCount,
    })),
    total: totalRow?.total ?? 0,
    page,
    pageSize,
  };
}

export interface ArticleDetail extends Omit<ArticleListItem, "outlet"> {
  outlet: { slug: string; name: string; homepageUrl: string | null };
  url: string | null;
  updatedAt: string | null;
  language: string | null;
  /** Sanitised at ingest; render only through app/_components/article-body.tsx. */
  contentHtml: string;
  /** The plain text the stated sources' offsets refer to. */
  contentText: string;
  revisionCount: number;
  firstSeenAt: string;
  /** Credits the page states ("© RIA / Sputnik"), kept as provenance evidence. */
  credits: string[];
}

export async function getArticle(db: Database, id: number): Promise<ArticleDetail | null> {
  const [row] = await db
    .select({
      id: articles.id,
      title: articles.title,
      url: articles.url,
      authors: articles.authors,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      language: articles.language,
      contentHtml: articles.contentHtml,
      contentText: articles.contentText,
      wordCount: articles.wordCount,
      revisionCount: articles.revisionCount,
      firstSeenAt: articles.firstSeenAt,
      credits: articles.credits,
      categories: categoryNames,
      outletSlug: outlets.slug,
      outletName: outlets.name,
      outletHomepageUrl: outlets.homepageUrl,
    })
    .from(articles)
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const { outletSlug, outletName, outletHomepageUrl, ...article } = row;
  return {
    ...article,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    updatedAt: article.updatedAt?.toISOString() ?? null,
    firstSeenAt: article.firstSeenAt.toISOString(),
    outlet: { slug: outletSlug, name: outletName, homepageUrl: outletHomepageUrl },
  };
}

export interface CategoryCount {
  name: string;
  count: number;
}

/** Categories with article counts (optionally within one outlet), most used first. */
export async function listCategories(
  db: Database,
  options: { outlet?: string } = {},
): Promise<CategoryCount[]> {
  const n = sql<number>`count(*)::int`;
  return db
    .select({ name: categories.name, count: n })
    .from(categories)
    .innerJoin(articleCategories, eq(articleCategories.categoryId, categories.id))
    .innerJoin(articles, eq(articles.id, articleCategories.articleId))
    .innerJoin(outlets, eq(outlets.id, articles.outletId))
    .where(options.outlet ? eq(outlets.slug, options.outlet) : undefined)
    .groupBy(categories.id, categories.name)
    .orderBy(desc(n), categories.name);
}
