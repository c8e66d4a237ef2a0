import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * A feed's items normalised chunk by chunk, the next chunk made while the caller stores the current
 * one. Normalising (sanitising, plain text, hashes) is this process's CPU and storing mostly waits on
 * the database server, so on two cores they overlap instead of taking turns. It yields to the event
 * loop between items, so each of the store's round trips is answered at once (yielding every ten items
 * instead kept the database waiting and lost most of the gain).
 */

export interface NormalisedChunk<R> {
  records: R[];
  /** The items that could not be normalised, each described for the run's report. */
  problems: string[];
}

export async function* normaliseAhead<T, R>(
  items: readonly T[],
  normalise: (item: T) => R,
  describeFailure: (item: T, index: number, error: unknown) => string,
  { chunk }: { chunk: number },
): AsyncGenerator<NormalisedChunk<R>> {
  // Never rejects: a failing item becomes a problem, so a chunk made ahead and then abandoned (the
  // store failed) cannot surface as an unhandled rejection.
  const make = async (start: number, end: number): Promise<NormalisedChunk<R>> => {
    const made: NormalisedChunk<R> = { records: [], problems: [] };
    for (let i = start; i < end; i++) {
      if (i > start) await nextTurn();
      try {
        made.records.push(normalise(items[i]!));
      } catch (error) {
        made.problems.push(describeFailure(items[i]!, i, error));
      }
    }
    return made;
  };
  const bounds: [number, number][] = [];
  for (let start = 0; start < items.length; start = bounds.at(-1)![1]) {
    bounds.push([start, Math.min(start + chunk, items.length)]);
  }
  let next = bounds[0] && make(...bounds[0]);
  for (let k = 0; k < bounds.length; k++) {
    const current = await next!;
    next = bounds[k + 1] && make(...bounds[k + 1]!);
    yield current;
  }
}
