import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./admin";
import { runCli } from "./cli";

/**
 * A journalist follows a search, a claim and an organisation; a new article that matches all three
 * raises three alerts on the watchlist page, counted in the header until they are marked read.
 */

test("following a search, a claim and an entity raises an alert for each when a matching article arrives", async ({ page, request }, testInfo) => {
  const project = testInfo.project.name;
  expect((await request.post("/api/watchlists", { data: { kind: "search", query: "passport" } })).status()).toBe(401);

  await page.goto("/login?next=/search");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await page.getByLabel("Words to find").fill("passport");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("button", { name: "Watch this search" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Following passport" })).toBeVisible();

  await page.goto("/trace?q=12%2C000+soldiers+from+Central+Asia");
  await page.getByRole("link", { name: /^Review this claim/ }).first().click();
  await page.getByRole("button", { name: "Track this claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Following Far beyond the 1,400 Africans/ })).toBeVisible();

  await page.goto("/watchlists");
  await page.getByLabel("Person or organisation").fill("NED");
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Following National Endowment for Democracy");
  const following = page.getByRole("table", { name: "What you follow" });
  await expect(following.getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Alerts" })).toContainText("No alerts yet");

  await runCli(project, "outlets", "add", "--slug", "osh-news", "--name", "Osh News", "--kind", "scrape", "--language", "en");
  const imported = await runCli(project, "import", "test/fixtures/texts/en-watchlist-news.txt", "--outlet", "osh-news", "--published", "2026-11-20", "--json");
  expect(imported.stdout).toContain('"itemsSeen": 1');

  await page.reload();
  const alerts = page.getByRole("list", { name: "Alerts" });
  await expect(alerts.locator("li")).toHaveCount(3);
  for (const matched of ["Search: passport", "Claim: Far beyond the 1,400 Africans", "Entity: National Endowment for Democracy"]) {
    await expect(alerts.locator("li", { hasText: matched })).toContainText("Recruiters in Osh promise passports to those who sign");
  }
  await expect(page.getByRole("banner").getByRole("link", { name: "Watchlists (3 new)" })).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/watchlists-${project}.png`, fullPage: true });

  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("status")).toHaveText("3 marked read");
  await expect(page.getByRole("banner").getByRole("link", { name: "Watchlists", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Stop following Search: passport" }).click();
  await expect(following.getByRole("row")).toHaveCount(3);
});
