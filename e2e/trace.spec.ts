import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./admin";
import { runCli } from "./cli";

/**
 * A journalist traces a claim from a fragment: the Novastan article of the sample is its first
 * appearance, with the source Novastan gives; a blog that repeated it later with a bigger figure and
 * no source is next in the chain, its changes named.
 */

test("tracing “12,000 soldiers from Central Asia” shows Novastan first with its source, then a repeat that changed the figure and dropped the source", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  await runCli(project, "outlets", "add", "--slug", "steppe-blog", "--name", "Steppe Blog", "--kind", "scrape", "--language", "en");
  const imported = await runCli(project, "import", "test/fixtures/texts/en-central-asian-soldiers-repeat.txt", "--outlet", "steppe-blog", "--published", "2026-06-20", "--json");
  expect(imported.stdout).toContain('"itemsSeen": 1');

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trace" }).click();
  await page.getByLabel("Sentence or fragment").fill("12,000 soldiers from Central Asia");
  await page.getByRole("button", { name: "Trace" }).click();
  await expect(page).toHaveURL(/\/trace\?q=12%2C000\+soldiers/);

  const chain = page.getByRole("region", { name: /appearances? in/ });
  await expect(chain.getByRole("heading", { level: 2 })).toHaveText("2 appearances in 2 outlets");
  const steps = chain.locator(".trace-step");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText("Novastan (English)");
  await expect(steps.nth(0)).toContainText("first appearance");
  await expect(steps.nth(0)).toContainText("Attributed to Ukrainian war prisoners coordination");
  await expect(steps.nth(0)).toContainText("more than 12,000 soldiers from Central Asia");
  await expect(steps.nth(1)).toContainText("Steppe Blog");
  await expect(steps.nth(1)).toContainText("figure changed");
  await expect(steps.nth(1)).toContainText("attribution dropped");
  await expect(steps.nth(1)).toContainText("Unattributed");
  await page.screenshot({ path: `test-results/screenshots/trace-${project}.png`, fullPage: true });

  // The chain exports as it is shown, and the article link leads to the source text.
  const csv = await page.request.get(await chain.getByRole("link", { name: "CSV" }).getAttribute("href") ?? "");
  expect(csv.ok()).toBe(true);
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("published,outlet,article_id,first,attributed_to,hedged,changes,similarity,sentence,url");
  expect(lines).toHaveLength(3);
  expect(lines[2]).toContain("figure changed; attribution dropped");
  await steps.nth(0).getByRole("link", { name: /I only needed a passport/ }).click();
  await expect(page).toHaveURL(/\/articles\/\d+/);

  await page.goto("/trace?q=zebras+crossed+the+Caspian+Sea");
  await expect(page.getByRole("status")).toHaveText("No monitored article states “zebras crossed the Caspian Sea”.");
});

test("an editor marks the traced claim disputed with a note and a link; the trail keeps who and when, and signed out nobody can", async ({ page, request }, testInfo) => {
  const project = testInfo.project.name;
  await page.goto("/trace?q=12%2C000+soldiers+from+Central+Asia");
  await page.getByRole("link", { name: /^Review this claim/ }).first().click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  const claimPath = new URL(page.url()).pathname;
  await expect(page.getByRole("region", { name: "Review" })).toContainText("Sign in as an editor to review this claim.");
  const anonymous = await request.post(`/api${claimPath}/reviews`, { data: { status: "false" } });
  expect(anonymous.status()).toBe(401);

  await page.goto(`/login?next=${claimPath}`);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${claimPath}$`));
  const review = page.getByRole("region", { name: "Review" });
  await review.getByLabel("Status").selectOption("disputed");
  await review.getByLabel("Note").fill("The coordination's figure counts recruits, not fighters at the front.");
  await review.getByLabel("Evidence links (one per line)").fill("https://example.org/coordination-report");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByRole("status")).toHaveText("Saved: the claim is now disputed");
  const history = review.getByRole("list", { name: "Review history" });
  await expect(history.locator(":scope > li")).toHaveCount(1);
  await expect(history).toContainText(`disputed by ${E2E_ADMIN.email}`);
  await expect(history.getByRole("link", { name: "https://example.org/coordination-report" })).toBeVisible();
  await expect(page.getByRole("region", { name: /appearances?$/ }).locator(".trace-step").first()).toContainText("Novastan (English)");
  await page.screenshot({ path: `test-results/screenshots/claim-review-${project}.png`, fullPage: true });

  await page.goto("/trace?q=12%2C000+soldiers+from+Central+Asia");
  await expect(page.locator(".status").first()).toHaveText("disputed");

  // The verdict exports as schema.org ClaimReview, with the claim's first appearance.
  const exported = await page.request.get(await page.getByRole("link", { name: "ClaimReview JSON-LD" }).getAttribute("href") ?? "");
  expect(exported.headers()["content-type"]).toContain("application/ld+json");
  const reviews = await exported.json();
  expect(reviews).toContainEqual(expect.objectContaining({
    "@type": "ClaimReview", claimReviewed: expect.stringContaining("12,000 soldiers from Central Asia"),
    reviewRating: expect.objectContaining({ alternateName: "disputed" }),
    itemReviewed: expect.objectContaining({ firstAppearance: expect.objectContaining({ publisher: { "@type": "Organization", name: "Novastan (English)" } }) }),
  }));
});
