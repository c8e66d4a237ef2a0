import { describe, expect, it } from "vitest";
import {
  bucketOf,
  UNKNOWN_DATE_BUCKET,
  withUnknownDateRow,
  listBuckets,
  MAX_BUCKETS,
  nextBucket,
  seriesKey,
  toChartRows,
  TooManyBucketsError,
} from "./series";
import { formatBucketRange, formatBucketTick } from "./labels";

const at = (iso: string) => new Date(iso);

describe("bucketOf", () => {
  it("truncates to the first day of the UTC month", () => {
    expect(bucketOf(at("2022-04-06T13:45:00Z"), "month")).toBe("2022-04-01");
  });

  it("uses the UTC date, not the machine's local one", () => {
    // 23:30 in UTC-5 on 31 March is already 1 April in UTC.
    expect(bucketOf(at("2022-03-31T23:30:00-05:00"), "month")).toBe("2022-04-01");
    expect(bucketOf(at("2022-03-31T23:30:00-05:00"), "day")).toBe("2022-04-01");
  });

  it("starts ISO weeks on Monday", () => {
    expect(bucketOf(at("2024-01-01T00:00:00Z"), "week")).toBe("2024-01-01"); // a Monday
    expect(bucketOf(at("2024-01-07T23:59:59Z"), "week")).toBe("2024-01-01"); // the Sunday after
    expect(bucketOf(at("2024-01-08T00:00:00Z"), "week")).toBe("2024-01-08");
  });

  it("puts early-January days in the week that began in the old year", () => {
    // Friday 1 January 2021 belongs to the week of Monday 28 December 2020.
    expect(bucketOf(at("2021-01-01T10:00:00Z"), "week")).toBe("2020-12-28");
  });
});

describe("nextBucket and listBuckets", () => {
  it("crosses year boundaries", () => {
    expect(nextBucket("2022-12-01", "month")).toBe("2023-01-01");
    expect(nextBucket("2022-12-26", "week")).toBe("2023-01-02");
    expect(nextBucket("2022-12-31", "day")).toBe("2023-01-01");
  });

  it("handles leap days", () => {
    expect(listBuckets("2024-02-28", "2024-03-01", "day")).toEqual([
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
    ]);
  });

  it("refuses absurd ranges instead of allocating them", () => {
    expect(() => listBuckets("1900-01-01", "2026-01-01", "day")).toThrow(TooManyBucketsError);
    expect(listBuckets("2000-01-01", "2000-01-01", "day")).toHaveLength(1);
    expect(MAX_BUCKETS).toBeGreaterThan(366 * 4);
  });
});

describe("toChartRows", () => {
  const outlets = ["novastan-en", "opinion"];

  it("returns no rows for no data", () => {
    expect(toChartRows([], outlets, "month")).toEqual([]);
  });

  it("fills gaps between the first and last bucket with zeros for every outlet", () => {
    const rows = toChartRows(
      [
        { outlet: "novastan-en", bucket: "2022-11-01", count: 2 },
        { outlet: "opinion", bucket: "2023-02-01", count: 1 },
      ],
      outlets,
      "month",
    );
    expect(rows.map((r) => r.bucket)).toEqual([
      "2022-11-01",
      "2022-12-01",
      "2023-01-01",
      "2023-02-01",
    ]);
    expect(rows[0]).toEqual({ bucket: "2022-11-01", [seriesKey("novastan-en")]: 2, [seriesKey("opinion")]: 0 });
    expect(rows[1]).toEqual({ bucket: "2022-12-01", [seriesKey("novastan-en")]: 0, [seriesKey("opinion")]: 0 });
    expect(rows[3]).toEqual({ bucket: "2023-02-01", [seriesKey("novastan-en")]: 0, [seriesKey("opinion")]: 1 });
  });

  it("fills weekly gaps in Monday steps across a new year", () => {
    const rows = toChartRows(
      [
        { outlet: "opinion", bucket: "2023-01-09", count: 3 },
        { outlet: "opinion", bucket: "2022-12-19", count: 1 },
      ],
      outlets,
      "week",
    );
    expect(rows.map((r) => r.bucket)).toEqual([
      "2022-12-19",
      "2022-12-26",
      "2023-01-02",
      "2023-01-09",
    ]);
    expect(rows.map((r) => r[seriesKey("opinion")])).toEqual([1, 0, 0, 3]);
  });

  it("fills daily gaps and sums rows that land in the same bucket", () => {
    const rows = toChartRows(
      [
        { outlet: "novastan-en", bucket: "2026-06-13", count: 1 },
        { outlet: "novastan-en", bucket: "2026-06-15", count: 1 },
        { outlet: "novastan-en", bucket: "2026-06-15", count: 2 },
      ],
      ["novastan-en"],
      "day",
    );
    expect(rows).toEqual([
      { bucket: "2026-06-13", [seriesKey("novastan-en")]: 1 },
      { bucket: "2026-06-14", [seriesKey("novastan-en")]: 0 },
      { bucket: "2026-06-15", [seriesKey("novastan-en")]: 3 },
    ]);
  });

  it("keeps a slug called 'bucket' from overwriting the bucket", () => {
    const rows = toChartRows([{ outlet: "bucket", bucket: "2024-05-01", count: 4 }], ["bucket"], "month");
    expect(rows).toEqual([{ bucket: "2024-05-01", "outlet:bucket": 4 }]);
  });

  it("rejects malformed bucket strings", () => {
    expect(() => toChartRows([{ outlet: "a", bucket: "2024-13-45", count: 1 }], ["a"], "day")).toThrow(
      RangeError,
    );
  });
});

describe("labels", () => {
  it("formats ticks and tooltip ranges per unit", () => {
    expect(formatBucketTick("2022-04-01", "month")).toBe("Apr 2022");
    expect(formatBucketTick("2022-04-04", "week")).toBe("4 Apr 2022");
    expect(formatBucketRange("2022-12-26", "week")).toBe("Week of 26 Dec 2022 – 1 Jan 2023");
    expect(formatBucketRange("2026-06-15", "day")).toBe("15 Jun 2026");
  });
});

describe("withUnknownDateRow", () => {
  const rows = [{ bucket: "2022-04-01", [seriesKey("a")]: 1, [seriesKey("b")]: 0 }];

  it("appends one column of unknown-date counts per outlet", () => {
    const result = withUnknownDateRow(rows, [{ outlet: "b", count: 3 }], ["a", "b"]);
    expect(result).toEqual([...rows, { bucket: UNKNOWN_DATE_BUCKET, [seriesKey("a")]: 0, [seriesKey("b")]: 3 }]);
  });

  it("adds nothing when every date is known", () => {
    expect(withUnknownDateRow(rows, [{ outlet: "a", count: 0 }], ["a", "b"])).toBe(rows);
  });
});
