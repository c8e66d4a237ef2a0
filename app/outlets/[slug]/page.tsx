import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../../lib/db";
import { getOutletProfile, type OutletProfile } from "../../../lib/queries/outlet-profile";
import { getOutletRepublications, type RepublicationShare } from "../../../lib/queries/republications";
import { ClaimTable } from "../../_components/claim-table";
import { isWebUrl } from "../../_lib/format";
import { SOURCE_CATEGORY_LABELS } from "../../_lib/statement-labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const loadProfile = cache(async (slug: string) => getOutletProfile(await getDb(), decodeURIComponent(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).slug);
  return { title: profile ? `${profile.outlet.name}: sources and funding` : "Outlet not found" };
}

export default async function OutletProfilePage({ params }: Props) {
  const profile = await loadProfile((await params).slug);
  if (!profile) notFound();
  const { outlet } = profile;
  const republications = await getOutletRepublications(await getDb(), outlet.id);
  return (
    <>
      <p className="muted"><Link href="/outlets">Outlets</Link></p>
      <h1>{outlet.name}</h1>
      <p className="muted">
        {outlet.kind === "feed" ? "Feed outlet" : "Scraped outlet"}
        {isWebUrl(outlet.homepageUrl) && <> · <a href={outlet.homepageUrl} rel="noopener noreferrer">{new URL(outlet.homepageUrl).host}</a></>}
        {" · "}
        <Link href={`/articles?outlet=${encodeURIComponent(outlet.slug)}`}>{profile.articles} {profile.articles === 1 ? "article" : "articles"}</Link>
        {" · "}
        <Link href={`/outlets/${encodeURIComponent(outlet.slug)}/calendar`}>publication calendar</Link>
        {" · "}
        <Link href={`/funding?outlet=${encodeURIComponent(outlet.slug)}`}>its funding claims in the funding table</Link>
      </p>
      {profile.extracted < profile.articles && (
        <p className="muted">{profile.extracted} of {profile.articles} articles have been read for sources so far.</p>
      )}
      <SourcingSection profile={profile} />
      <section className="card" aria-labelledby="republications-heading">
        <h2 id="republications-heading">Republished texts</h2>
        <h3>Copies of other outlets&rsquo; articles among its {profile.articles} {profile.articles === 1 ? "article" : "articles"}</h3>
        <RepublicationTable shares={republications.from} total={profile.articles} caption={`Outlets ${outlet.name} republishes`} empty="None found." />
        <h3>Its articles republished by other outlets</h3>
        <RepublicationTable shares={republications.by} caption={`Outlets republishing ${outlet.name}`} empty="None found." />
      </section>
      <section className="card" aria-labelledby="funding-profile-heading">
        <h2 id="funding-profile-heading">Funding profile</h2>
        <h3>What {outlet.name} discloses about its own funding</h3>
        <ClaimTable claims={profile.selfDisclosures} caption="Self-disclosures" />
        <h3>What other outlets claim about its funding</h3>
        <ClaimTable claims={profile.claimsAbout} caption="Claims by other outlets" showOutlet />
        <h3>Funding claims {outlet.name} makes</h3>
        <ClaimTable claims={profile.claimsMade} caption="Claims it makes" />
      </section>
    </>
  );
}

function RepublicationTable({ shares, total, caption, empty }: { shares: RepublicationShare[]; total?: number; caption: string; empty: string }) {
  if (shares.length === 0) return <p className="empty">{empty}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col" className="num">Articles</th>
          {total !== undefined && <th scope="col" className="num">Share of its output</th>}
          <th scope="col" className="num">Crediting the original outlet</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.outlet.slug}>
            <td><Link href={`/outlets/${encodeURIComponent(s.outlet.slug)}`}>{s.outlet.name}</Link></td>
            <td className="num">{s.articles}</td>
            {total !== undefined && <td className="num">{percent(s.articles, total)}</td>}
            <td className="num">{s.credited} of {s.articles}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${Math.round((100 * part) / whole)} %`;
}

function SourcingSection({ profile }: { profile: OutletProfile }) {
  const largest = Math.max(1, ...profile.byCategory.map((c) => c.citations));
  return (
    <section className="card" aria-labelledby="sourcing-heading">
      <h2 id="sourcing-heading">Sources it cites</h2>
      <dl className="stat-tiles">
        <div>
          <dt>Attributions and quotes</dt>
          <dd>{profile.citations}</dd>
        </div>
        <div>
          <dt>Anonymous sources</dt>
          <dd>{percent(profile.anonymous, profile.citations)}</dd>
          <dd className="muted">{profile.anonymous} of {profile.citations}</dd>
        </div>
        <div>
          <dt>Figures without a source</dt>
          <dd>{percent(profile.unattributedFigureSentences, profile.figureSentences)}</dd>
          <dd className="muted">{profile.unattributedFigureSentences} of {profile.figureSentences} sentences stating a figure</dd>
        </div>
      </dl>
      <div className="profile-grid">
        <div>
          <h3 id="by-kind-heading">By kind of source</h3>
          {profile.byCategory.length === 0 ? (
            <p className="empty">No attributions or quotes recorded.</p>
          ) : (
            <ul className="bar-list" aria-labelledby="by-kind-heading">
              {profile.byCategory.map((c) => (
                <li key={c.category}>
                  <span className="bar-label">{SOURCE_CATEGORY_LABELS[c.category]}</span>
                  <span className="bar" style={{ width: `${(100 * c.citations) / largest}%` }} aria-hidden="true" />
                  <span className="bar-value">{c.citations}</span>
                </li>
              ))}
            </ul>
          )}
          <h3>Sites it links to</h3>
          {profile.linkedDomains.length === 0 ? (
            <p className="empty">No links in its articles.</p>
          ) : (
            <ul className="plain-list">
              {profile.linkedDomains.map((d) => <li key={d.domain}>{d.domain} <span className="muted">({d.links})</span></li>)}
            </ul>
          )}
        </div>
        <div>
          <h3>Sources it cites most</h3>
          {profile.topSources.length === 0 ? (
            <p className="empty">No sources recorded.</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col" className="num">Citations</th><th scope="col" className="num">Articles</th></tr>
              </thead>
              <tbody>
                {profile.topSources.map((s) => (
                  <tr key={`${s.name}|${s.category}`}>
                    <th scope="row">{s.name}</th>
                    <td>{SOURCE_CATEGORY_LABELS[s.category]}</td>
                    <td className="num">{s.citations}</td>
                    <td className="num">{s.articles}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
