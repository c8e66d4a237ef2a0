import type { CoverageResult } from "../../lib/queries/coverage";
import { formatDateTime } from "../_lib/format";
import { describeError } from "./outlet-health";

/**
 * The fetch gaps behind the chart's hatched bands, in words: who could not be seen, from when to
 * when, and why. Without this list a missing bar could be read as an outlet that went quiet.
 */
export function FetchGapList({ outlets, gaps }: Pick<CoverageResult, "outlets" | "gaps">) {
  if (gaps.length === 0) return null;
  const names = new Map(outlets.map((o) => [o.slug, o.name]));
  return (
    <section className="gap-list" aria-label="Fetch gaps">
      <h3>
        <span className="swatch swatch-gap" aria-hidden="true" /> Fetch gaps: Claimscope could not see these outlets
      </h3>
      <ul>
        {gaps.map((g) => (
          <li key={`${g.source}|${g.from}`}>
            <strong>{names.get(g.outlet) ?? g.outlet}</strong>{" "}
            <time dateTime={g.from}>{formatDateTime(g.from)}</time> to{" "}
            {g.to ? <time dateTime={g.to}>{formatDateTime(g.to)}</time> : "now (still failing)"}:{" "}
            {describeError(g.errorCode)}, {g.failures === 1 ? "1 failed attempt" : `${g.failures} failed attempts`}
          </li>
        ))}
      </ul>
    </section>
  );
}
