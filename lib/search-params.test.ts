import { describe, expect, it } from "vitest";
import { searchParamsToRecord, toQueryString } from "./search-params";

describe("searchParamsToRecord", () => {
  it("keeps the first value of repeated keys and drops empty ones", () => {
    expect(searchParamsToRecord(new URLSearchParams("a=1&a=2&b=&c=%20x"))).toEqual({ a: "1", c: " x" });
    expect(searchParamsToRecord({ a: ["1", "2"], b: undefined, c: "" })).toEqual({ a: "1" });
  });
});

describe("toQueryString", () => {
  it("encodes set values and omits unset ones", () => {
    expect(toQueryString({ category: "War in Ukraine", page: 2, from: undefined })).toBe(
      "?category=War+in+Ukraine&page=2",
    );
    expect(toQueryString({ from: undefined, to: "" })).toBe("");
  });
});
