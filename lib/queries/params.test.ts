import { describe, expect, it } from "vitest";
import { articleIdSchema, articleListQuerySchema } from "./article-params";
import { coverageQuerySchema } from "./coverage-params";
import { formatIssues } from "./params";

function problem(result: { success: boolean; error?: Parameters<typeof formatIssues>[0] }): string {
  expect(result.success).toBe(false);
  return formatIssues(result.error!);
}

describe("articleListQuerySchema", () => {
  it("applies defaults and makes `to` an exclusive end of day", () => {
    const q = articleListQuerySchema.parse({ from: "2024-03-01", to: "2024-03-31" });
    expect(q).toEqual({
      from: new Date("2024-03-01T00:00:00Z"),
      to: new Date("2024-04-01T00:00:00Z"),
      page: 1,
      pageSize: 20,
    });
  });

  it("names the field and the expected form for a bad date", () => {
    expect(problem(articleListQuerySchema.safeParse({ from: "01/03/2024" }))).toBe(
      "from: must be a date in the form YYYY-MM-DD",
    );
    expect(problem(articleListQuerySchema.safeParse({ to: "2023-02-29" }))).toBe(
      "to: 2023-02-29 is not a real calendar date",
    );
    expect(problem(articleListQuerySchema.safeParse({ from: "2024-05-02", to: "2024-05-01" }))).toBe(
      "to: must not be before from",
    );
  });

  it("rejects bad pages and page sizes", () => {
    expect(problem(articleListQuerySchema.safeParse({ page: "abc" }))).toBe("page: must be a whole number");
    expect(problem(articleListQuerySchema.safeParse({ page: "0" }))).toBe("page: must be 1 or more");
    expect(problem(articleListQuerySchema.safeParse({ pageSize: "1000" }))).toBe(
      "pageSize: must be at most 100",
    );
  });
});

describe("coverageQuerySchema", () => {
  it("defaults to month and splits the outlet list", () => {
    expect(coverageQuerySchema.parse({ outlets: "a, b,," })).toEqual({
      unit: "month",
      outlets: ["a", "b"],
      from: undefined,
      to: undefined,
    });
  });

  it("rejects an unknown unit with the allowed values", () => {
    expect(problem(coverageQuerySchema.safeParse({ unit: "year" }))).toBe(
      "unit: must be one of: month, week, day",
    );
    expect(problem(coverageQuerySchema.safeParse({ unit: "day'); drop table articles; --" }))).toMatch(
      /^unit: must be one of/,
    );
  });
});

describe("articleIdSchema", () => {
  it("accepts positive integers only", () => {
    expect(articleIdSchema.parse("42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "abc", "99999999999"]) {
      expect(articleIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});
