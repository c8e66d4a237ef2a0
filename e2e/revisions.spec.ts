import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { runCli } from "./cli";

/**
 * Edits are tracked: re-importing the scraped article with one figure changed keeps both texts, and
 * the article page shows exactly what changed. Runs after dashboard.spec.ts (files run in order).
 */

test("an edited article keeps both texts and its page shows the change", async ({ page }, testInfo) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cs-e2e-revision-"));
  try {
    const edited = path.join(dir, "edited.txt");
    const original = await readFile("sample/scraped-opinion-central-asia.txt", "utf8");
    await writeFile(edited, original.replace("73% in Kyrgyzstan", "75% in Kyrgyzstan"));
    const result = await runCli(testInfo.project.name, "import", edited, "--outlet", "opinion-central-asia", "--json");
    expect(result.stdout).toContain('"itemsUpdated": 1');
  } finally {
    await rm(dir, { recursive: true });
  }

  await page.goto("/articles?outlet=opinion-central-asia");
  await page.getByRole("link", { name: "How Russia’s neighbors react to the war in Ukraine" }).click();
  await expect(page.getByText("the text changed after it was first seen")).toBeVisible();
  const revisions = page.getByRole("region", { name: "Revisions" });
  await expect(revisions.getByRole("listitem")).toHaveCount(2);
  const change = revisions.getByRole("region", { name: "Changes in revision 2" });
  await expect(change.getByRole("heading")).toHaveText("Changes from revision 1 to 2: 1 word removed, 1 added");
  await expect(change.getByRole("deletion")).toHaveText("73");
  await expect(change.getByRole("insertion")).toHaveText("75");
  await expect(change).toContainText(/unchanged words/);
  await revisions.screenshot({ path: `test-results/screenshots/revisions-${testInfo.project.name}.png` });
});
