import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { runCli } from "./cli";

/**
 * A source we cannot see must stand out: an outlet whose feed answers 500 is named on the overview
 * and marked failing in the outlet list, with the error class and when it is tried again, and the
 * coverage chart draws the stretch it could not be seen as a fetch gap.
 * Runs after dashboard.spec.ts (files run in order), so the sample's own figures are unaffected.
 */

test("a failing feed is flagged on the overview and in the outlet list", async ({ page }, testInfo) => {
  const server = http.createServer((_req, res) => res.writeHead(500).end("down for maintenance"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const cli = (...args: string[]) => runCli(testInfo.project.name, ...args);
    await cli("outlets", "add", "--slug", "broken-wire", "--name", "Broken Wire Service", "--feed", `http://127.0.0.1:${port}/feed.xml`, "--json");
    await cli("ingest", "--outlet", "broken-wire", "--json");
    await cli("ingest", "--outlet", "broken-wire", "--json");
  } finally {
    server.close();
  }

  await page.goto("/");
  const alert = page.getByRole("region", { name: "Failing outlets" });
  await expect(alert).toContainText("1 outlet is failing to fetch");
  await expect(alert).toContainText("Broken Wire Service (HTTP 500, 2×)");
  const row = page.getByRole("region", { name: "Outlets" }).getByRole("row", { name: /Broken Wire Service/ });
  await expect(row).toContainText("Failing");
  await expect(row).toContainText("HTTP 500, 2 times in a row");
  await expect(row).toContainText("never succeeded");
  await expect(row).toContainText(/next attempt \d+ \w+ \d{4}/);

  // The coverage chart tells blindness from silence: a hatched band and the gap in words.
  await page.goto("/?unit=month");
  const gaps = page.getByRole("region", { name: "Fetch gaps" });
  await expect(gaps).toContainText(/Broken Wire Service \d+ \w+ \d{4}, \d\d:\d\d UTC to now \(still failing\): HTTP 500, 2 failed attempts/);
  await expect(page.locator(".fetch-gap-band")).toHaveCount(1);
  await page.getByRole("figure").screenshot({ path: `test-results/screenshots/fetch-gap-${testInfo.project.name}.png` });
  await page.screenshot({ path: `test-results/screenshots/failing-outlet-${testInfo.project.name}.png`, fullPage: true });
});
