import Link from "next/link";
import type { FundingClaimRow } from "../../lib/queries/funding";
import { DateLabel } from "./date-label";
import { describeAmount, partyName, RELATION_LABELS } from "../_lib/statement-labels";

/** A compact list of funding claims with the article each stands in: the outlet profile's three lists. */
export function ClaimTable({ claims, caption, showOutlet = false }: { claims: FundingClaimRow[]; caption: string; showOutlet?: boolean }) {
  if (claims.length === 0) return <p className="empty">None recorded.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Funder → recipient</th>
            <th scope="col">Relation</th>
            <th scope="col" className="num">Amount</th>
            <th scope="col" className="num">Year</th>
            <th scope="col">Attributed to</th>
            <th scope="col">{showOutlet ? "Asserted by" : "Article"}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id}>
              <td title={c.sentence}>
                <strong>{partyName(c.funder, c, "funder")}</strong> → <strong>{partyName(c.recipient, c, "recipient")}</strong>
                {c.hedged && <span className="badge">hedged</span>}
              </td>
              <td>{RELATION_LABELS[c.relation]}</td>
              <td className="num">{c.amount === null ? "—" : describeAmount(c.amount, c.currency)}</td>
              <td className="num">{c.year ?? "—"}</td>
              <td>{c.attributedTo ?? <span className="muted">unattributed</span>}</td>
              <td>
                {showOutlet && <div>{c.outlet.name}</div>}
                <Link href={`/articles/${c.article.id}#claim-${c.id}`}>{c.article.title}</Link>
                <div className="muted"><DateLabel iso={c.article.publishedAt} /></div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
