"use client";

import type { MouseEvent } from "react";
import { TIME_UNITS, UNIT_LABELS, type TimeUnit } from "../../lib/coverage/units";
import { useUrlUpdate } from "./use-url-update";

/** Month / week / day. Real links (they work without script); with script, no page reload. */
export function UnitSwitch({ unit, busy }: { unit: TimeUnit; busy: boolean }) {
  const updateUrl = useUrlUpdate();
  return (
    <div className="segmented" role="group" aria-label="Time unit" aria-busy={busy}>
      {TIME_UNITS.map((u) => (
        <a
          key={u}
          href={`?unit=${u}`}
          aria-current={u === unit ? "true" : undefined}
          onClick={(event: MouseEvent) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            updateUrl({ unit: u });
          }}
        >
          {UNIT_LABELS[u].switch}
        </a>
      ))}
    </div>
  );
}
