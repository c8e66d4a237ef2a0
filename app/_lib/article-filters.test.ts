import { describe, expect, it } from "vitest";
import { changeFilter, readArticleFilters } from "./article-filters";

describe("readArticleFilters", () => {
  it("keeps only known, non-empty filters and drops page 1", () => {
    expect(
      readArticleFilters(new URLSearchParams("outlet=novastan-en&from=&page=1&utm_source=x")),
    ).toEqual({ outlet: "novastan-en" });
    expect(readArticleFilters({ category: "Russia", page: "3" })).toEqual({ category: "Russia", page: "3" });
  });

  it("gives server and browser the same object for the same URL", () => {
    const url = "category=War+in+Ukraine&to=2024-01-31&outlet=a";
    expect(readArticleFilters(new URLSearchParams(url))).toEqual(
      readArticleFilters(Object.fromEntries(new URLSearchParams(url))),
    );
  });
});

describe("changeFilter", () => {
  it("returns to the first page when a filter changes", () => {
    expect(changeFilter({ from: "2024-01-01", page: "4" }, "to", "2024-02-01")).toEqual({
      from: "2024-01-01",
      to: "2024-02-01",
    });
  });

  it("clears the category when the outlet changes and removes emptied filters", () => {
    expect(changeFilter({ outlet: "a", category: "Russia" }, "outlet", "b")).toEqual({ outlet: "b" });
    expect(changeFilter({ outlet: "a" }, "outlet", "")).toEqual({});
  });

  it("changes pages without touching filters", () => {
    expect(changeFilter({ outlet: "a" }, "page", "2")).toEqual({ outlet: "a", page: "2" });
  });
});
