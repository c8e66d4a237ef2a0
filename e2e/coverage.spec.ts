import { expect, test } from "@playwright/test";

/** An editor charts an outlet beside a topic, as counts and as a share, and opens the articles behind a number. */
test("coverage charts series built in the form, keeps them in the URL and opens the articles behind each count", async ({ page }, testInfo) => {
  await page.goto("/coverage");
  await expect(page.getByText("Choose at least one series")).toBeVisible();
  const rows = page.locator("fieldset.series-row");
  await rows.nth(0).getByLabel("Outlet").selectOption("novastan-en");
  await rows.nth(1).getByLabel("Outlet").selectOption("novastan-en");
  await rows.nth(1).getByLabel("Topic").selectOption("q");
  await rows.nth(1).getByLabel(/Words/).fill("invasion");
  await page.getByRole("button", { name: "Chart" }).click();
  await expect(page).toHaveURL(/s=outlet%3Anovastan-en&s=outlet%3Anovastan-en%7Cq%3Ainvasion/);
  const panel = page.getByRole("region", { name: /Articles per month/ });
  await expect(panel.locator("svg.recharts-surface")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Legend" })).toContainText("Novastan (English) · “invasion”");
  await page.screenshot({ path: `test-results/screenshots/coverage-${testInfo.project.name}.png`, fullPage: true });

  await page.getByLabel("Show").selectOption("share");
  await page.getByRole("button", { name: "Chart" }).click();
  await expect(page.getByRole("region", { name: /Share of output per month/ })).toBeVisible();

  await page.getByText("The numbers").click();
  const invasion = page.getByRole("row").filter({ hasText: "Novastan (English) · “invasion”" }).first();
  const count = await invasion.getByRole("link").innerText();
  await invasion.getByRole("link").click();
  await expect(page).toHaveURL(/\/search\?q=invasion&outlet=novastan-en&from=\d{4}-\d{2}-01&to=/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(new RegExp(`^${count} articles? match`));

  const csv = await page.request.get("/api/coverage/series?s=outlet:novastan-en&format=csv");
  expect(await csv.text()).toMatch(/^series,bucket,articles,output,share_percent\r?\nNovastan \(English\),/);
});
