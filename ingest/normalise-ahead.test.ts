import { describe, expect, it } from "vitest";
import { normaliseAhead } from "./normalise-ahead";

describe("normaliseAhead", () => {
  const collect = async <R>(chunks: AsyncIterable<{ records: R[]; problems: string[] }>) => {
    const out: { records: R[]; problems: string[] }[] = [];
    for await (const chunk of chunks) out.push(chunk);
    return out;
  };

  it("gives every item once, in order, chunk by chunk, a failing item as a problem that keeps its chunk going", async () => {
    const items = [1, 2, 3, 4, 5, 6, 7];
    const chunks = await collect(normaliseAhead(items, (n) => {
      if (n === 5) throw new Error("five is broken");
      return n * 10;
    }, (n, index, error) => `item ${index + 1} (${n}): ${(error as Error).message}`, { chunk: 3 }));
    expect(chunks).toEqual([
      { records: [10, 20, 30], problems: [] },
      { records: [40, 60], problems: ["item 5 (5): five is broken"] },
      { records: [70], problems: [] },
    ]);
  });

  it("makes the next chunk while the caller is busy with the current one", async () => {
    const made: number[] = [];
    const seenWhenStoring: number[] = [];
    for await (const chunk of normaliseAhead([1, 2, 3, 4], (n) => (made.push(n), n), () => "", { chunk: 2 })) {
      // The caller's store waits on the database: the next chunk is made meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 20));
      seenWhenStoring.push(made.length);
      expect(chunk.records).toHaveLength(2);
    }
    expect(seenWhenStoring).toEqual([4, 4]);
  });

  it("gives nothing for no items", async () => {
    expect(await collect(normaliseAhead([], (n: number) => n, () => "", { chunk: 100 }))).toEqual([]);
  });
});
