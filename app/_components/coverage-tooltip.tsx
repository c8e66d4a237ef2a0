"use client";

import type { TooltipContentProps } from "recharts";
import { formatBucketRange } from "../../lib/coverage/labels";
import type { TimeUnit } from "../../lib/coverage/units";

/**
 * Tooltip with a colour swatch per outlet and the text in the body colour: recharts' default
 * writes each line in its series colour, which is unreadable for the lighter palette entries.
 */
export function CoverageTooltip({
  active,
  payload,
  label,
  unit,
  blind,
}: Pick<TooltipContentProps, "active" | "payload" | "label"> & { unit: TimeUnit; blind?: string[] }) {
  if (!active || !payload?.length) return null;
  const total = payload.reduce((sum, p) => sum + (Number(p.value) || 0), 0);
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-label">{formatBucketRange(String(label), unit)}</div>
      <ul>
        {payload.map((p) => (
          <li key={String(p.dataKey)}>
            <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
            <span>{String(p.name)}</span>
            <strong>{String(p.value)}</strong>
          </li>
        ))}
      </ul>
      {payload.length > 1 && <div className="chart-tooltip-total">Total: {total}</div>}
      {blind && blind.length > 0 && <div className="chart-tooltip-gap">Not seen (fetch failing): {blind.join(", ")}</div>}
    </div>
  );
}
