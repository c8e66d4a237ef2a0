import { describe, expect, it } from "vitest";
import { seedSample } from "../../ingest/sample";
import { BACKENDS, useTestDatabase } from "../../test/databases";
import { getCalendarMonth } from "./calendar";

describe.each(BACKENDS)("an outlet's calendar (%s)", (backend) => {
  const t = useTestDatabase(backend);

  it("shows the newest month with articles by default, each day's articles, and the months around it", async () => {
    const db = t().db;
    await seedSample(db);
    const latest = (await getCalendarMonth(db, "novastan-en"))!;
    expect(latest.month).toMatch(/^\d{4}-\d{2}$/);
    expect(latest.days.length).toBeGreaterThan(0);
    expect(latest.days.every((d) => d.date.startsWith(latest.month) && d.articles.length > 0)).toBe(true);
    expect(latest.next).toBeNull();
    if (latest.previous) {
      const before = (await getCalendarMonth(db, "novastan-en", latest.previous))!;
      expect(before.days.length).toBeGreaterThan(0);
      expect(before.next).toBe(latest.month);
    }
    expect((await getCalendarMonth(db, "novastan-en", "1990-01"))!.days).toEqual([]);
    expect(await getCalendarMonth(db, "no-such-outlet")).toBeNull();
  });
});
