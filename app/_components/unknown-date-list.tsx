import Link from "next/link";
import type { CoverageResult } from "../../lib/queries/coverage";
import { outletColour } from "../_lib/colours";

export function UnknownDateList({ outlets, unknownDate }: Pick<CoverageResult, "outlets" | "unknownDate">) {
  if (outlets.length === 0) return <p className="empty">No outlets yet.</p>;
  const counts = new Map(unknownDate.map((u) => [u.outlet, u.count]));
  const total = unknownDate.reduce((sum, u) => sum + u.count, 0);
  return (
    <>
      <ul className="unknown-list">
        {outlets.map((o, i) => (
          <li key={o.slug}>
            <span className="swatch" style={{ background: outletColour(i) }} aria-hidden="true" />
            <span className="unknown-name">{o.name}</span>
            <Link className="unknown-count" href={`/articles?outlet=${encodeURIComponent(o.slug)}`}>
              {counts.get(o.slug) ?? 0}
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">Total: {total}</p>
    </>
  );
}
