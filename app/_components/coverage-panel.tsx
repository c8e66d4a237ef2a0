"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { parseTimeUnit } from "../../lib/coverage/units";
import { coverageQueryOptions } from "../_lib/query-options";
import { ChartPlaceholder } from "./chart-placeholder";
import { CoverageAnomalies } from "./coverage-anomalies";
import { FetchGapList } from "./fetch-gap-list";
import { UnitSwitch } from "./unit-switch";
import { UnknownDateList } from "./unknown-date-list";

// recharts loads after first paint, in its own chunk: the page (and its numbers) never wait for it.
const CoverageChart = dynamic(() => import("./coverage-chart").then((m) => m.CoverageChart), {
  ssr: false,
  loading: () => <ChartPlaceholder text="Loading chart…" />,
});

export function CoveragePanel() {
  const unit = parseTimeUnit(useSearchParams().get("unit"));
  const { data, error, isFetching } = useQuery({
    ...coverageQueryOptions({ unit }),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="overview-grid">
      <section className="card" aria-labelledby="coverage-heading">
        <div className="card-head">
          <h2 id="coverage-heading">Coverage over time</h2>
          <span className="export-links">
            <a className="button" href={`/api/coverage?unit=${unit}`}>JSON</a>
            <a className="button" href={`/api/coverage?unit=${unit}&format=csv`} download>CSV</a>
            <a className="button" href="/coverage">Chart topics</a>
            <UnitSwitch unit={unit} busy={isFetching} />
          </span>
        </div>
        {error ? (
          <p className="error" role="alert">Could not load coverage: {error.message}</p>
        ) : data ? (
          <>
            <CoverageChart data={data} />
            <FetchGapList outlets={data.outlets} gaps={data.gaps} />
            <CoverageAnomalies data={data} />
          </>
        ) : (
          <ChartPlaceholder text="Loading coverage…" />
        )}
      </section>
      <aside className="card" aria-labelledby="unknown-heading">
        <h2 id="unknown-heading">Articles with unknown date</h2>
        <p className="muted">Their sources give no publication date: they are counted apart, in the chart's last column.</p>
        {data && <UnknownDateList outlets={data.outlets} unknownDate={data.unknownDate} />}
      </aside>
    </div>
  );
}
