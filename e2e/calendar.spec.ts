import { expect, test } from "@playwright/test";

/** An editor reviews what an outlet published, month by month, from its page. */
test("an outlet's calendar shows each day's articles and pages through the months that have any", async ({ page }, testInfo) => {
  await page.goto("/outlets/novastan-en");
  await page.getByRole("link", { name: "publication calendar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Novastan (English): publication calendar");
  const calendar = page.getByRole("table", { name: /^Novastan \(English\), \w+ \d{4}$/ });
  await expect(calendar.locator("td.has-articles").first()).toBeVisible();
  const firstTitle = calendar.locator("td.has-articles a").first();
  await expect(firstTitle).toHaveAttribute("href", /^\/articles\/\d+$/);
  await page.screenshot({ path: `test-results/screenshots/calendar-${testInfo.project.name}.png`, fullPage: true });

  const months = page.getByRole("navigation", { name: "Months" });
  const shown = await months.locator("span").first().innerText();
  await months.getByRole("link").first().click();
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await expect(months.locator("span").first()).not.toHaveText(shown);
  await expect(page.getByRole("table", { name: /^Novastan/ }).locator("td.has-articles").first()).toBeVisible();
});
