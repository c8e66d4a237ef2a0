"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatBucketRange, formatBucketTick } from "../../lib/coverage/labels";
import { seriesKey } from "../../lib/coverage/series";
import { seriesChartRows, type Measure } from "../../lib/coverage/series-rows";
import { UNIT_LABELS } from "../../lib/coverage/units";
import type { CoverageSeriesResult } from "../../lib/queries/coverage-series";
import { outletColour } from "../_lib/colours";
import { ChartDownload } from "./chart-download";

/** Beyond this many series one chart is a tangle: each gets a small chart of its own, on one scale. */
const SMALL_MULTIPLES_FROM = 5;

interface Props {
  data: CoverageSeriesResult;
  measure: Measure;
  /** Where a click on a series' bucket leads: the articles behind the point. */
  hrefFor: (seriesKey: string, bucket: string) => string;
}

export function CoverageSeriesChart({ data, measure, hrefFor }: Props) {
  const rows = seriesChartRows(data, measure);
  if (rows.length === 0) return <p className="empty">No dated article matches these series.</p>;
  const max = Math.max(1, ...rows.flatMap((r) => data.series.map((s) => Number(r[seriesKey(s.key)] ?? 0))));
  const yLabel = measure === "share" ? "% of output" : "Articles";
  if (data.series.length < SMALL_MULTIPLES_FROM) {
    return <SeriesChart data={data} rows={rows} series={data.series} max={max} yLabel={yLabel} height={340} hrefFor={hrefFor} filename="coverage" />;
  }
  return (
    <div className="small-multiples">
      {data.series.map((s, i) => (
        <SeriesChart key={s.key} data={data} rows={rows} series={[s]} max={max} yLabel={yLabel} height={180} hrefFor={hrefFor} filename={`coverage-${i + 1}`} title={s.label} />
      ))}
    </div>
  );
}

interface SeriesChartProps {
  data: CoverageSeriesResult;
  rows: ReturnType<typeof seriesChartRows>;
  series: CoverageSeriesResult["series"];
  max: number;
  yLabel: string;
  height: number;
  hrefFor: Props["hrefFor"];
  filename: string;
  title?: string;
}

function SeriesChart({ data, rows, series, max, yLabel, height, hrefFor, filename, title }: SeriesChartProps) {
  const router = useRouter();
  const container = useRef<HTMLElement>(null);
  const index = (key: string) => data.series.findIndex((s) => s.key === key);
  return (
    <figure className="chart" ref={container}>
      <figcaption className="chart-head">
        <span>{title ?? ""}</span>
        <ChartDownload target={container} filename={filename} />
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 24, left: 4 }}
          onClick={(state) => {
            const bucket = state?.activeLabel;
            if (typeof bucket === "string" && series.length === 1) router.push(hrefFor(series[0]!.key, bucket));
          }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9dde3" />
          <XAxis dataKey="bucket" tickFormatter={(b: string) => formatBucketTick(b, data.unit)} minTickGap={28} tick={{ fontSize: 12, fill: "#3b4350" }}
            label={{ value: UNIT_LABELS[data.unit].axis, position: "insideBottom", offset: -14, fill: "#3b4350" }} />
          <YAxis domain={[0, max]} width={48} tick={{ fontSize: 12, fill: "#3b4350" }} allowDecimals={yLabel !== "Articles"}
            label={{ value: yLabel, angle: -90, position: "insideLeft", offset: 10, fill: "#3b4350" }} />
          <Tooltip labelFormatter={(b) => formatBucketRange(String(b), data.unit)} />
          {series.map((s) => (
            <Line key={s.key} dataKey={seriesKey(s.key)} name={s.label} stroke={outletColour(index(s.key))} strokeWidth={2}
              dot={{ r: 3 }} activeDot={{ r: 5, cursor: "pointer", onClick: (_e, point) => router.push(hrefFor(s.key, String((point as { payload?: { bucket?: string } }).payload?.bucket ?? ""))) }}
              isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {series.length > 1 && (
        <ul className="chart-legend" aria-label="Legend">
          {series.map((s) => <li key={s.key}><span className="swatch" style={{ background: outletColour(index(s.key)) }} />{s.label}</li>)}
        </ul>
      )}
    </figure>
  );
}
