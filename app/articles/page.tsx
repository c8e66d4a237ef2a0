import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getDb } from "../../lib/db";
import { listArticles, listCategories } from "../../lib/queries/articles";
import { articleListQuerySchema } from "../../lib/queries/article-params";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { ArticleBrowser } from "../_components/article-browser";
import { readArticleFilters } from "../_lib/article-filters";
import { getQueryClient } from "../_lib/query-client";
import { articleListQueryOptions, categoryListQueryOptions } from "../_lib/query-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = readArticleFilters(await searchParams);
  const db = await getDb();
  const queryClient = getQueryClient();
  const query = articleListQuerySchema.safeParse(filters);
  // Invalid filters are not prefetched: the browser's request then gets the API's 400 message.
  if (query.success) {
    await queryClient.prefetchQuery({
      ...articleListQueryOptions(filters),
      queryFn: () => listArticles(db, query.data),
    });
  }
  await queryClient.prefetchQuery({
    ...categoryListQueryOptions({ outlet: filters.outlet }),
    queryFn: () => listCategories(db, { outlet: filters.outlet }),
  });
  const outlets = (await listOutletsWithStats(db)).map(({ slug, name }) => ({ slug, name }));

  return (
    <>
      <h1>Articles</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ArticleBrowser outlets={outlets} />
      </HydrationBoundary>
    </>
  );
}
