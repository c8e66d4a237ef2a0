import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "../../lib/db";
import { TERMS_PER_MONTH } from "../../ingest/term-job";
import { compareOutlets, TERM_SAMPLE, UnknownOutletsError, type Comparison } from "../../lib/queries/compare";
import { compareInput, compareQuerySchema } from "../../lib/queries/compare-params";
import { getEntityPresentation, topEntities, type EntityPresentation } from "../../lib/queries/entity-presentation";
import { getMarkerProgress } from "../../lib/queries/marker-lexicon";
import { GROUP_PREFIX, listOutletGroups } from "../../lib/queries/outlet-groups";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { formatIssues } from "../../lib/queries/params";
import { toQueryString } from "../../lib/search-params";
import { MarkerChart } from "../_components/marker-chart";
import { SOURCE_CATEGORY_LABELS } from "../_lib/statement-labels";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare outlets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const raw = await searchParams;
  const input = compareInput(raw);
  const db = await getDb();
  const [outlets, groups, progress] = await Promise.all([listOutletsWithStats(db), listOutletGroups(db), getMarkerProgress(db)]);
  const chosen = input.outlet as string[];
  const chosenGroups = (input.group as string[]).map((g) => g.toLowerCase());
  const parsed = chosen.length + chosenGroups.length > 0 ? compareQuerySchema.safeParse(input) : null;
  let comparison: Comparison | null = null;
  let problem: string | null = parsed && !parsed.success ? formatIssues(parsed.error) : null;
  if (parsed?.success) {
    try {
      comparison = await compareOutlets(db, parsed.data);
    } catch (err) {
      if (!(err instanceof UnknownOutletsError)) throw err;
      problem = err.message;
    }
  }
  const entityParam = Array.isArray(raw.entity) ? raw.entity[0] : raw.entity;
  const entityId = entityParam && /^\d{1,9}$/.test(entityParam) ? Number(entityParam) : null;
  // Entities are shown per outlet: a group's side lists its outlets one by one.
  const entityOutlets = comparison ? [...new Set(comparison.outlets.flatMap((o) => o.members ?? [o.slug]))] : [];
  const [entities, presentation] = comparison
    ? await Promise.all([topEntities(db, entityOutlets), entityId ? getEntityPresentation(db, entityId, entityOutlets) : null])
    : [[], null];
  const query = new URLSearchParams();
  for (const slug of chosen) query.append("outlet", slug);
  for (const group of input.group as string[]) query.append("group", group);
  for (const key of ["q", "from", "to"] as const) if (typeof input[key] === "string") query.set(key, input[key] as string);
  const exportHref = (format: "json" | "csv", table?: string) => {
    const params = new URLSearchParams(query);
    if (format === "csv") params.set("format", "csv");
    if (table) params.set("table", table);
    return `/api/compare?${params.toString()}`;
  };
  // A click-through: the articles of one outlet that write a word, with the word marked in each.
  const searchHref = (side: string, words: string) => {
    const scope = side.startsWith(GROUP_PREFIX) ? { group: side.slice(GROUP_PREFIX.length) } : { outlet: side };
    return `/search${toQueryString({ q: words, ...scope, from: input.from as string | undefined, to: input.to as string | undefined })}`;
  };

  return (
    <>
      <h1>Compare outlets</h1>
      <form className="filters card compare-form" method="get" action="/compare" aria-label="Choose what to compare">
        <fieldset className="outlet-picks">
          <legend>Outlets (two or more, or groups)</legend>
          {outlets.map((o) => (
            <label key={o.slug} className="check">
              <input type="checkbox" name="outlet" value={o.slug} defaultChecked={chosen.includes(o.slug)} /> {o.name}
            </label>
          ))}
        </fieldset>
        {groups.length > 0 && (
          <fieldset className="outlet-picks">
            <legend>Outlet groups (each one side)</legend>
            {groups.map((g) => (
              <label key={g.name} className="check" title={g.outlets.map((o) => o.name).join(", ")}>
                <input type="checkbox" name="group" value={g.name} defaultChecked={chosenGroups.includes(g.name.toLowerCase())} /> {g.name} ({g.outlets.length})
              </label>
            ))}
          </fieldset>
        )}
        <label>
          Topic (search words, optional)
          <input name="q" type="search" defaultValue={(input.q as string | undefined) ?? ""} placeholder="e.g. migrants" />
        </label>
        <label>
          From
          <input type="date" name="from" defaultValue={(input.from as string | undefined) ?? ""} />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={(input.to as string | undefined) ?? ""} />
        </label>
        <button type="submit">Compare</button>
      </form>

      {problem && <p className="error" role="alert">This comparison cannot be made: {problem}.</p>}
      {!comparison && !problem && <p className="empty">Pick two or more outlets or outlet groups to see how each frames the same events.</p>}
      {progress.counted < progress.total && (
        <p className="notice" role="status">{progress.counted} of {progress.total} articles are counted under the current lexicon; the rest follow.</p>
      )}
      {comparison && (
        <>
          <section className="card" aria-labelledby="compare-outlets-heading">
            <div className="card-head">
              <h2 id="compare-outlets-heading">Articles compared</h2>
              <span className="export-links">
                <a className="button" href={exportHref("json")}>JSON</a>
                <a className="button" href={exportHref("csv", "outlets")} download>CSV</a>
              </span>
            </div>
            <table className="data-table">
              <thead><tr><th scope="col">Outlet</th><th scope="col" className="num">Articles</th><th scope="col" className="num">Words</th></tr></thead>
              <tbody>
                {comparison.outlets.map((o) => (
                  <tr key={o.slug}>
                    <td><SideName side={o} /></td>
                    <td className="num">{o.articles.toLocaleString("en")}</td>
                    <td className="num">{o.words.toLocaleString("en")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {comparison.matchWindow && (
              <p className="notice" role="status">
                &ldquo;{query.get("q")}&rdquo; matches about {comparison.matchWindow.estimatedMatches.toLocaleString("en")} articles in this period, too many to
                count at once: every count on this page covers the {comparison.matchWindow.matches.toLocaleString("en")} matches published from{" "}
                {comparison.matchWindow.from} on. Narrow the period to count every match.
              </p>
            )}
          </section>
          <MarkerSection comparison={comparison} searchHref={searchHref} csvHref={exportHref("csv", "markers")} />
          <TermSection comparison={comparison} searchHref={searchHref} csvHref={exportHref("csv", "terms")} />
          <SourceSection comparison={comparison} csvHref={exportHref("csv", "sources")} />
          <EntitySection query={query} entities={entities} presentation={presentation} />
        </>
      )}
    </>
  );
}

type SearchHref = (outlet: string, words: string) => string;

/** An outlet links to its page; a group names its outlets. */
function SideName({ side }: { side: Comparison["outlets"][number] }) {
  if (!side.members) return <Link href={`/outlets/${encodeURIComponent(side.slug)}`}>{side.name}</Link>;
  return <>{side.name} <span className="muted">{side.members.length === 1 ? "1 outlet" : `${side.members.length} outlets`}: {side.members.join(", ")}</span></>;
}

function MarkerSection({ comparison, searchHref, csvHref }: { comparison: Comparison; searchHref: SearchHref; csvHref: string }) {
  const groups = [...new Set(comparison.markers.map((m) => m.group))];
  return (
    <section className="card" aria-labelledby="markers-heading">
      <div className="card-head">
        <h2 id="markers-heading">Framing markers</h2>
        <span className="export-links">
          <Link className="button" href="/compare/lexicon">Lexicon</Link>
          <a className="button" href={csvHref} download>CSV</a>
        </span>
      </div>
      <p className="muted">
        Uses per 10,000 words. Uses inside quotation marks (a quoted speaker&rsquo;s words, or a term held at a distance) are counted apart:
        an outlet that writes &ldquo;special military operation&rdquo; only in quotation marks has not adopted it.
      </p>
      {groups.map((group) => {
        const rows = comparison.markers.filter((m) => m.group === group);
        return (
          <div key={group} className="marker-group">
            <MarkerChart group={group} outlets={comparison.outlets} markers={comparison.markers} />
            <table className="data-table" aria-label={`${rows[0]!.groupLabel}: counts`}>
              <thead>
                <tr><th scope="col">Word</th><th scope="col">Outlet</th><th scope="col" className="num">Uses</th><th scope="col" className="num">In quotation marks</th><th scope="col" className="num">Per 10k words</th></tr>
              </thead>
              <tbody>
                {rows.map((m) => (
                  <tr key={`${m.variant}|${m.outlet}`}>
                    <td>{m.variant}</td>
                    <td>{comparison.outlets.find((o) => o.slug === m.outlet)?.name ?? m.outlet}</td>
                    <td className="num">{m.count > 0 ? <Link href={searchHref(m.outlet, `"${m.variant}"`)}>{m.count}</Link> : 0}</td>
                    <td className="num">{m.inQuotes}</td>
                    <td className="num">{m.per10k.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

function TermSection({ comparison, searchHref, csvHref }: { comparison: Comparison; searchHref: SearchHref; csvHref: string }) {
  return (
    <section className="card" aria-labelledby="terms-heading">
      <div className="card-head">
        <h2 id="terms-heading">Distinctive vocabulary</h2>
        <a className="button" href={csvHref} download>CSV</a>
      </div>
      <p className="muted">
        Words each outlet writes more than the others, by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and
        Quinn 2008); z above 2 is a clear difference. {comparison.termSource === "statistics"
          ? <>Counted over every article in the period, from each outlet&rsquo;s {TERMS_PER_MONTH} most frequent words per month.</>
          : <>Counted over each outlet&rsquo;s newest {TERM_SAMPLE.toLocaleString("en")} articles at most (a topic, or a period that is not whole months, is counted from the texts).</>}
      </p>
      <div className="side-by-side">
        {comparison.outlets.map((o) => {
          const terms = comparison.terms.filter((t) => t.outlet === o.slug).slice(0, 15);
          return (
            <div key={o.slug}>
              <h3>{o.name}</h3>
              {terms.length === 0 ? <p className="empty">Too few words to compare.</p> : (
                <ol className="term-list">
                  {terms.map((t) => (
                    <li key={t.term}><Link href={searchHref(o.slug, t.term)}>{t.term}</Link> <span className="muted">z {t.z.toFixed(1)} · {t.count}×</span></li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function SourceSection({ comparison, csvHref }: { comparison: Comparison; csvHref: string }) {
  return (
    <section className="card" aria-labelledby="compare-sources-heading">
      <div className="card-head">
        <h2 id="compare-sources-heading">Whom each outlet cites</h2>
        <a className="button" href={csvHref} download>CSV</a>
      </div>
      <div className="side-by-side">
        {comparison.outlets.map((o) => {
          const cited = comparison.sources.filter((s) => s.outlet === o.slug);
          return (
            <div key={o.slug}>
              <h3><SideName side={o} /></h3>
              {cited.length === 0 ? <p className="empty">No stated source in these articles.</p> : (
                <table className="data-table">
                  <thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col" className="num">Citations</th></tr></thead>
                  <tbody>
                    {cited.map((s) => (
                      <tr key={`${s.kind}|${s.name}`}>
                        <td>{s.name}</td>
                        <td>{SOURCE_CATEGORY_LABELS[s.kind as keyof typeof SOURCE_CATEGORY_LABELS] ?? s.kind}</td>
                        <td className="num">{s.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function EntitySection({ query, entities, presentation }: { query: URLSearchParams; entities: { id: number; name: string; mentions: number }[]; presentation: EntityPresentation | null }) {
  return (
    <section className="card" aria-labelledby="entity-heading">
      <h2 id="entity-heading">How each outlet presents {presentation ? presentation.entity.name : "a person or organisation"}</h2>
      <form method="get" action="/compare" className="filters">
        {[...query.entries()].map(([key, value], i) => <input key={i} type="hidden" name={key} value={value} />)}
        <label>
          Person or organisation
          <select name="entity" defaultValue={presentation ? String(presentation.entity.id) : ""}>
            <option value="">Choose…</option>
            {entities.map((e) => <option key={e.id} value={e.id}>{`${e.name} (${e.mentions})`}</option>)}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {presentation && (
        <div className="side-by-side">
          {presentation.outlets.map((o) => (
            <div key={o.slug} className="entity-presentation">
              <h3>{o.name}</h3>
              <p className="muted">
                Named in {o.articles} {o.articles === 1 ? "article" : "articles"}; quoted {o.cited.quote} {o.cited.quote === 1 ? "time" : "times"}, cited {o.cited.attribution} {o.cited.attribution === 1 ? "time" : "times"} as a source;{" "}
                {o.fundingClaims.length} funding {o.fundingClaims.length === 1 ? "claim" : "claims"}.
              </p>
              {o.cited.examples.length > 0 && (
                <>
                  <h4>As a source</h4>
                  <ul>{o.cited.examples.map((e, i) => <li key={i}><Link href={`/articles/${e.articleId}`}>{e.sentence}</Link> <span className="badge">{e.kind}</span></li>)}</ul>
                </>
              )}
              {o.fundingClaims.length > 0 && (
                <>
                  <h4>Funding claims</h4>
                  <ul>{o.fundingClaims.map((c, i) => <li key={i}><Link href={`/articles/${c.articleId}`}>{c.funder ?? "Funder not named"} → {c.recipient ?? "Recipient not named"}</Link>: {c.sentence}</li>)}</ul>
                </>
              )}
              {o.mentioned.length > 0 && (
                <>
                  <h4>Written about</h4>
                  <ul>{o.mentioned.map((m, i) => <li key={i}><Link href={`/articles/${m.articleId}`}>{m.sentence}</Link></li>)}</ul>
                </>
              )}
              {o.articles === 0 && <p className="empty">This outlet does not name them in these articles.</p>}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
