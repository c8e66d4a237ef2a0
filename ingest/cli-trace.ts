import { traceClaim, type Trace } from "../lib/queries/trace";
import { UsageError, withDatabase, type CommandOutput } from "./cli-commands";

/** `trace "<sentence>"`: where a claim first appeared in the corpus, who repeated it, and how. */
export async function traceCommand(words: string[]): Promise<CommandOutput> {
  const sentence = words.join(" ").trim();
  if (!sentence) throw new UsageError('trace needs a sentence or a fragment of one: trace "12,000 soldiers from Central Asia"');
  const trace = await withDatabase((db) => traceClaim(db, sentence));
  return { json: contract(trace), text: describe(trace) };
}

/** The documented JSON, field for field. */
function contract(trace: Trace) {
  return {
    claim: trace.claim,
    occurrences: trace.occurrences.map(({ articleId, outlet, url, published, sentence, attributedTo, similarity, first }) => ({
      articleId, outlet, url, published, sentence, attributedTo, similarity, first,
    })),
  };
}

function describe(trace: Trace): string {
  if (trace.occurrences.length === 0) return `No monitored article states "${trace.claim}".`;
  const lines = [`Claim: ${trace.claim}`, ""];
  for (const o of trace.occurrences) {
    const flags = [o.first && "first", ...o.changes].filter(Boolean).join(", ");
    lines.push(`${o.published?.slice(0, 10) ?? "undated   "}  ${o.outletName}${flags ? `  [${flags}]` : ""}`);
    lines.push(`  ${o.sentence}`);
    lines.push(`  attributed to: ${o.attributedTo ?? "unattributed"}   similarity ${o.similarity}${o.url ? `   ${o.url}` : ""}`);
  }
  return lines.join("\n");
}
