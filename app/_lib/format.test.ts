import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, isWebUrl } from "./format";

describe("formatDate", () => {
  it("formats in UTC and passes unknown dates through as null", () => {
    expect(formatDate("2022-04-06T23:30:00.000Z")).toBe("6 Apr 2022");
    expect(formatDate("2026-09-01T00:00:00.000Z")).toBe("1 Sep 2026");
    expect(formatDate(null)).toBeNull();
    expect(formatDate("not a date")).toBeNull();
  });

  it("adds a zero-padded UTC time", () => {
    expect(formatDateTime("2026-06-16T09:05:00.000Z")).toBe("16 Jun 2026, 09:05 UTC");
  });
});

describe("isWebUrl", () => {
  it("accepts http and https only", () => {
    expect(isWebUrl("https://novastan.org/en/a")).toBe(true);
    expect(isWebUrl("javascript:alert(1)")).toBe(false);
    expect(isWebUrl("data:text/html,x")).toBe(false);
    expect(isWebUrl("/relative")).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
