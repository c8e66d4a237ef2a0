import type { FundingNetwork } from "../../lib/queries/funding";
import { outletColour } from "../_lib/colours";
import { RELATION_LABELS } from "../_lib/statement-labels";

/**
 * Funders on the left, recipients on the right, one curve per claimed edge, labelled with the outlets
 * that assert it. Drawn on the server as SVG: no chart library is needed for a bipartite graph, and
 * the figure is readable (and downloadable) without script.
 */

const ROW = 30;
const WIDTH = 1200;
const LEFT = 320;
const RIGHT = WIDTH - 320;
const TOP = 40;
const MAX_EDGES = 60;

export function FundingNetworkView({ network }: { network: FundingNetwork }) {
  if (network.edges.length === 0) return <p className="empty">No claim names both a funder and a recipient under these filters.</p>;
  const shown = network.edges.slice(0, MAX_EDGES);
  const funders = [...new Set(shown.map((e) => e.funder))].sort((a, b) => a.localeCompare(b));
  const recipients = [...new Set(shown.map((e) => e.recipient))].sort((a, b) => a.localeCompare(b));
  // Each edge gets a row of its own in the middle, where its label stands: labels never overlap.
  const edges = [...shown].sort((a, b) => funders.indexOf(a.funder) - funders.indexOf(b.funder) || recipients.indexOf(a.recipient) - recipients.indexOf(b.recipient));
  const rows = Math.max(funders.length, recipients.length, edges.length);
  const height = TOP + rows * ROW + 10;
  const column = (list: string[], name: string) => TOP + ((rows - list.length) * ROW) / 2 + list.indexOf(name) * ROW + ROW / 2;
  const asserting = [...new Map(edges.flatMap((e) => e.assertedBy).map((o) => [o.slug, o])).values()].sort((a, b) => a.name.localeCompare(b.name));
  const colourOf = (slug: string) => outletColour(asserting.findIndex((o) => o.slug === slug));
  const mid = (LEFT + RIGHT) / 2;
  return (
    <figure className="chart network">
      <ul className="network-legend" aria-label="Asserted by">
        {asserting.map((o) => (
          <li key={o.slug}><span className="swatch" style={{ background: colourOf(o.slug) }} aria-hidden="true" /> {o.name}</li>
        ))}
        {edges.some((e) => e.selfDisclosed) && <li><span className="swatch swatch-dashed" aria-hidden="true" /> the outlet's own disclosure</li>}
      </ul>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="network-title network-desc" className="network-svg">
        <title id="network-title">Funding network</title>
        <desc id="network-desc">
          {edges.map((e) => `${e.funder} → ${e.recipient} (${e.relations.map((r) => RELATION_LABELS[r]).join(", ")}), asserted by ${e.assertedBy.map((o) => o.name).join(", ")}`).join("; ")}
        </desc>
        <text x={LEFT - 10} y={18} textAnchor="end" className="network-heading">Funders</text>
        <text x={mid} y={18} textAnchor="middle" className="network-heading">Relation claimed</text>
        <text x={RIGHT + 10} y={18} className="network-heading">Recipients</text>
        {edges.map((e, i) => {
          const y1 = column(funders, e.funder);
          const y2 = column(recipients, e.recipient);
          const ym = TOP + ((rows - edges.length) * ROW) / 2 + i * ROW + ROW / 2;
          const relations = e.relations.map((r) => RELATION_LABELS[r]).join(" / ");
          const who = e.assertedBy.map((o) => `${o.name}${o.claims > 1 ? ` ×${o.claims}` : ""}`).join(", ");
          return (
            <g key={`${e.funder}|${e.recipient}`} className={e.selfDisclosed ? "edge edge-self" : "edge"}>
              <title>{`${e.funder} → ${e.recipient}: ${relations}; asserted by ${who}`}</title>
              {e.assertedBy.map((o, k) => {
                const offset = (k - (e.assertedBy.length - 1) / 2) * 3;
                return (
                  <path key={o.slug} stroke={colourOf(o.slug)} fill="none" strokeWidth={Math.min(1.5 + o.claims, 5)}
                    d={`M ${LEFT} ${y1 + offset} C ${LEFT + 90} ${y1 + offset}, ${mid - 170} ${ym + offset}, ${mid - 110} ${ym + offset} L ${mid + 110} ${ym + offset} C ${mid + 170} ${ym + offset}, ${RIGHT - 90} ${y2 + offset}, ${RIGHT} ${y2 + offset}`} />
                );
              })}
              <text x={mid} y={ym - 5} textAnchor="middle" className="edge-label">{truncate(relations, 30)}</text>
            </g>
          );
        })}
        {funders.map((name) => (
          <text key={`f-${name}`} x={LEFT - 10} y={column(funders, name) + 5} textAnchor="end" className="node-label">{truncate(name, 36)}</text>
        ))}
        {recipients.map((name) => (
          <text key={`r-${name}`} x={RIGHT + 10} y={column(recipients, name) + 5} className="node-label">{truncate(name, 36)}</text>
        ))}
      </svg>
      <figcaption className="muted">
        Each line is a claimed funding relation, coloured by the outlet asserting it (several outlets: several lines; thicker: more claims).
        Hover a line for its details. {network.edges.length > MAX_EDGES && `The ${MAX_EDGES} most asserted of ${network.edges.length} relations are drawn; the CSV has all.`}
      </figcaption>
    </figure>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
