import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { markerGroups } from "../db/schema";
import { rowsOf } from "../lib/queries/sql-rows";
import { BACKENDS, useTestDatabase } from "../test/databases";
import { runMarkerCounts } from "./marker-job";
import { seedSample } from "./sample";

interface Tally { slug: string; variant: string; count: number; in_quotes: number }

describe.each(BACKENDS)("framing-marker counts (%s)", (backend) => {
  const t = useTestDatabase(backend);
  const tallies = async () => rowsOf<Tally>(t().db, sql`
    select o.slug, m.variant, sum(m.count)::int as count, sum(m.in_quotes)::int as in_quotes
    from article_markers m join articles a on a.id = m.article_id join outlets o on o.id = a.outlet_id
    group by o.slug, m.variant order by 1, 2`);

  it("counts the sample's markers on ingest and recounts when an editor changes the lexicon", async () => {
    const db = t().db;
    await seedSample(db);
    const all = await tallies();
    const of = (slug: string, variant: string) => all.find((r) => r.slug === slug && r.variant === variant);
    // Six uses as a word (not "Kievan"), one of them inside the quoted official record.
    expect(of("opinion-central-asia", "Kiev")).toMatchObject({ count: 6, in_quotes: 1 });
    expect(of("opinion-central-asia", "regime")?.count).toBeGreaterThan(0);
    expect(of("novastan-en", "Kiev")).toBeUndefined();
    expect(of("novastan-en", "regime")).toBeUndefined();
    expect(of("novastan-en", "invasion")?.count).toBeGreaterThan(0);
    const smo = of("novastan-en", "special military operation")!;
    expect(smo.count).toBeGreaterThan(0);
    expect(smo.in_quotes).toBe(smo.count);
    expect((await runMarkerCounts(db)).counted).toBe(0);

    const [group] = await db.select().from(markerGroups).where(eq(markerGroups.key, "kyiv-kiev"));
    await db.update(markerGroups).set({ variants: group!.variants.filter((v) => v.label !== "Kiev") }).where(eq(markerGroups.key, "kyiv-kiev"));
    expect((await runMarkerCounts(db)).counted).toBeGreaterThan(0);
    expect((await tallies()).some((r) => r.variant === "Kiev")).toBe(false);
  });
});
