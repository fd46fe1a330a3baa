/**
 * Checks files before upload and words the server's per-file results. The limits mirror
 * `importLimits` in packages/api-contract (a test keeps them equal) without pulling zod into the app.
 */
export const uploadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFiles: 200,
  maxTotalBytes: 256 * 1024 * 1024,
} as const;

const activityName = /\.(fit|gpx|tcx)(\.gz)?$/i;
const archiveName = /\.zip$/i;

export function isArchive(fileName: string): boolean {
  return archiveName.test(fileName);
}

/** Why a file will not be uploaded, or null when it may go. */
export function precheckFile(file: { name: string; size: number }): string | null {
  if (!activityName.test(file.name) && !isArchive(file.name)) {
    return "Not an activity file. Backstride reads FIT, GPX and TCX files (also .gz) and .zip exports.";
  }
  if (file.size === 0) return "The file is empty.";
  if (file.size > uploadLimits.maxFileBytes) {
    return `Too large (${formatBytes(file.size)}). The limit is ${formatBytes(uploadLimits.maxFileBytes)} a file.`;
  }
  return null;
}

/** Refuses a whole selection that is over the count or total size limits, in plain words. */
export function precheckSelection(files: readonly { size: number }[]): string | null {
  if (files.length > uploadLimits.maxFiles) {
    return `That is ${files.length} files; pick at most ${uploadLimits.maxFiles} at a time, or a .zip export.`;
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > uploadLimits.maxTotalBytes) {
    return `Together these are ${formatBytes(total)}; the limit is ${formatBytes(uploadLimits.maxTotalBytes)} at a time.`;
  }
  return null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export type FileOutcome = "imported" | "duplicate" | "error" | "queued";

/** The headline word of a result, as the runner reads it. */
export function outcomeWord(status: FileOutcome, runCount: number): string {
  switch (status) {
    case "imported":
      return runCount === 1 ? "Imported 1 run" : `Imported ${runCount} runs`;
    case "duplicate":
      return "Already imported";
    case "error":
      return "Not imported";
    case "queued":
      return "Archive accepted";
  }
}

/** Share of an archive job done, 0..1, safe when the total is not known yet. */
export function jobShare(processedFiles: number, totalFiles: number): number {
  if (totalFiles <= 0) return 0;
  return Math.min(1, processedFiles / totalFiles);
}
