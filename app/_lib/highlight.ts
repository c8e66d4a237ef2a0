import { splitParagraphs } from "../../lib/text/sentences";

/**
 * Cuts an article's plain text into paragraphs of runs, each run covered by at most one source (the
 * narrowest one there) and at most one funding claim, so that overlapping spans still render as
 * properly nested elements: a claim underlines its sentence while the sources inside it keep their
 * own marks.
 */

export type SpanLayer = "source" | "claim";

export interface HighlightSpan {
  /** The element id the side list links to. */
  id: string;
  layer: SpanLayer;
  start: number;
  end: number;
}

export interface Run<S extends HighlightSpan> {
  text: string;
  start: number;
  source: S | null;
  claim: S | null;
  /** The spans that begin in this run: their ids go on its elements. */
  sourceStarts: boolean;
  claimStarts: boolean;
  /** Ids of spans that begin here but are hidden under narrower ones: empty anchors keep them reachable. */
  anchors: string[];
}

export function highlightRuns<S extends HighlightSpan>(text: string, spans: S[]): Run<S>[][] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const anchored = new Set<string>();
  return splitParagraphs(text).map((paragraph) => {
    const inside = valid.filter((s) => s.start < paragraph.end && s.end > paragraph.start);
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const s of inside) {
      cuts.add(Math.max(s.start, paragraph.start));
      cuts.add(Math.min(s.end, paragraph.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run<S>[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const covering = inside.filter((s) => s.start <= start && s.end >= end);
      const source = narrowest(covering.filter((s) => s.layer === "source"));
      const claim = narrowest(covering.filter((s) => s.layer === "claim"));
      const starts = (s: S | null) => {
        if (!s || anchored.has(s.id)) return false;
        anchored.add(s.id);
        return true;
      };
      const sourceStarts = starts(source);
      const claimStarts = starts(claim);
      const anchors = covering.filter((s) => !anchored.has(s.id)).map((s) => s.id);
      for (const id of anchors) anchored.add(id);
      runs.push({ text: text.slice(start, end), start, source, claim, sourceStarts, claimStarts, anchors });
    }
    return runs;
  });
}

function narrowest<S extends HighlightSpan>(spans: S[]): S | null {
  let best: S | null = null;
  for (const s of spans) if (!best || s.end - s.start < best.end - best.start) best = s;
  return best;
}
