/** The admin the browser tests' app servers create on first start (playwright.config.ts sets the env). */
export const E2E_ADMIN = { email: "admin@claimscope.test", password: "e2e admin passphrase" } as const;
