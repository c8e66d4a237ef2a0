"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { formatBucketRange } from "../../lib/coverage/labels";
import { formatBucket, nextBucket, parseBucket } from "../../lib/coverage/series";
import type { Measure } from "../../lib/coverage/series-rows";
import type { CoverageSeriesResult } from "../../lib/queries/coverage-series";
import { toQueryString } from "../../lib/search-params";
import { ChartPlaceholder } from "./chart-placeholder";

// recharts loads after first paint, in its own chunk: the numbers below never wait for it.
const CoverageSeriesChart = dynamic(() => import("./coverage-series-chart").then((m) => m.CoverageSeriesChart), {
  ssr: false,
  loading: () => <ChartPlaceholder text="Loading chart…" />,
});

interface Props {
  data: CoverageSeriesResult;
  measure: Measure;
  csvHref: string;
  jsonHref: string;
}

/** The chart, the undated articles counted apart, and every number as a table whose counts open their articles. */
export function CoverageSeriesPanel({ data, measure, csvHref, jsonHref }: Props) {
  const lastDay = (bucket: string) => formatBucket(new Date(parseBucket(nextBucket(bucket, data.unit)).getTime() - 86_400_000));
  const hrefFor = (key: string, bucket: string) => {
    const spec = data.series.find((s) => s.key === key)?.spec ?? {};
    const period = { from: bucket, to: lastDay(bucket) };
    return spec.q
      ? `/search${toQueryString({ q: spec.q, outlet: spec.outlet, ...period })}`
      : `/articles${toQueryString({ outlet: spec.outlet, category: spec.category, entity: spec.entity, ...period })}`;
  };
  const label = new Map(data.series.map((s) => [s.key, s.label]));
  const undated = data.unknownDate.filter((u) => u.count > 0);
  return (
    <section className="card" aria-labelledby="coverage-series-heading">
      <div className="card-head">
        <h2 id="coverage-series-heading">{measure === "share" ? "Share of output" : "Articles"} per {data.unit}</h2>
        <span className="export-links">
          <a className="button" href={jsonHref}>JSON</a>
          <a className="button" href={csvHref} download>CSV</a>
        </span>
      </div>
      <CoverageSeriesChart data={data} measure={measure} hrefFor={hrefFor} />
      {undated.length > 0 && (
        <p className="muted">Of unknown date, not in the chart: {undated.map((u) => `${label.get(u.series)} ${u.count}`).join(" · ")}.</p>
      )}
      {data.gaps.length > 0 && <p className="muted">{data.gaps.length} fetch {data.gaps.length === 1 ? "gap" : "gaps"} in this period: see the overview&rsquo;s list; a quiet stretch there may be blindness.</p>}
      <details className="series-table">
        <summary>The numbers</summary>
        <table className="data-table">
          <thead><tr><th scope="col">Series</th><th scope="col">Period</th><th scope="col" className="num">Articles</th><th scope="col" className="num">Share of output</th></tr></thead>
          <tbody>
            {data.points.map((p) => (
              <tr key={`${p.series}|${p.bucket}`}>
                <td>{label.get(p.series)}</td>
                <td>{formatBucketRange(p.bucket, data.unit)}</td>
                <td className="num"><Link href={hrefFor(p.series, p.bucket)}>{p.count}</Link></td>
                <td className="num">{p.total ? `${Math.round((p.count / p.total) * 1000) / 10} %` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
