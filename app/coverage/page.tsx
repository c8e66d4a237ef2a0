import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatSeriesSpec, type SeriesSpec } from "../../lib/coverage/series-spec";
import { TIME_UNITS, UNIT_LABELS } from "../../lib/coverage/units";
import { getDb } from "../../lib/db";
import { listCategories } from "../../lib/queries/articles";
import { getCoverageSeries, UnknownSeriesError, type CoverageSeriesResult } from "../../lib/queries/coverage-series";
import { coverageSeriesInput, coverageSeriesQuerySchema, MAX_SERIES } from "../../lib/queries/coverage-series-params";
import { GROUP_PREFIX, listOutletGroups } from "../../lib/queries/outlet-groups";
import { listOutletsWithStats } from "../../lib/queries/outlets";
import { formatIssues } from "../../lib/queries/params";
import { CoverageSeriesPanel } from "../_components/coverage-series-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coverage" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TOPIC_KINDS = [["", "All its articles"], ["q", "Matching words"], ["category", "In category"], ["entity", "Naming entity number"]] as const;
const FORM_ROWS = 4;

export default async function CoveragePage({ searchParams }: Props) {
  const raw = await searchParams;
  // The builder form submits rows (o, k, v); the page answers with the canonical, shareable s= URL.
  if (raw.o !== undefined) redirect(`/coverage?${canonicalQuery(raw)}`);
  const db = await getDb();
  const [outlets, categories, groups] = await Promise.all([listOutletsWithStats(db), listCategories(db), listOutletGroups(db)]);
  const groupValue = (name: string) => GROUP_PREFIX + (groups.find((g) => g.name.toLowerCase() === name.toLowerCase())?.name ?? name);
  const input = coverageSeriesInput(raw);
  const chosen = input.s as string[];
  const parsed = chosen.length ? coverageSeriesQuerySchema.safeParse(input) : null;
  let result: CoverageSeriesResult | null = null;
  let problem = parsed && !parsed.success ? formatIssues(parsed.error) : null;
  if (parsed?.success) {
    try {
      result = await getCoverageSeries(db, { unit: parsed.data.unit, series: parsed.data.s, from: parsed.data.from, to: parsed.data.to });
    } catch (err) {
      if (!(err instanceof UnknownSeriesError)) throw err;
      problem = err.message;
    }
  }
  const specs = parsed?.success ? parsed.data.s : [];
  const rows: (SeriesSpec | undefined)[] = [...specs, ...Array(Math.max(0, FORM_ROWS - specs.length)).fill(undefined)].slice(0, MAX_SERIES);
  const unit = parsed?.success ? parsed.data.unit : "month";
  const measure = parsed?.success ? parsed.data.measure : "count";
  const query = new URLSearchParams();
  for (const s of chosen) query.append("s", s);
  for (const key of ["unit", "measure", "from", "to"] as const) if (typeof input[key] === "string") query.set(key, input[key] as string);

  return (
    <>
      <h1>Coverage over time</h1>
      <form className="card coverage-builder" method="get" action="/coverage" aria-label="Series to chart">
        <p className="muted">Each row is one series: an outlet, an outlet group or all outlets, optionally narrowed to a topic.</p>
        {rows.map((spec, i) => {
          const kind = spec?.q !== undefined ? "q" : spec?.category !== undefined ? "category" : spec?.entity !== undefined ? "entity" : "";
          const value = spec?.q ?? spec?.category ?? (spec?.entity !== undefined ? String(spec.entity) : "");
          return (
            <fieldset key={i} className="filters series-row">
              <legend>Series {i + 1}</legend>
              <label>Outlet
                <select name="o" defaultValue={spec ? (spec.group ? groupValue(spec.group) : (spec.outlet ?? "*")) : ""}>
                  <option value="">(no series)</option>
                  <option value="*">All outlets</option>
                  {groups.length > 0 && (
                    <optgroup label="Outlet groups">
                      {groups.map((g) => <option key={g.name} value={GROUP_PREFIX + g.name}>{`${g.name} (${g.outlets.length} ${g.outlets.length === 1 ? "outlet" : "outlets"})`}</option>)}
                    </optgroup>
                  )}
                  <optgroup label="Outlets">
                    {outlets.map((o) => <option key={o.slug} value={o.slug}>{o.name}</option>)}
                  </optgroup>
                </select>
              </label>
              <label>Topic
                <select name="k" defaultValue={kind}>
                  {TOPIC_KINDS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
                </select>
              </label>
              <label>Words, category or entity number
                <input name="v" defaultValue={value} list="category-names" />
              </label>
            </fieldset>
          );
        })}
        <datalist id="category-names">{categories.map((c) => <option key={c.name} value={c.name} />)}</datalist>
        <div className="filters">
          <label>Per
            <select name="unit" defaultValue={unit}>{TIME_UNITS.map((u) => <option key={u} value={u}>{UNIT_LABELS[u].switch}</option>)}</select>
          </label>
          <label>Show
            <select name="measure" defaultValue={measure}>
              <option value="count">Article counts</option>
              <option value="share">Share of the outlet&rsquo;s output</option>
            </select>
          </label>
          <label>From <input type="date" name="from" defaultValue={(input.from as string | undefined) ?? ""} /></label>
          <label>To <input type="date" name="to" defaultValue={(input.to as string | undefined) ?? ""} /></label>
          <button type="submit">Chart</button>
        </div>
      </form>
      {problem && <p className="error" role="alert">This chart cannot be drawn: {problem}.</p>}
      {!result && !problem && <p className="empty">Choose at least one series: an outlet, or all outlets on a topic.</p>}
      {result && (
        <CoverageSeriesPanel
          data={result}
          measure={measure}
          csvHref={`/api/coverage/series?${query.toString()}&format=csv`}
          jsonHref={`/api/coverage/series?${query.toString()}`}
        />
      )}
      <p className="muted"><Link href="/">Overview</Link> charts every outlet&rsquo;s output with its fetch gaps.</p>
    </>
  );
}

/** The builder's rows as `s=` series, dropping empty rows; the other fields pass through. */
function canonicalQuery(raw: Record<string, string | string[] | undefined>): string {
  const list = (key: string) => { const v = raw[key]; return Array.isArray(v) ? v : v === undefined ? [] : [v]; };
  const [o, k, v] = [list("o"), list("k"), list("v")];
  const params = new URLSearchParams();
  o.forEach((outlet, i) => {
    if (!outlet) return;
    const spec: SeriesSpec = outlet === "*" ? {} : outlet.startsWith(GROUP_PREFIX) ? { group: outlet.slice(GROUP_PREFIX.length) } : { outlet };
    const kind = k[i] ?? "";
    const value = (v[i] ?? "").trim();
    if (kind === "q" && value) spec.q = value;
    if (kind === "category" && value) spec.category = value;
    if (kind === "entity" && value) spec.entity = Number(value);
    params.append("s", formatSeriesSpec(spec));
  });
  for (const key of ["unit", "measure", "from", "to"]) {
    const value = list(key)[0];
    if (value) params.set(key, value);
  }
  return params.toString();
}
