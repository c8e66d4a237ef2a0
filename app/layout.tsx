import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "./_components/providers";
import { SiteNav } from "./_components/site-nav";
import { UserMenu } from "./_components/user-menu";
import { getPageUser } from "../lib/auth/page-user";
import { getDb } from "../lib/db";
import { unreadAlerts } from "../lib/watchlists/watchlists";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimscope", template: "%s · Claimscope" },
  description: "Media monitoring: what each outlet published, when, and from which sources.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce (proxy.ts) must be fresh on each response,
  // and `next build` must never reach for the database.
  await connection();
  const user = await getPageUser();
  const unread = user ? await unreadAlerts(await getDb(), user.id) : 0;
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <div className="container header-inner">
            <Link href="/" className="brand">
              Claimscope
            </Link>
            <SiteNav />
            <UserMenu user={user && { email: user.email, role: user.role, unreadAlerts: unread }} />
          </div>
        </header>
        <Providers>
          <main className="container">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
