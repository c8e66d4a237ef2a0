import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { listUsers } from "../../lib/auth/accounts";
import { getPageUser } from "../../lib/auth/page-user";
import { canChangeUser, canManageUsers } from "../../lib/auth/permissions";
import { getDb } from "../../lib/db";
import { AccountControls, AddAccountForm } from "../_components/account-forms";
import { formatDateTime } from "../_lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Accounts" };

export default async function UsersPage() {
  const user = await getPageUser();
  if (!user) redirect("/login?next=/users");
  if (!canManageUsers(user)) {
    return (
      <>
        <h1>Accounts</h1>
        <p className="alert">Your role ({user.role}) may not manage accounts; ask an admin.</p>
      </>
    );
  }
  const accounts = await listUsers(await getDb());
  return (
    <>
      <h1>Accounts</h1>
      <p className="muted">Viewers read; editors also manage outlets; admins also manage accounts. Disabling an account signs it out everywhere.</p>
      <section className="card">
        <table className="data-table">
          <thead>
            <tr><th scope="col">Account</th><th scope="col">Role</th><th scope="col">Last sign-in</th><th scope="col">Access</th></tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <th scope="row">
                  {account.email}
                  {account.name && <div className="muted">{account.name}</div>}
                </th>
                <td>{account.role}{account.disabledAt ? <> <span className="status status-error">disabled</span></> : null}</td>
                <td>{account.lastLoginAt ? formatDateTime(account.lastLoginAt.toISOString()) : <span className="muted">never</span>}</td>
                <td>
                  {canChangeUser(user, account) ? (
                    <AccountControls id={account.id} email={account.email} role={account.role} disabled={account.disabledAt !== null} />
                  ) : (
                    <span className="muted">you</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card form-card">
        <h2>Add an account</h2>
        <AddAccountForm />
      </section>
    </>
  );
}
