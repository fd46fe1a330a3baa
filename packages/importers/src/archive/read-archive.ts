import type { ImportIssue } from "../activity-types.ts";
import type { ReadOutcome, SourcedActivity } from "../built-activity.ts";
import { ImportError } from "../import-error.ts";
import type { ImportLimits } from "../import-limits.ts";
import { normalizeSportName } from "../sport-name.ts";
import { inflateLimited } from "./inflate-limited.ts";
import { listZipEntries, type ZipEntry } from "./list-zip-entries.ts";
import { parseStravaCsv, type StravaCsvRow } from "./strava-csv.ts";
import { isUnsafeEntryPath } from "./unsafe-entry-path.ts";

/** Reads one unpacked entry; passed in so this module does not depend on the format dispatcher. */
export type EntryReader = (bytes: Uint8Array, entryName: string) => ReadOutcome;

const ACTIVITY_ENTRY = /\.(fit|gpx|tcx)(\.gz)?$/i;
const STRAVA_CSV = /(^|\/)activities\.csv$/i;

/**
 * A zip of activity files, or Strava's bulk export (activities.csv + activities/*). Every entry is
 * unpacked under the limits; a bad entry becomes an issue and the others still import.
 */
export function readArchive(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
  readEntry: EntryReader,
): ReadOutcome {
  const entries = listZipEntries(bytes, limits, fileName);
  const issues: ImportIssue[] = [];
  const activities: SourcedActivity[] = [];
  let unpackedBytes = 0;

  const unpack = (entry: ZipEntry): Uint8Array => {
    const data = unpackEntry(
      bytes,
      entry,
      limits,
      Math.min(limits.maxFileBytes, limits.maxArchiveBytes - unpackedBytes),
    );
    unpackedBytes += data.length;
    return data;
  };

  const csvEntry = entries.find((e) => STRAVA_CSV.test(e.name) && !isUnsafeEntryPath(e.name));
  let csv = new Map<string, StravaCsvRow>();
  let csvFolder = "";
  if (csvEntry) {
    try {
      csv = parseStravaCsv(new TextDecoder("utf-8").decode(unpack(csvEntry)));
      csvFolder = csvEntry.name.slice(0, csvEntry.name.length - "activities.csv".length);
    } catch (error) {
      issues.push(entryIssue(csvEntry.name, error));
    }
  }

  for (const entry of entries) {
    if (entry.name.endsWith("/") || !ACTIVITY_ENTRY.test(entry.name) || entry.name.includes("__MACOSX/")) continue;
    if (isUnsafeEntryPath(entry.name)) {
      issues.push({
        file: entry.name,
        severity: "error",
        code: "zip-slip",
        message: `Skipped "${entry.name}": its path points outside the archive.`,
      });
      continue;
    }
    try {
      const outcome = readEntry(unpack(entry), entry.name);
      const row = csv.get(entry.name.slice(csvFolder.length));
      // The CSV's date fills in what a device-relative clock could not tell.
      issues.push(...(row?.startTime ? outcome.issues.filter((i) => i.code !== "fit-relative-time") : outcome.issues));
      for (const activity of outcome.activities) activities.push(row ? withCsvRow(activity, row) : activity);
    } catch (error) {
      if (error instanceof ImportError && error.code === "archive-limits" && unpackedBytes >= limits.maxArchiveBytes)
        throw error;
      issues.push(entryIssue(entry.name, error));
    }
  }
  return { format: csvEntry ? "strava-export" : "zip", activities, issues };
}

function unpackEntry(bytes: Uint8Array, entry: ZipEntry, limits: ImportLimits, budgetBytes: number): Uint8Array {
  if (entry.dataOffset < 0 || entry.dataOffset + entry.compressedSize > bytes.length) {
    throw new ImportError("archive-invalid", `${entry.name} is cut off in the archive.`);
  }
  if (entry.declaredSize > limits.maxFileBytes) {
    throw new ImportError(
      "too-large",
      `${entry.name} declares ${entry.declaredSize} bytes, over the ${limits.maxFileBytes}-byte limit.`,
    );
  }
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  // Every entry, however small: 2,000 entries of 1 MiB of zeros each once passed a check from 1 MiB up.
  if (entry.declaredSize / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio) {
    throw new ImportError(
      "archive-limits",
      `${entry.name} would expand more than ${limits.maxCompressionRatio}× (a "zip bomb" pattern, not an activity file): refused.`,
    );
  }
  if (entry.method === 0) return compressed;
  if (entry.method !== 8)
    throw new ImportError("archive-invalid", `${entry.name} uses an unsupported zip compression (${entry.method}).`);
  // The declared size bounds the output too: an entry that unpacks to more than it declared is lying.
  const maxOutputBytes = Math.min(budgetBytes, entry.declaredSize);
  const { data, damaged } = inflateLimited(
    compressed,
    { maxOutputBytes, maxCompressionRatio: limits.maxCompressionRatio },
    entry.name,
  );
  if (damaged) throw new ImportError("archive-invalid", `${entry.name} is damaged inside the archive.`);
  return data;
}

function withCsvRow(activity: SourcedActivity, row: StravaCsvRow): SourcedActivity {
  const a = { ...activity.activity };
  if (row.name) a.name = row.name;
  if (row.gearName) a.gearName = row.gearName;
  if (row.description) a.notes = row.description;
  if (a.startTime === null && row.startTime) a.startTime = row.startTime;
  const csvSport = normalizeSportName(row.sportLabel);
  if (csvSport && a.sport === "other") {
    // The file did not know its sport; the runner's own label in Strava does.
    a.sport = csvSport;
    a.isRunning = csvSport === "running";
  }
  return { ...activity, activity: a };
}

function entryIssue(entryName: string, error: unknown): ImportIssue {
  if (error instanceof ImportError)
    return { file: entryName, severity: "error", code: error.code, message: error.message };
  return {
    file: entryName,
    severity: "error",
    code: "decoder-failure",
    message: `${entryName} could not be read (${String(error)}).`,
  };
}
