import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./admin";

/**
 * The analyst's comparison on the bundled sample: the scraped op-ed writes "Kiev" and "regime", Novastan
 * writes neither but writes "invasion", and Novastan's "special military operation" stands in quotation marks.
 */

const SCRAPED = "Central Asia opinion site (scraped)";
const NOVASTAN = "Novastan (English)";

test("compare sets two outlets' framing side by side, each count opening the articles behind it", async ({ page }, testInfo) => {
  await page.goto("/compare");
  await expect(page.getByText("Pick two or more outlets")).toBeVisible();
  await page.getByLabel(SCRAPED).check();
  await page.getByLabel(NOVASTAN).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/outlet=opinion-central-asia/);
  await expect(page).toHaveURL(/outlet=novastan-en/);

  const row = (label: string, variant: string, outlet: string) =>
    page.getByRole("table", { name: `${label}: counts` }).getByRole("row").filter({ has: page.getByRole("cell", { name: variant, exact: true }) }).filter({ hasText: outlet });
  const cells = async (label: string, variant: string, outlet: string) => (await row(label, variant, outlet).getByRole("cell").allInnerTexts()).slice(2);
  expect(await cells("Kyiv | Kiev", "Kiev", SCRAPED)).toEqual(["6", "1", expect.stringMatching(/^\d+\.\d\d$/)]);
  expect((await cells("Kyiv | Kiev", "Kiev", NOVASTAN))[0]).toBe("0");
  expect(Number((await cells("government | regime", "regime", SCRAPED))[0])).toBeGreaterThan(0);
  expect((await cells("government | regime", "regime", NOVASTAN))[0]).toBe("0");
  expect(Number((await cells("war | invasion | special military operation", "invasion", NOVASTAN))[0])).toBeGreaterThan(0);
  const smo = await cells("war | invasion | special military operation", "special military operation", NOVASTAN);
  expect(Number(smo[0])).toBeGreaterThan(0);
  expect(smo[1]).toBe(smo[0]);

  await expect(page.getByRole("heading", { name: "Distinctive vocabulary" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Whom each outlet cites" })).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/compare-${testInfo.project.name}.png`, fullPage: true });

  const download = page.waitForEvent("download");
  await page.locator("figure.marker-chart").first().getByRole("button", { name: "SVG" }).click();
  expect((await download).suggestedFilename()).toBe("markers-kyiv-kiev.svg");
  const csv = await page.request.get("/api/compare?outlet=opinion-central-asia&outlet=novastan-en&format=csv&table=markers");
  expect(await csv.text()).toMatch(/^group,variant,outlet,count,per10k,in_quotes,in_scare_quotes\r?\nkyiv-kiev,/);

  const entity = page.getByRole("region", { name: /How each outlet presents/ });
  const nedOption = await entity.locator("option", { hasText: "National Endowment for Democracy (" }).getAttribute("value");
  await entity.getByLabel("Person or organisation").selectOption(nedOption!);
  await entity.getByRole("button", { name: "Show" }).click();
  const presented = page.getByRole("region", { name: "How each outlet presents National Endowment for Democracy" });
  await expect(presented).toContainText("National Endowment for Democracy → Vlast.kz");
  await expect(presented).toContainText("This outlet does not name them in these articles.");
  await presented.screenshot({ path: `test-results/screenshots/compare-entity-${testInfo.project.name}.png` });

  await row("Kyiv | Kiev", "Kiev", SCRAPED).getByRole("link", { name: "6" }).click();
  await expect(page).toHaveURL(/\/search\?q=%22Kiev%22&outlet=opinion-central-asia/);
  await expect(page.locator(".search-hits mark").first()).toHaveText(/^Kiev/);
});

test("an editor adds a marker group to the lexicon and the comparison counts it", async ({ page, request }, testInfo) => {
  const original = await (await request.get("/api/markers")).json();
  expect((await request.put("/api/markers", { data: original })).status()).toBe(401);
  try {
    await page.goto("/login?next=/compare/lexicon");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/compare\/lexicon$/);
    await page.getByRole("button", { name: "Add a group" }).click();
    await expect(page.getByRole("group", { name: "New group" })).toBeVisible();
    const group = page.locator(".lexicon-editor fieldset").last();
    await group.getByLabel("Key").fill("mobilisation-spelling");
    await group.getByLabel("Name", { exact: true }).fill("mobilisation | mobilization");
    await group.getByLabel(/Variants/).fill("mobilisation = mobilisation\nmobilization = mobilization, mobiliz*");
    await page.getByRole("button", { name: "Save lexicon" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");
    await page.screenshot({ path: `test-results/screenshots/lexicon-${testInfo.project.name}.png`, fullPage: true });

    // The recount runs after the save; the comparison shows the group once it is done.
    await expect(async () => {
      await page.goto("/compare?outlet=opinion-central-asia&outlet=novastan-en");
      await expect(page.getByRole("table", { name: "mobilisation | mobilization: counts" })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const novastan = page.getByRole("table", { name: "mobilisation | mobilization: counts" }).getByRole("row").filter({ hasText: "Novastan" }).first();
    expect(Number((await novastan.getByRole("cell").allInnerTexts())[2])).toBeGreaterThan(0);

    const broken = await page.request.put("/api/markers", { data: [{ key: "Bad Key", label: "x", variants: [{ label: "a", terms: ["a"] }] }] });
    expect(broken.status()).toBe(400);
  } finally {
    await page.request.put("/api/markers", { data: original });
  }
});

test("outlet groups are sides: compared as one, charted as one series, searched as one filter", async ({ page }, testInfo) => {
  await page.goto("/compare");
  await page.getByLabel("Opinion and republishers (1)").check();
  await page.getByLabel("Independent media (1)").check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/group=Opinion\+and\+republishers/);
  const kiev = page.getByRole("table", { name: "Kyiv | Kiev: counts" }).getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "Kiev", exact: true }) }).filter({ hasText: "Opinion and republishers (group)" });
  await expect(kiev.getByRole("cell").nth(2)).toHaveText("6");
  await expect(page.getByRole("table").first()).toContainText("opinion-central-asia");
  await page.screenshot({ path: `test-results/screenshots/compare-groups-${testInfo.project.name}.png`, fullPage: true });
  await kiev.getByRole("link", { name: "6" }).click();
  await expect(page).toHaveURL(/\/search\?q=%22Kiev%22&group=Opinion\+and\+republishers/);
  await expect(page.locator(".search-hits mark").first()).toHaveText(/^Kiev/);

  await page.goto("/coverage");
  await page.getByRole("group", { name: "Series 1" }).getByLabel("Outlet").selectOption("group:Independent media");
  await page.getByRole("group", { name: "Series 2" }).getByLabel("Outlet").selectOption("group:Opinion and republishers");
  await page.getByRole("button", { name: "Chart" }).click();
  await expect(page).toHaveURL(/s=group%3AIndependent\+media/);
  const panel = page.getByRole("region", { name: /Articles per month/ });
  await expect(panel.getByRole("list", { name: "Legend" })).toContainText("Independent media (group of 1)");
  // The opinion site's one article has no date: counted apart, not charted.
  await expect(panel).toContainText("Of unknown date, not in the chart: Opinion and republishers (group of 1) 1");
  await page.screenshot({ path: `test-results/screenshots/coverage-group-${testInfo.project.name}.png`, fullPage: true });
});
