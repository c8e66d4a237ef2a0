import { expect, test } from "@playwright/test";

/**
 * The dashboard as a newcomer first sees it: the bundled sample ingested on first start,
 * 8 articles in 2 outlets. Runs once per database (projects "pglite" and "postgres").
 */

const NOVASTAN = "Novastan (English)";
const SCRAPED = "Central Asia opinion site (scraped)";

test("the overview charts both outlets and lists them with their fetch state", async ({ page }, testInfo) => {
  await page.goto("/");
  const coverage = page.getByRole("region", { name: "Coverage over time" });
  const legend = coverage.locator(".recharts-legend-wrapper");
  await expect(legend).toContainText(NOVASTAN);
  await expect(legend).toContainText(SCRAPED);
  // Bars are drawn for both outlets: Novastan's dated ones and the scraped article's unknown-date column.
  await expect(coverage.locator(".recharts-bar-rectangle path, .recharts-bar-rectangle rect").first()).toBeVisible();
  await expect(coverage.getByText("Date unknown")).toBeVisible();
  // Counts axis 0–2 (two Novastan articles in Nov 2022 and in May 2023), labelled; time axis labelled.
  await expect(coverage.locator(".recharts-yAxis-tick-labels text")).toHaveText(["0", "1", "2"]);
  await expect(coverage.getByText("Articles", { exact: true })).toBeVisible();
  await expect(coverage.getByText("Month (UTC)")).toBeVisible();
  await expect(coverage.getByText(/7 dated articles, Apr 2022 to Jun 2026/)).toBeVisible();
  await expect(coverage.getByText(/1 article of unknown date/)).toBeVisible();

  const outlets = page.getByRole("region", { name: "Outlets" });
  await expect(outlets.getByRole("row", { name: new RegExp(NOVASTAN.replace(/[()]/g, "\\$&")) })).toContainText("7");
  await expect(outlets.getByRole("row", { name: /Central Asia opinion site/ })).toContainText("1 with unknown date");
  await expect(outlets.getByText("OK")).toHaveCount(2);

  await page.screenshot({ path: testInfo.outputPath(`overview-${testInfo.project.name}.png`), fullPage: true });
  await page.screenshot({ path: `test-results/screenshots/overview-${testInfo.project.name}.png`, fullPage: true });
});

test("switching to weeks keeps the choice in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("group", { name: "Time unit" }).getByText("Week").click();
  await expect(page).toHaveURL(/[?&]unit=week/);
  await expect(page.getByText(/bars per week starting Monday/)).toBeVisible();
});

test("the article list filters by outlet, category and date, and the URL shares the view", async ({ page }, testInfo) => {
  await page.goto("/articles");
  await expect(page.getByText("8 articles")).toBeVisible();

  await page.getByLabel("Outlet").selectOption({ label: NOVASTAN });
  await expect(page).toHaveURL(/outlet=novastan-en/);
  await expect(page.getByText("7 articles")).toBeVisible();

  await page.getByLabel("Category").selectOption("Tajikistan");
  await expect(page).toHaveURL(/category=Tajikistan/);
  await expect(page.getByText("4 articles")).toBeVisible();

  await page.getByLabel("From").fill("2023-01-01");
  await expect(page).toHaveURL(/from=2023-01-01/);
  await expect(page.getByText("2 articles")).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/articles-${testInfo.project.name}.png`, fullPage: true });

  // The same URL opened fresh shows the same view.
  await page.goto(page.url());
  await expect(page.getByText("2 articles")).toBeVisible();
  await expect(page.getByRole("link", { name: /I only needed a passport/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Effects of Sanctions/ })).toHaveCount(0);
});

test("an article page shows its facts, its sanitised body and the original link", async ({ page }, testInfo) => {
  await page.goto("/articles?outlet=novastan-en");
  await page.getByRole("link", { name: "Effects of Sanctions on Russia strongly felt in Dushanbe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Effects of Sanctions on Russia strongly felt in Dushanbe");
  const facts = page.locator(".article-facts");
  await expect(facts).toContainText("Fiona Katherine Smith");
  await expect(facts).toContainText("6 Apr 2022");
  await expect(facts.getByRole("link", { name: "Somoni" })).toBeVisible();
  const original = page.getByRole("link", { name: /Read the original on novastan\.org/ });
  await expect(original).toHaveAttribute("href", "https://novastan.org/en/tajikistan/effects-of-sanctions-on-russia-strongly-felt-in-dushanbe/");
  await expect(original).toHaveAttribute("rel", /noopener/);
  const body = page.locator(".article-body");
  await expect(body).toContainText("Dushanbe");
  await expect(body).not.toContainText("appeared first on");
  expect(await body.locator("script, [onclick], [style]").count()).toBe(0);
  await page.screenshot({ path: `test-results/screenshots/article-${testInfo.project.name}.png`, fullPage: true });
});

test("the scraped article shows its date as unknown and no page furniture", async ({ page }) => {
  await page.goto("/articles?outlet=opinion-central-asia");
  await page.getByRole("link", { name: "How Russia’s neighbors react to the war in Ukraine" }).click();
  await expect(page.getByText("Date unknown")).toBeVisible();
  const body = page.locator(".article-body");
  await expect(body).toContainText("received a grant in the amount of $230,000");
  await expect(body).not.toContainText("Fight Censorship");
  await expect(body).not.toContainText("Leave a Comment");
  await expect(page.getByRole("link", { name: /Read the original/ })).toHaveCount(0);
  // The teasers' photo credits are not article text, but they are kept as evidence of whose pages these are.
  await expect(body).not.toContainText("© RIA");
  await expect(page.getByRole("list", { name: "Credits stated on the page" }).getByRole("listitem")).toHaveText([
    "© RIA / Mikhail Klimentyev", "© Sputnik/Maksim Bogodvid", "© Getty Images / Laszlo Balogh", "© Sergey Guneyev/Sputnik",
  ]);
});

test("an unknown article is a 404 page", async ({ page }) => {
  const response = await page.goto("/articles/999999");
  expect(response?.status()).toBe(404);
});
