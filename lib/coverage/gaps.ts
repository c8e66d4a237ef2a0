import type { FetchGap } from "../queries/fetch-gaps";
import { bucketOf } from "./series";
import type { TimeUnit } from "./units";

/**
 * Fetch gaps in chart buckets: the first and last bucket each outlet's blind stretch touches, with
 * overlapping or touching stretches of one outlet merged so the chart draws one band, not a stack.
 */

export interface GapSpan {
  outlet: string;
  /** First and last bucket ("YYYY-MM-DD", UTC) the gap touches, inclusive. */
  first: string;
  last: string;
  failures: number;
}

export function gapSpans(gaps: FetchGap[], unit: TimeUnit, now: Date): GapSpan[] {
  const byOutlet = new Map<string, GapSpan[]>();
  const sorted = [...gaps].sort((a, b) => a.from.localeCompare(b.from));
  for (const gap of sorted) {
    const start = new Date(gap.from);
    // The gap ends at the instant of the next success, which belongs to the bucket it falls in only
    // if some blind time fell in that bucket too: hence the millisecond before it.
    const endInstant = gap.to ? new Date(Math.max(start.getTime(), new Date(gap.to).getTime() - 1)) : now;
    const span: GapSpan = {
      outlet: gap.outlet,
      first: bucketOf(start, unit),
      last: bucketOf(endInstant < start ? start : endInstant, unit),
      failures: gap.failures,
    };
    const spans = byOutlet.get(gap.outlet) ?? [];
    const previous = spans[spans.length - 1];
    if (previous && span.first <= previous.last) {
      if (span.last > previous.last) previous.last = span.last;
      previous.failures += span.failures;
    } else {
      spans.push(span);
    }
    byOutlet.set(gap.outlet, spans);
  }
  return [...byOutlet.values()].flat().sort((a, b) => a.first.localeCompare(b.first) || a.outlet.localeCompare(b.outlet));
}

/** Buckets the chart must include so every gap is drawn, even after an outlet's last article. */
export function gapBuckets(spans: GapSpan[]): string[] {
  return spans.flatMap((s) => [s.first, s.last]);
}
