import { expect, test } from "@playwright/test";

/**
 * Stated sources and funding claims as a journalist and an analyst see them, on the bundled sample:
 * the scraped op-ed's NED claims and Novastan's own donation appeal.
 */

const SCRAPED_TITLE = "How Russia’s neighbors react to the war in Ukraine";

test("an article shows its sources and funding claims highlighted, each reachable from the side list", async ({ page }, testInfo) => {
  await page.goto("/articles?outlet=opinion-central-asia");
  await page.getByRole("link", { name: SCRAPED_TITLE }).click();
  await expect(page.getByText(/Read by extraction rules v\d+/)).toBeVisible();
  const legend = page.getByRole("list", { name: "Legend" });
  for (const label of ["Attribution", "Quote", "Link", "Credit", "Funding claim"]) await expect(legend).toContainText(label);

  const side = page.getByRole("complementary", { name: "Stated sources and funding claims" });
  await expect(side.getByRole("heading", { name: /Funding claims \(\d+\)/ })).toBeVisible();
  const grant = side.getByRole("link", { name: "National Endowment for Democracy → Vlast.kz" });
  await expect(grant).toBeVisible();
  await expect(side.getByText("$230,000").first()).toBeVisible();
  await grant.click();
  // The fragment link scrolls to the claim's sentence and moves focus there.
  const focused = page.locator(":focus");
  await expect(focused).toHaveClass(/funding-claim/);
  await expect(focused).toContainText("$230,000");
  await expect(focused).toBeInViewport();
  await page.screenshot({ path: `test-results/screenshots/article-statements-${testInfo.project.name}.png` });

  // Every highlighted source is in the tab order, with its kind and name for screen readers.
  const firstMark = page.locator("mark.src[tabindex='0']").first();
  await firstMark.focus();
  await expect(firstMark).toHaveAttribute("aria-label", /^(Attribution|Quote|Link|Credit): /);

  await page.getByRole("link", { name: "Original formatting" }).click();
  await expect(page).toHaveURL(/view=original/);
  await expect(page.locator("mark.src")).toHaveCount(0);
});

test("an outlet's page profiles its sources and sets what it discloses beside what others claim", async ({ page }, testInfo) => {
  await page.goto("/outlets");
  await page.getByRole("link", { name: "Novastan (English)", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Novastan (English)");
  const sourcing = page.getByRole("region", { name: "Sources it cites" });
  await expect(sourcing.getByText("Anonymous sources")).toBeVisible();
  await expect(sourcing.getByText("Figures without a source")).toBeVisible();
  await expect(sourcing.getByRole("cell", { name: "Radio Free Europe/Radio Liberty" }).or(sourcing.getByRole("rowheader", { name: "Radio Free Europe/Radio Liberty" }))).toBeVisible();
  const funding = page.getByRole("region", { name: "Funding profile" });
  const disclosed = funding.locator("h3:has-text('discloses') + *");
  await expect(disclosed).toContainText("Donation");
  await expect(disclosed).toContainText("€2");
  await page.screenshot({ path: `test-results/screenshots/outlet-profile-${testInfo.project.name}.png`, fullPage: true });

  await page.goto("/outlets/opinion-central-asia");
  const made = page.getByRole("region", { name: "Funding profile" }).locator("h3:has-text('makes') + *");
  await expect(made).toContainText("National Endowment for Democracy → Vlast.kz");
  await expect(made).toContainText("US government → National Endowment for Democracy");
});

test("the funding page sorts, filters, draws the network and exports both as CSV, and the claims as MonetaryGrant JSON-LD", async ({ page, request }, testInfo) => {
  await page.goto("/funding");
  const table = page.getByRole("region", { name: /claims?$/ }).getByRole("table");
  const grantRow = table.getByRole("row", { name: /Vlast\.kz/ });
  await expect(grantRow).toContainText("National Endowment for Democracy");
  await expect(grantRow).toContainText("$230,000");
  await expect(grantRow).toContainText("2021");
  await expect(grantRow).toContainText("unattributed");

  await page.getByRole("link", { name: /Sort by amount/ }).click();
  await expect(page).toHaveURL(/sort=amount&dir=desc/);
  await expect(table.getByRole("row").nth(1)).toContainText("$230,000");

  await page.getByLabel("Funder or recipient").fill("NED");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/party=NED/);
  const rows = table.getByRole("row");
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) if (!(await row.locator("th").count())) await expect(row).toContainText("National Endowment for Democracy");
  await expect(table).not.toContainText("Ebert");

  const network = page.getByRole("region", { name: "Network of funders and recipients" });
  await expect(network.getByRole("img", { name: "Funding network" })).toBeVisible();
  await expect(network.locator(".node-label", { hasText: "Vlast.kz" })).toBeVisible();
  await expect(network.getByRole("list", { name: "Asserted by" })).toContainText("Central Asia opinion site (scraped)");
  await page.goto("/funding");
  await page.screenshot({ path: `test-results/screenshots/funding-${testInfo.project.name}.png`, fullPage: true });

  const csv = await request.get("/api/funding?format=csv&party=NED");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("funder,recipient,relation,amount,currency,year,asserted_by,attributed_to,hedged,self_disclosed,sentence,article_id,article_title,published");
  expect(text).toContain("National Endowment for Democracy,Vlast.kz,grant,230000,USD,2021,Central Asia opinion site (scraped),,false,false,");
  const edges = await (await request.get("/api/funding/network?format=csv")).text();
  expect(edges).toContain("US government,National Endowment for Democracy,controlled_by,1,Central Asia opinion site (scraped) (1),false");

  // The same claims as schema.org MonetaryGrant, from the page's own export link.
  const grants = await (await request.get(await page.getByRole("link", { name: "MonetaryGrant JSON-LD" }).getAttribute("href") ?? "")).json();
  expect(grants).toContainEqual(expect.objectContaining({
    "@type": "MonetaryGrant", funder: { "@type": "Organization", name: "National Endowment for Democracy" }, fundedItem: { "@type": "Organization", name: "Vlast.kz" },
    amount: { "@type": "MonetaryAmount", value: 230000, currency: "USD" },
  }));
});
