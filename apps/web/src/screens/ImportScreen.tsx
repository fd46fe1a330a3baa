import { type ChangeEvent, type DragEvent, useEffect, useId, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { ApiError, api, ensureCsrfToken, NetworkError, uploadWithProgress } from "../lib/api.ts";
import type { ImportFileResult, ImportJob } from "../lib/api-types.ts";
import {
  type FileOutcome,
  formatBytes,
  jobShare,
  outcomeWord,
  precheckFile,
  precheckSelection,
} from "../lib/import-files.ts";
import { hrefFor } from "../lib/route.ts";

interface Item {
  key: string;
  name: string;
  size: number;
  /** 0..1 while uploading. */
  progress: number;
  state: "waiting" | "uploading" | "processing" | FileOutcome;
  message: string;
  runIds: string[];
  job?: ImportJob;
}

const parallelUploads = 2;
const pollMs = 1000;

function resultClass(state: Item["state"]): string {
  if (state === "imported") return "result-imported";
  if (state === "duplicate") return "result-duplicate";
  if (state === "error") return "result-error";
  return "muted";
}

function stateWord(item: Item): string {
  switch (item.state) {
    case "waiting":
      return "Waiting";
    case "uploading":
      return `Uploading ${Math.round(item.progress * 100)}%`;
    case "processing":
      return "Reading the file…";
    case "queued":
      return item.job ? `Archive: ${item.job.processedFiles} of ${item.job.totalFiles} files read` : "Archive accepted";
    default:
      return outcomeWord(item.state, item.runIds.length);
  }
}

/** The server's message often repeats the headline ("Imported 1 run."): show it only when it adds something. */
function sameWords(a: string, b: string): boolean {
  const norm = (text: string) =>
    text
      .toLowerCase()
      .replace(/[.\s]+$/, "")
      .trim();
  return norm(a) === norm(b);
}

/** Import runs from a watch or phone: several files or an archive, with per-file progress and results. */
export default function ImportScreen() {
  const { syncNow, reloadShoes } = useData();
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const counter = useRef(0);

  const update = (key: string, patch: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const afterImport = () => {
    // The server wrote run.logged events: pull them down, and refresh shoe mileage.
    syncNow();
    void reloadShoes().catch(() => undefined);
  };

  const poll = async (key: string, jobId: string) => {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      try {
        const job = await api.get<ImportJob>(`/api/imports/${jobId}`);
        const done = job.status === "done" || job.status === "failed";
        const imported = job.results.filter((result) => result.status === "imported");
        update(key, {
          job,
          ...(done
            ? {
                state: job.status === "failed" ? "error" : imported.length > 0 ? "imported" : "duplicate",
                runIds: imported.flatMap((result) => result.runIds),
                message:
                  job.status === "failed"
                    ? (job.results.find((result) => result.status === "error")?.message ??
                      "The archive could not be read.")
                    : `${imported.length} imported, ${job.results.filter((r) => r.status === "duplicate").length} already there, ${job.results.filter((r) => r.status === "error").length} not readable.`,
              }
            : {}),
        });
        if (done) {
          afterImport();
          return;
        }
      } catch (error) {
        if (!(error instanceof NetworkError)) {
          update(key, {
            state: "error",
            message: error instanceof Error ? error.message : "Lost track of the archive.",
          });
          return;
        }
      }
    }
  };

  const uploadOne = async (item: Item, file: File) => {
    update(item.key, { state: "uploading" });
    try {
      await ensureCsrfToken();
      const { results } = await uploadWithProgress<{ results: ImportFileResult[] }>("/api/imports", file, (progress) =>
        update(item.key, { progress, state: progress >= 1 ? "processing" : "uploading" }),
      );
      const result = results[0];
      if (!result) {
        update(item.key, { state: "error", message: "The server did not say what happened to this file." });
        return;
      }
      update(item.key, { state: result.status, message: result.message, runIds: result.runIds });
      if (result.status === "queued" && result.jobId) await poll(item.key, result.jobId);
      else if (result.status === "imported") afterImport();
    } catch (error) {
      const message =
        error instanceof NetworkError
          ? "No connection. Importing needs the server; try again when you have signal."
          : error instanceof ApiError
            ? error.message
            : "The upload failed.";
      update(item.key, { state: "error", message });
    }
  };

  const addFiles = async (list: FileList | File[]) => {
    const files = [...list];
    if (files.length === 0) return;
    const refusal = precheckSelection(files);
    setSelectionError(refusal);
    if (refusal) return;
    const fresh = files.map((file) => {
      counter.current += 1;
      const reason = precheckFile(file);
      const item: Item = {
        key: `${counter.current}`,
        name: file.name,
        size: file.size,
        progress: 0,
        state: reason ? "error" : "waiting",
        message: reason ?? "",
        runIds: [],
      };
      return { item, file, ok: reason === null };
    });
    setItems((current) => [...fresh.map((entry) => entry.item), ...current]);
    const queue = fresh.filter((entry) => entry.ok);
    const workers = Array.from({ length: Math.min(parallelUploads, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await uploadOne(next.item, next.file);
    });
    await Promise.all(workers);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFiles(event.dataTransfer.files);
  };

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.files) void addFiles(event.target.files);
    event.target.value = "";
  };

  useEffect(() => {
    // Dropping a file outside the zone must not navigate away from the app.
    const block = (event: Event) => event.preventDefault();
    window.addEventListener("dragover", block);
    window.addEventListener("drop", block);
    return () => {
      window.removeEventListener("dragover", block);
      window.removeEventListener("drop", block);
    };
  }, []);

  return (
    <Page
      title="Import runs"
      lead="Add the files your watch or phone recorded: FIT, GPX or TCX (also .gz), or a whole export .zip from Strava or Garmin. The same file twice never makes a second run."
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds a mouse shortcut; the labelled file button below does the same for everyone. */}
      <div
        className={dragging ? "dropzone dragging" : "dropzone"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop files here, or</p>
        <input
          ref={inputRef}
          id={inputId}
          className="visually-hidden file-input"
          type="file"
          multiple
          accept=".fit,.gpx,.tcx,.gz,.zip,application/zip,application/gzip"
          onChange={onPick}
        />
        <label htmlFor={inputId} className="button primary">
          Choose files
        </label>
      </div>
      {selectionError ? (
        <p className="form-error" role="alert">
          {selectionError}
        </p>
      ) : null}
      {items.length > 0 ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">Files</h2>
          <ul className="plain-list" aria-live="polite">
            {items.map((item) => (
              <li key={item.key} className="card">
                <p>
                  <strong>{item.name}</strong> <span className="muted small">{formatBytes(item.size)}</span>
                </p>
                {item.state === "uploading" || item.state === "processing" ? (
                  <progress className="meter" max={1} value={item.progress} aria-label={`Upload of ${item.name}`} />
                ) : null}
                {item.state === "queued" && item.job ? (
                  <progress
                    className="meter"
                    max={1}
                    value={jobShare(item.job.processedFiles, item.job.totalFiles)}
                    aria-label={`Import of ${item.name}`}
                  />
                ) : null}
                <p className={resultClass(item.state)}>{stateWord(item)}</p>
                {item.message && !sameWords(item.message, stateWord(item)) ? (
                  <p className="small">{item.message}</p>
                ) : null}
                {item.runIds.length === 1 && item.runIds[0] ? (
                  <a href={hrefFor({ name: "run", id: item.runIds[0] })}>See the run</a>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <a href="#/runs">See all runs</a>
          </p>
        </section>
      ) : null}
    </Page>
  );
}
