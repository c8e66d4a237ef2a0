"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { MarkerGroup } from "../../lib/framing/lexicon";
import { formatVariantLines, parseVariantLines } from "../../lib/framing/lexicon-input";
import { sendJson } from "../_lib/send-json";

interface Draft {
  key: string;
  label: string;
  lines: string;
}

/** The lexicon as editable text: per group a key, a name, and one "Variant = term, term*" line per variant. */
export function LexiconEditor({ groups }: { groups: MarkerGroup[] }) {
  const router = useRouter();
  const [drafts, setDrafts] = useState<Draft[]>(groups.map((g) => ({ key: g.key, label: g.label, lines: formatVariantLines(g) })));
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const change = (i: number, field: keyof Draft, value: string) => setDrafts((d) => d.map((x, j) => (j === i ? { ...x, [field]: value } : x)));

  const save = async () => {
    setSaving(true);
    setStatus(null);
    try {
      const body = drafts.map((d) => ({ key: d.key.trim(), label: d.label.trim(), variants: parseVariantLines(d.lines) }));
      await sendJson("PUT", "/api/markers", body);
      setStatus({ error: false, text: "Saved. Every article is being counted again under the new lexicon." });
      router.refresh();
    } catch (err) {
      setStatus({ error: true, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="lexicon-editor" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {drafts.map((d, i) => (
        <fieldset key={i} className="card">
          <legend>{d.label || "New group"}</legend>
          <label>Key <input value={d.key} onChange={(e) => change(i, "key", e.target.value)} required pattern="[a-z0-9][a-z0-9-]*" /></label>
          <label>Name <input value={d.label} onChange={(e) => change(i, "label", e.target.value)} required /></label>
          <label className="wide">
            Variants, one per line: <code>Name = term, term, ending*</code>
            <textarea rows={Math.max(3, d.lines.split("\n").reduce((n, line) => n + Math.ceil((line.length + 1) / 110), 1))} value={d.lines} onChange={(e) => change(i, "lines", e.target.value)} spellCheck={false} />
          </label>
          <button type="button" className="link-button" onClick={() => setDrafts((x) => x.filter((_, j) => j !== i))}>Remove this group</button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" onClick={() => setDrafts((x) => [...x, { key: "", label: "", lines: "" }])}>Add a group</button>
        <button type="submit" disabled={saving}>{saving ? "Saving…" : "Save lexicon"}</button>
      </div>
      {status && <p className={status.error ? "error" : "notice"} role={status.error ? "alert" : "status"}>{status.text}</p>}
    </form>
  );
}
