import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request as apiRequest, test, type APIRequestContext } from "@playwright/test";
import { E2E_ADMIN } from "./admin";

/**
 * Changing data needs an account: signed out, the API answers 401 and the outlet list offers no
 * controls; another site's page gets 403; a viewer reads but may not change; an editor adds an outlet
 * after testing it, edits, pauses and removes it, all through the dashboard.
 */

const FEED = readFileSync("sample/novastan-war-in-ukraine.rss.xml");

async function signIn(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await apiRequest.newContext({ baseURL });
  const response = await context.post("/api/auth/login", { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
  return context;
}

test("signed out, nothing changes: 401 from the API, 403 from another origin, no controls on the page", async ({ page, request }) => {
  const outlet = { slug: "intruder", name: "Intruder", kind: "feed", feeds: ["https://example.org/feed"] };
  const anonymous = await request.post("/api/outlets", { data: outlet });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("login_required");
  expect((await request.delete("/api/outlets/novastan-en")).status()).toBe(401);
  expect((await request.patch("/api/outlets/novastan-en", { data: { paused: true } })).status()).toBe(401);

  const crossSite = await request.post("/api/auth/login", { data: E2E_ADMIN, headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  expect((await request.post("/api/auth/login", { data: { ...E2E_ADMIN, password: "not the password" } })).status()).toBe(401);

  await page.goto("/outlets");
  await expect(page.getByText("to add, edit, pause or remove outlets")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add outlet" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit / })).toHaveCount(0);
  await page.goto("/outlets/new");
  await expect(page).toHaveURL(/\/login\?next=/);
});

test("a viewer reads but may not change outlets", async ({ baseURL }) => {
  const admin = await signIn(baseURL!, E2E_ADMIN.email, E2E_ADMIN.password);
  const viewer = { email: `viewer-${Date.now()}@claimscope.test`, password: "viewer passphrase 1", role: "viewer" };
  expect((await admin.post("/api/users", { data: viewer })).status()).toBe(201);
  const asViewer = await signIn(baseURL!, viewer.email, viewer.password);
  const refused = await asViewer.post("/api/outlets", { data: { slug: "viewer-try", name: "Try", kind: "feed", feeds: ["https://example.org/feed"] } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");
  expect((await asViewer.get("/api/users")).status()).toBe(403);
  expect((await asViewer.get("/api/outlets")).status()).toBe(200);
  // Signing out ends the session on the server, not only in the browser.
  expect((await asViewer.post("/api/auth/logout")).status()).toBe(200);
  expect((await (await asViewer.get("/api/auth/me")).json()).user).toBeNull();
});

test("an editor tests an outlet, adds it, edits, pauses and removes it in the dashboard", async ({ page }, testInfo) => {
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(FEED));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed/`;
  const slug = `desk-test-${testInfo.project.name}`;
  try {
    await page.goto("/login?next=/outlets");
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/outlets$/);
    await expect(page.getByRole("banner")).toContainText(E2E_ADMIN.email);

    await page.getByRole("link", { name: "Add outlet" }).click();
    const form = page.getByRole("form", { name: "Add outlet" });
    await form.getByLabel("Name").fill("Desk Test Wire");
    await form.getByLabel("Slug").fill(slug);
    await form.getByLabel("Feed URLs").fill(feedUrl);
    await form.getByLabel("Languages").fill("en");
    await page.getByRole("button", { name: "Test this outlet" }).click();
    const results = page.getByRole("region", { name: "Test results" });
    await expect(results).toContainText("Nothing has been saved.");
    await expect(results).toContainText("War in Ukraine Archives: 7 items found, the first 5 shown");
    await expect(results).toContainText("In Ukraine, Central Asian prisoners of wars caught between loyalty and regret");
    await expect(results).toContainText("by Emma Collet");
    await page.screenshot({ path: `test-results/screenshots/outlet-test-${testInfo.project.name}.png`, fullPage: true });

    // A bad feed URL is refused by name, and nothing is saved.
    await form.getByLabel("Feed URLs").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Add outlet" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Invalid outlet" })).toContainText("feeds.0: must be an http or https URL");
    await form.getByLabel("Feed URLs").fill(feedUrl);
    await page.getByRole("button", { name: "Add outlet" }).click();
    await expect(page).toHaveURL(/\/outlets$/);
    const row = page.getByRole("row", { name: /Desk Test Wire/ });
    await expect(row).toBeVisible();

    await row.getByRole("link", { name: "Edit Desk Test Wire" }).click();
    const edit = page.getByRole("form", { name: "Edit outlet" });
    await expect(edit.getByLabel("Feed URLs")).toHaveValue(feedUrl);
    await edit.getByLabel("Name").fill("Desk Test Wire (edited)");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("row", { name: /Desk Test Wire \(edited\)/ })).toBeVisible();

    await page.getByRole("link", { name: "Edit Desk Test Wire (edited)" }).click();
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("status")).toContainText("paused");
    await expect(page.getByText("Status: paused")).toBeVisible();
    await page.goto("/outlets");
    await expect(page.getByRole("row", { name: /Desk Test Wire \(edited\)/ })).toContainText(/Paused/i);

    await page.getByRole("link", { name: "Edit Desk Test Wire (edited)" }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Remove outlet" }).click();
    await expect(page).toHaveURL(/\/outlets$/);
    await expect(page.getByRole("row", { name: /Desk Test Wire/ })).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  } finally {
    server.close();
  }
});

test("an admin adds an account, changes its role and disables it, which signs it out", async ({ page, baseURL }, testInfo) => {
  const person = { email: `desk-${testInfo.project.name}-${Date.now()}@claimscope.test`, password: "desk editor passphrase" };
  await page.goto("/login?next=/users");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole("row", { name: new RegExp(E2E_ADMIN.email) })).toContainText("you");

  const form = page.getByRole("form", { name: "Add account" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Role").selectOption("editor");
  await form.getByLabel("First password").fill(person.password);
  await form.getByRole("button", { name: "Add account" }).click();
  await expect(form.getByRole("status")).toContainText(`Added ${person.email} (editor)`);
  const row = page.getByRole("row", { name: new RegExp(person.email) });
  await expect(row).toContainText("never");

  const asPerson = await signIn(baseURL!, person.email, person.password);
  expect((await (await asPerson.get("/api/auth/me")).json()).user).toMatchObject({ role: "editor" });
  await row.getByLabel(`Role of ${person.email}`).selectOption("viewer");
  await expect(row.getByRole("cell").nth(0)).toHaveText(/^viewer/);
  await row.getByRole("button", { name: `Disable ${person.email}` }).click();
  await expect(row).toContainText("disabled");
  await page.screenshot({ path: `test-results/screenshots/accounts-${testInfo.project.name}.png`, fullPage: true });
  // Disabled means signed out now, not at the session's expiry, and no new sign-in.
  expect((await (await asPerson.get("/api/auth/me")).json()).user).toBeNull();
  expect((await asPerson.post("/api/auth/login", { data: person })).status()).toBe(401);
});
