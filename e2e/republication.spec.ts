import { expect, test } from "@playwright/test";
import { runCli } from "./cli";

/**
 * An editor imports another site's copy of a Novastan article (trimmed, with the site's own header
 * and footer): it is linked to Novastan's article as a republication, with the evidence on the
 * article page, and both outlets' pages count it.
 */

test("an imported copy of a Novastan article is linked to it as a republication, with the evidence, on the article and outlet pages", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  await runCli(project, "outlets", "add", "--slug", "mirror-site", "--name", "Mirror Site", "--kind", "scrape", "--language", "en");
  const imported = await runCli(project, "import", "test/fixtures/texts/en-novastan-republished.txt", "--outlet", "mirror-site", "--published", "2026-11-02", "--json");
  expect(imported.stdout).toContain('"itemsSeen": 1');

  await page.goto("/articles?outlet=mirror-site");
  await page.getByRole("link", { name: /Ukraine criticizes Central Asian presidents/ }).click();
  const related = page.getByRole("region", { name: "At other outlets" });
  await expect(related).toContainText("Republished from Novastan (English)");
  const evidence = related.locator("details.republication-evidence");
  await expect(evidence.locator("summary")).toHaveText(/^\d+% of the text in common; the copy credits Photo: archive$/);
  await evidence.locator("summary").click();
  await expect(evidence.locator("li").first()).toContainText("Ministry of Foreign Affairs");
  await page.screenshot({ path: `test-results/screenshots/republication-article-${project}.png`, fullPage: true });

  await page.goto("/outlets/novastan-en");
  const panel = page.getByRole("region", { name: "Republished texts" });
  await expect(panel.getByRole("table", { name: "Outlets republishing Novastan (English)" })).toContainText("Mirror Site");
  await page.goto("/outlets/mirror-site");
  const copies = page.getByRole("table", { name: "Outlets Mirror Site republishes" });
  await expect(copies.getByRole("row", { name: /Novastan \(English\)/ })).toContainText("100 %");
  await expect(copies).toContainText("0 of 1");
  await page.screenshot({ path: `test-results/screenshots/republication-outlet-${project}.png`, fullPage: true });
});
