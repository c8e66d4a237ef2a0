import { getDb } from "../../../../lib/db";
import { getArticle } from "../../../../lib/queries/articles";
import { articleIdSchema } from "../../../../lib/queries/article-params";
import { formatIssues } from "../../../../lib/queries/params";
import { jsonError, respond } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id — one article with its sanitised body; 404 when there is none. */
export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = articleIdSchema.safeParse((await context.params).id);
  if (!id.success) return jsonError(400, "invalid_params", formatIssues(id.error));
  return respond("/api/articles/[id]", async () => {
    const article = await getArticle(await getDb(), id.data);
    return article ?? jsonError(404, "not_found", `No article with id ${id.data}`);
  });
}
