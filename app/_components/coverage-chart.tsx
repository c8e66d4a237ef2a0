"use client";

import { useMemo, useRef } from "react";
import {
  Bar,
  type BarShapeProps,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { gapBuckets, gapSpans } from "../../lib/coverage/gaps";
import { formatBucketTick } from "../../lib/coverage/labels";
import { listBuckets, seriesKey, toChartRows, withUnknownDateRow } from "../../lib/coverage/series";
import { UNIT_LABELS } from "../../lib/coverage/units";
import type { CoverageResult } from "../../lib/queries/coverage";
import { outletColour } from "../_lib/colours";
import { ChartDownload } from "./chart-download";
import { ChartPlaceholder } from "./chart-placeholder";
import { CoverageTooltip } from "./coverage-tooltip";

/**
 * Presentational: bucketing and gap-filling happen in lib/coverage/series.ts. Stacked bars, one
 * colour per outlet, so a bucket's height is its total and each outlet's share stays visible.
 */
export function CoverageChart({ data }: { data: CoverageResult }) {
  const { unit } = data;
  const figure = useRef<HTMLElement>(null);
  const series = useMemo(() => {
    const withData = new Set([
      ...data.counts.map((c) => c.outlet),
      ...data.unknownDate.filter((u) => u.count > 0).map((u) => u.outlet),
    ]);
    // Colours follow the full outlet list so they match the unknown-date list beside the chart.
    return data.outlets
      .map((o, i) => ({ ...o, colour: outletColour(i) }))
      .filter((o) => withData.has(o.slug));
  }, [data]);
  const spans = useMemo(() => gapSpans(data.gaps, unit, new Date()), [data.gaps, unit]);
  const datedRows = useMemo(
    () => toChartRows(data.counts, series.map((s) => s.slug), unit, gapBuckets(spans)),
    [data.counts, series, unit, spans],
  );
  // Outlet names per blind bucket, for the tooltip.
  const blindIn = useMemo(() => {
    const names = new Map(data.outlets.map((o) => [o.slug, o.name]));
    const byBucket = new Map<string, string[]>();
    for (const span of spans) {
      for (const bucket of listBuckets(span.first, span.last, unit)) {
        byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), names.get(span.outlet) ?? span.outlet]);
      }
    }
    return byBucket;
  }, [spans, data.outlets, unit]);
  const rows = useMemo(() => {
    const all = withUnknownDateRow(datedRows, data.unknownDate, series.map((s) => s.slug));
    // An empty column between the timeline and the unknown-date column, so neither reads as the other.
    return all.length > datedRows.length && datedRows.length > 0
      ? [...datedRows, { bucket: SPACER }, ...all.slice(datedRows.length)]
      : all;
  }, [datedRows, data.unknownDate, series]);

  if (rows.length === 0) return <ChartPlaceholder text="No articles yet." />;
  const total = data.counts.reduce((sum, c) => sum + c.count, 0);
  const unknown = data.unknownDate.reduce((sum, u) => sum + u.count, 0);
  const dense = rows.length > 120;
  // The caption names the articles' own range; gap buckets may stretch the axis beyond it.
  const articleBuckets = [...new Set(data.counts.map((c) => c.bucket))].sort();
  // Recharts' default five ticks would stretch a maximum of 1 to "4"; counts get whole-number ticks.
  const maxTotal = Math.max(1, ...rows.map((r) => series.reduce((sum, s) => sum + Number(r[seriesKey(s.slug)] ?? 0), 0)));

  return (
    <figure className="chart" ref={figure}>
      <div className="chart-head">
        <span />
        <ChartDownload target={figure} filename={`coverage-by-${unit}`} />
      </div>
      <ResponsiveContainer width="100%" height={340}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 28, left: 4 }} barCategoryGap={dense ? 0 : "20%"}>
          <defs>
            <pattern id="fetch-gap-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill="#f3e3e3" />
              <line x1="0" y1="0" x2="0" y2="8" stroke="#a23b3b" strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9dde3" />
          {/* Behind the bars: a hatched band where an outlet could not be fetched. */}
          {spans.map((span) => (
            <ReferenceArea
              key={`${span.outlet}|${span.first}`}
              x1={span.first}
              x2={span.last}
              fill="url(#fetch-gap-hatch)"
              fillOpacity={0.8}
              ifOverflow="extendDomain"
              shape={gapBand}
            />
          ))}
          <XAxis
            dataKey="bucket"
            tickFormatter={(b: string) => (b === SPACER ? "" : formatBucketTick(b, unit))}
            minTickGap={28}
            tick={{ fontSize: 12, fill: "#3b4350" }}
            label={{ value: UNIT_LABELS[unit].axis, position: "insideBottom", offset: -18, fill: "#3b4350" }}
          />
          <YAxis
            allowDecimals={false}
            domain={[0, maxTotal]}
            tickCount={Math.min(maxTotal, 4) + 1}
            width={44}
            tick={{ fontSize: 12, fill: "#3b4350" }}
            label={{ value: "Articles", angle: -90, position: "insideLeft", offset: 12, fill: "#3b4350" }}
          />
          <Tooltip
            content={(props) => (props.label === SPACER ? null : <CoverageTooltip {...props} unit={unit} blind={blindIn.get(String(props.label))} />)}
            cursor={{ fill: "rgba(0, 0, 0, 0.06)" }}
          />
          {/* Legend text stays dark: some palette colours are too light for text on white. */}
          <Legend
            verticalAlign="top"
            height={32}
            iconType="square"
            formatter={(value) => <span className="legend-label">{value}</span>}
          />
          {series.map((s) => (
            <Bar
              key={s.slug}
              dataKey={seriesKey(s.slug)}
              name={s.name}
              stackId="outlets"
              fill={s.colour}
              maxBarSize={48}
              shape={dense ? widenedBar : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">
        {articleBuckets.length > 0 && (
          <>
            {total} dated {total === 1 ? "article" : "articles"}, {formatBucketTick(articleBuckets[0]!, unit)} to{" "}
            {formatBucketTick(articleBuckets[articleBuckets.length - 1]!, unit)}; bars per {unit}
            {unit === "week" ? " starting Monday" : ""}, UTC.{" "}
          </>
        )}
        {unknown > 0 &&
          `${unknown} ${unknown === 1 ? "article" : "articles"} of unknown date, counted apart in the last column. `}
        {spans.length > 0 && "Hatched bands: fetch gaps, when an outlet could not be fetched (listed below the chart)."}
      </figcaption>
    </figure>
  );
}

const SPACER = "spacer";
const MIN_GAP_WIDTH = 8;

/** A fetch gap of one day among years of days would be a hairline; drawn at least MIN_GAP_WIDTH wide it is seen. */
function gapBand({ x = 0, y = 0, width = 0, height = 0, fill, fillOpacity }: { x?: number; y?: number; width?: number; height?: number; fill?: string; fillOpacity?: number }) {
  const w = Math.max(Number(width), MIN_GAP_WIDTH);
  return <rect className="fetch-gap-band" x={Number(x) + (Number(width) - w) / 2} y={y} width={w} height={height} fill={fill} fillOpacity={fillOpacity} />;
}
const MIN_BAR_WIDTH = 3;

/**
 * Hundreds of daily bars get under a pixel each and single articles vanish; drawn at least
 * MIN_BAR_WIDTH wide around their centre they stay visible. Heights, which carry the counts,
 * are unchanged.
 */
function widenedBar({ x = 0, y = 0, width = 0, height = 0, fill }: BarShapeProps) {
  if (!height) return <g />;
  const w = Math.max(Number(width), MIN_BAR_WIDTH);
  return <rect x={Number(x) + (Number(width) - w) / 2} y={y} width={w} height={height} fill={fill} />;
}
