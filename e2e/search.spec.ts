import { expect, test } from "@playwright/test";
import { runCli } from "./cli";

/**
 * Full-text search as an editor uses it: English seed articles found by a stemmed word with the match
 * marked, a Russian article found by another case of the word, filters and export kept in the URL.
 */

test("search finds the English seed articles and a Russian article in Russian, with marked snippets", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  await runCli(project, "outlets", "add", "--slug", "ru-fixture", "--name", "Russian fixture outlet", "--kind", "scrape", "--language", "ru");
  const imported = await runCli(project, "import", "test/fixtures/texts/ru-migrant-remittances.txt", "--outlet", "ru-fixture", "--published", "2024-05-02", "--json");
  expect(imported.stdout).toContain('"itemsSeen": 1');

  await page.goto("/search");
  await expect(page.locator("details.syntax-help summary")).toHaveText("How to write a query");
  await page.getByLabel("Words to find").fill("soldier");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=soldier/);
  const results = page.getByRole("region", { name: /articles? match/ });
  await expect(results.getByRole("heading", { level: 2 })).toHaveText(/^\d+ articles match “soldier”$/);
  await expect(results.getByRole("link", { name: /How Russia is recruiting Central Asian soldiers/ })).toBeVisible();
  await expect(results.locator("mark").first()).toHaveText(/^soldiers$/i);
  await expect(results).not.toContainText("Переводы");
  await page.screenshot({ path: `test-results/screenshots/search-en-${project}.png`, fullPage: true });

  await page.getByLabel("Words to find").fill("мигрантов");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results.getByRole("heading", { level: 2 })).toHaveText("1 article matches “мигрантов”");
  await expect(results.getByRole("link", { name: /Переводы трудовых мигрантов/ })).toBeVisible();
  // Russian stemming: the nominative in the text is marked for a query in the genitive.
  await expect(results.locator(".snippet mark")).toContainText(["мигрантов", "мигранты"]);
  await page.screenshot({ path: `test-results/screenshots/search-ru-${project}.png`, fullPage: true });

  // Filters live in the URL: English only leaves the Russian article out.
  await page.getByLabel("Language").selectOption("en");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/language=en/);
  await expect(results.getByRole("heading", { level: 2 })).toHaveText("0 articles match “мигрантов”");
  await expect(results).toContainText("No article matches");

  const csv = await page.request.get("/api/search?q=soldier&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/^rank,article_id,title,outlet,published,language,snippet,url\r?\n1,/);
});
