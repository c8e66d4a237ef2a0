"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { OpmlImportResult } from "../../lib/outlets/opml";
import { sendJson } from "../_lib/send-json";

/** Import a feed reader's OPML export: the file is read in the browser and sent as text. */
export function OpmlImport() {
  const router = useRouter();
  const [result, setResult] = useState<OpmlImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function importFile(file: File) {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await sendJson<OpmlImportResult>("POST", "/api/outlets/opml", { opml: await file.text() }));
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="opml-import">
      <label className="button">
        {busy ? "Importing…" : "Import OPML"}
        <input
          type="file"
          accept=".opml,.xml,text/x-opml,text/xml,application/xml"
          className="visually-hidden"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </label>
      {error && <p role="alert" className="form-error">{error}</p>}
      {result && (
        <div role="status" className="form-ok">
          {count(result.created.length, "outlet")} added, {count(result.updated.length, "outlet")} gained sources, {result.unchanged.length} already present
          {result.failed.length + result.skipped.length > 0 && (
            <ul className="fetch-error" aria-label="Not imported">
              {result.failed.map((f) => <li key={`${f.outlet}-${f.error}`}>{f.outlet}: {f.error}</li>)}
              {result.skipped.map((problem) => <li key={problem}>{problem}</li>)}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
