import Link from "next/link";
import type { ArticleListItem } from "../../lib/queries/articles";
import { DateLabel } from "./date-label";

export function ArticleList({ items }: { items: ArticleListItem[] }) {
  if (items.length === 0) return <p className="empty">No articles match these filters.</p>;
  return (
    <ol className="article-list">
      {items.map((a) => (
        <li key={a.id}>
          <Link className="article-title" href={`/articles/${a.id}`}>
            {a.title}
          </Link>
          <div className="article-meta">
            <span>{a.outlet.name}</span>
            <span aria-hidden="true">·</span>
            <DateLabel iso={a.publishedAt} />
            {a.authors.length > 0 && (
              <>
                <span aria-hidden="true">·</span>
                <span>{a.authors.join(", ")}</span>
              </>
            )}
          </div>
          {a.categories.length > 0 && (
            <ul className="tags" aria-label="Categories">
              {a.categories.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
