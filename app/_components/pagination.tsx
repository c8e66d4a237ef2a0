"use client";

import type { MouseEvent } from "react";

interface Props {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  onSelect: (page: number) => void;
}

/** Previous / next links (real links, so they also work without script and open in new tabs). */
export function Pagination({ page, pageSize, total, hrefFor, onSelect }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const link = (target: number, label: string) => (
    <a
      href={hrefFor(target)}
      onClick={(event: MouseEvent) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onSelect(target);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? link(page - 1, "← Previous") : <span className="disabled">← Previous</span>}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? link(page + 1, "Next →") : <span className="disabled">Next →</span>}
    </nav>
  );
}
