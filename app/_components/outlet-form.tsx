"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { ApiError } from "../_lib/fetch-json";
import { FormValueError, toOutletInput, type OutletFormValues } from "../_lib/outlet-form-values";
import { sendJson } from "../_lib/send-json";
import { OutletPreviewPanel, type OutletPreviewDocument } from "./outlet-preview";

interface Props {
  initial: OutletFormValues;
  /** Set when editing: the slug is then fixed. */
  editing?: string;
}

/** Add or edit an outlet; "Test this outlet" shows what a fetch would ingest before anything is saved. */
export function OutletForm({ initial, editing }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"save" | "test" | null>(null);
  const [preview, setPreview] = useState<OutletPreviewDocument | null>(null);

  const field = (name: keyof OutletFormValues) => ({
    name,
    value: values[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValues({ ...values, [name]: e.target.value }),
  });

  async function run(kind: "save" | "test", action: (input: ReturnType<typeof toOutletInput>) => Promise<void>) {
    setBusy(kind);
    setError(null);
    try {
      await action(toOutletInput(values));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) router.push(`/login?next=${encodeURIComponent(location.pathname)}`);
      setError(err instanceof ApiError || err instanceof FormValueError ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run("save", async (input) => {
      if (editing) await sendJson("PATCH", `/api/outlets/${encodeURIComponent(editing)}`, input);
      else await sendJson("POST", "/api/outlets", input);
      router.push("/outlets");
      router.refresh();
    });
  };
  const test = () => run("test", async (input) => {
    setPreview(null);
    setPreview(await sendJson<OutletPreviewDocument>("POST", "/api/outlets/preview", { ...input, slug: input.slug || "preview" }));
  });

  const scraped = values.kind === "scrape";
  return (
    <>
      <form className="form-grid" onSubmit={save} aria-label={editing ? "Edit outlet" : "Add outlet"}>
        <label>
          Name
          <input {...field("name")} required maxLength={200} />
        </label>
        <label>
          Slug <span className="hint">lower-case letters, digits and dashes; used in URLs and the CLI</span>
          <input {...field("slug")} required pattern="[a-z0-9][a-z0-9-]{0,62}" disabled={Boolean(editing)} />
        </label>
        <label>
          Kind
          <select {...field("kind")}>
            <option value="feed">Feed (RSS, Atom, RDF, JSON Feed)</option>
            <option value="scrape">Scraped site (list pages or sitemaps)</option>
          </select>
        </label>
        <label>
          Feed URLs <span className="hint">one per line</span>
          <textarea {...field("feeds")} />
        </label>
        {scraped && (
          <>
            <label>
              List pages <span className="hint">pages that link to articles, one per line</span>
              <textarea {...field("listPages")} />
            </label>
            <label>
              Sitemaps <span className="hint">one per line</span>
              <textarea {...field("sitemaps")} />
            </label>
            <label>
              Scrape rules <span className="hint">JSON: linkSelector, contentSelector, dropSelectors, dropPatterns, dropLines, maxArticlesPerRun…</span>
              <textarea {...field("scrapeRules")} />
            </label>
          </>
        )}
        <label>
          Homepage <span className="hint">optional</span>
          <input {...field("homepageUrl")} type="url" />
        </label>
        <label>
          Languages <span className="hint">ISO codes such as en, ru, fr, de</span>
          <input {...field("languages")} />
        </label>
        <label>
          Country <span className="hint">ISO code such as KZ; optional</span>
          <input {...field("country")} maxLength={2} />
        </label>
        <label>
          Groups <span className="hint">separated by commas, e.g. Russian state media; coverage and compare take a group as one side</span>
          <input {...field("groups")} />
        </label>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy !== null}>{editing ? "Save changes" : "Add outlet"}</button>
          <button type="button" onClick={() => void test()} disabled={busy !== null}>{busy === "test" ? "Testing…" : "Test this outlet"}</button>
        </div>
      </form>
      {preview && <OutletPreviewPanel preview={preview} />}
    </>
  );
}
