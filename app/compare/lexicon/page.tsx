import type { Metadata } from "next";
import Link from "next/link";
import { getPageUser } from "../../../lib/auth/page-user";
import { canEditLexicon } from "../../../lib/auth/permissions";
import { getDb } from "../../../lib/db";
import { getMarkerProgress, loadLexicon } from "../../../lib/queries/marker-lexicon";
import { LexiconEditor } from "../../_components/lexicon-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Framing-marker lexicon" };

export default async function LexiconPage() {
  const db = await getDb();
  const [groups, progress, user] = await Promise.all([loadLexicon(db), getMarkerProgress(db), getPageUser()]);
  return (
    <>
      <h1>Framing-marker lexicon</h1>
      <p className="muted">
        Each group holds alternative words for one thing; <Link href="/compare">Compare</Link> counts how often each outlet writes each
        variant, in its own voice or in quotation marks. Terms match whole words in any case; a trailing <code>*</code> stands for any ending.
        {progress.counted < progress.total && ` ${progress.counted} of ${progress.total} articles are counted under this lexicon; the rest follow.`}
      </p>
      {canEditLexicon(user) ? (
        <LexiconEditor groups={groups} />
      ) : (
        <>
          {!user && <p className="muted"><Link href="/login?next=/compare/lexicon">Sign in</Link> as an editor to change the lexicon.</p>}
          <table className="data-table">
            <thead><tr><th scope="col">Group</th><th scope="col">Variant</th><th scope="col">Terms</th></tr></thead>
            <tbody>
              {groups.flatMap((g) => g.variants.map((v, i) => (
                <tr key={`${g.key}|${v.label}`}>
                  <td>{i === 0 ? g.label : ""}</td>
                  <td>{v.label}</td>
                  <td>{v.terms.join(", ")}</td>
                </tr>
              )))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
