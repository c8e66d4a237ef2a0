import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "./admin";

/** OPML in the dashboard: anyone can export the registry; an editor imports a feed reader's file. */

const READER_FILE = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My reader</title></head><body>
  <outline text="Central Asia">
    <outline type="rss" text="The Diplomat" xmlUrl="https://thediplomat.com/feed/" htmlUrl="https://thediplomat.com/" language="en"/>
    <outline type="rss" text="Broken" xmlUrl="ftp://example.org/feed"/>
  </outline>
</body></opml>`;

test("the registry exports as OPML, and an editor imports a reader's OPML file", async ({ page }, testInfo) => {
  await page.goto("/outlets");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export OPML" }).click();
  const exported = await readFile((await (await download).path())!, "utf8");
  expect(exported).toContain('<opml version="2.0"');
  expect(exported).toContain('xmlUrl="https://novastan.org/en/tag/war-in-ukraine/feed/"');
  await expect(page.getByText("Import OPML")).toHaveCount(0);

  await page.goto("/login?next=/outlets");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/outlets$/);
  const slug = "the-diplomat";
  try {
    await page.getByLabel("Import OPML").setInputFiles({ name: "reader.opml", mimeType: "text/x-opml", buffer: Buffer.from(READER_FILE) });
    const status = page.getByRole("status").filter({ hasText: "already present" });
    await expect(status).toContainText("1 outlet added, 0 outlets gained sources, 0 already present");
    await expect(status).toContainText('"Broken": ftp://example.org/feed is not an http or https URL');
    await expect(page.getByRole("row", { name: /The Diplomat/ })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/opml-import-${testInfo.project.name}.png`, fullPage: true });
  } finally {
    // Other specs count this registry's outlets.
    const removed = await page.request.delete(`/api/outlets/${slug}`);
    expect([200, 404]).toContain(removed.status());
  }
});
