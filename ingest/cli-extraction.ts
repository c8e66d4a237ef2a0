import type { Database } from "../db/client";
import { runExtraction, requestReextraction, type ExtractionJobResult, type ExtractionProgress } from "./extraction-job";
import type { ProgressStream } from "./progress";
import { getOutletBySlug } from "./store";
import { UnknownOutletError } from "./pipeline";

/**
 * `reextract`: reads stored articles with the current extraction rules. Without `--all` only what is
 * pending (new, changed, or read by older rules); with it, every article again.
 */
export async function reextract(db: Database, options: { all: boolean; outlet?: string; stream?: ProgressStream }): Promise<ExtractionJobResult & { requested: number }> {
  let outletId: number | undefined;
  if (options.outlet) {
    const outlet = await getOutletBySlug(db, options.outlet);
    if (!outlet) throw new UnknownOutletError(`No outlet with slug "${options.outlet}"`);
    outletId = outlet.id;
  }
  const requested = options.all ? await requestReextraction(db, outletId) : 0;
  const show = extractionProgressLine(options.stream ?? process.stderr);
  const result = await runExtraction(db, { outletId, onProgress: show });
  show.done();
  return { ...result, requested };
}

/** The job's progress rewritten in place on a terminal; nothing in pipes. */
export function extractionProgressLine(stream: ProgressStream) {
  let shown = false;
  const show = (p: ExtractionProgress) => {
    if (!stream.isTTY) return;
    shown = true;
    const percent = p.total === 0 ? 100 : Math.floor((100 * p.done) / p.total);
    stream.write(`\r\x1b[KExtracting statements (rules v${p.version}): ${p.done} of ${p.total} articles (${percent} %), ${p.failed} failed`);
  };
  return Object.assign(show, {
    done: () => {
      if (shown) stream.write("\r\x1b[K");
    },
  });
}

export function describeExtraction(result: ExtractionJobResult): string {
  return `Statements extracted (rules v${result.version}): ${result.extracted} articles read${result.failed ? `, ${result.failed} failed` : ""}`;
}
