"use client";

import { useRef } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Comparison } from "../../lib/queries/compare";
import { outletColour } from "../_lib/colours";
import { ChartDownload } from "./chart-download";

/**
 * One marker group: a bar per outlet for each variant, its height the rate per 10,000 words. The part
 * written in the outlet's own voice is solid, the part inside quotation marks lighter above it, so an
 * outlet that only quotes "special military operation" shows a pale bar.
 */
export function MarkerChart({ group, outlets, markers }: { group: string; outlets: Comparison["outlets"]; markers: Comparison["markers"] }) {
  const container = useRef<HTMLDivElement>(null);
  const rows = markers.filter((m) => m.group === group);
  const variants = [...new Set(rows.map((m) => m.variant))];
  const data = variants.map((variant) => {
    const row: Record<string, string | number> = { variant };
    for (const o of outlets) {
      const m = rows.find((r) => r.variant === variant && r.outlet === o.slug);
      const ownShare = m && m.count > 0 ? (m.count - m.inQuotes) / m.count : 0;
      row[`${o.slug}:own`] = m ? Math.round(m.per10k * ownShare * 100) / 100 : 0;
      row[`${o.slug}:quoted`] = m ? Math.round((m.per10k - m.per10k * ownShare) * 100) / 100 : 0;
    }
    return row;
  });
  const label = rows[0]?.groupLabel ?? group;
  return (
    <figure className="chart marker-chart" ref={container}>
      <figcaption>
        <span>{label}: uses per 10,000 words</span>
        <ChartDownload target={container} filename={`markers-${group}`} />
      </figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d9dde3" />
          <XAxis dataKey="variant" tick={{ fontSize: 13, fill: "#3b4350" }} />
          <YAxis width={48} tick={{ fontSize: 12, fill: "#3b4350" }} label={{ value: "per 10k words", angle: -90, position: "insideLeft", offset: 8, fill: "#3b4350", fontSize: 12 }} />
          <Tooltip formatter={(value, name) => [`${value} per 10k words`, String(name)]} />
          {outlets.flatMap((o, i) => [
            <Bar key={`${o.slug}:own`} dataKey={`${o.slug}:own`} stackId={o.slug} name={`${o.name}, own voice`} fill={outletColour(i)} isAnimationActive={false} />,
            <Bar key={`${o.slug}:quoted`} dataKey={`${o.slug}:quoted`} stackId={o.slug} name={`${o.name}, in quotation marks`} fill={outletColour(i)} fillOpacity={0.35} stroke={outletColour(i)} isAnimationActive={false} />,
          ])}
        </BarChart>
      </ResponsiveContainer>
      {/* One entry per outlet and one for the pale part: a legend of every outlet × voice would double its length. */}
      <ul className="chart-legend" aria-label="Legend">
        {outlets.map((o, i) => (
          <li key={o.slug}><span className="swatch" style={{ background: outletColour(i) }} />{o.name}</li>
        ))}
        <li><span className="swatch pale" />Pale part of a bar: uses inside quotation marks</li>
      </ul>
    </figure>
  );
}
