import Link from "next/link";

/** Previous / next links of a server-rendered, paged list; nothing when there is one page. */
export function PageLinks({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? <Link href={hrefFor(page - 1)}>← Previous</Link> : <span className="disabled">← Previous</span>}
      <span>Page {page} of {pages}</span>
      {page < pages ? <Link href={hrefFor(page + 1)}>Next →</Link> : <span className="disabled">Next →</span>}
    </nav>
  );
}
