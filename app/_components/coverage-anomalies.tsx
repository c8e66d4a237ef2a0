import Link from "next/link";
import { BASELINE, BURST_Z, coverageAnomalies } from "../../lib/coverage/anomalies";
import { formatBucketRange } from "../../lib/coverage/labels";
import { formatBucket, nextBucket, parseBucket } from "../../lib/coverage/series";
import type { CoverageResult } from "../../lib/queries/coverage";
import { toQueryString } from "../../lib/search-params";

/**
 * Bursts and silences beside the chart, each with the statistic that flagged it and a link to the
 * articles of that outlet and period.
 */
export function CoverageAnomalies({ data }: { data: CoverageResult }) {
  const anomalies = coverageAnomalies(data, new Date());
  if (anomalies.length === 0) return null;
  const names = new Map(data.outlets.map((o) => [o.slug, o.name]));
  const lastDay = (bucket: string) => formatBucket(new Date(parseBucket(nextBucket(bucket, data.unit)).getTime() - 86_400_000));
  return (
    <section className="anomaly-list" aria-label="Bursts and silences">
      <h3>Bursts and silences</h3>
      <p className="muted">
        Each {data.unit} against the outlet&rsquo;s own previous {BASELINE}: a burst is {BURST_Z} or more standard deviations above their
        mean; a silence is an empty {data.unit} where the outlet usually publishes and could be fetched.
      </p>
      <ul>
        {anomalies.map((a) => (
          <li key={`${a.outlet}|${a.bucket}`} className={a.kind}>
            <strong>{a.kind === "burst" ? "Burst" : "Silence"}</strong> · {names.get(a.outlet) ?? a.outlet}, {formatBucketRange(a.bucket, data.unit)}:{" "}
            <Link href={`/articles${toQueryString({ outlet: a.outlet, from: a.bucket, to: lastDay(a.bucket) })}`}>
              {a.count} {a.count === 1 ? "article" : "articles"}
            </Link>{" "}
            <span className="muted">(usually {a.baseline}, z {a.z})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
