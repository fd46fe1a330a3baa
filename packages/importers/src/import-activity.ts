import type { ImportedActivity, ImportIssue, ImportResult } from "./activity-types.ts";
import { gunzipLimited } from "./archive/inflate-limited.ts";
import { readArchive } from "./archive/read-archive.ts";
import type { BuiltActivity, ReadOutcome, SourcedActivity } from "./built-activity.ts";
import { detectFormat } from "./detect-format.ts";
import { decodeFit } from "./fit/decode-fit.ts";
import { fitActivities } from "./fit/fit-activities.ts";
import { ImportError } from "./import-error.ts";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "./import-limits.ts";
import { applyPrivacyZone, fnv1a } from "./privacy-zone.ts";
import type { TrackSample } from "./summary/track-sample.ts";
import { readGpx } from "./xml/read-gpx.ts";
import { readTcx } from "./xml/read-tcx.ts";

export interface ImportOptions {
  /** Keep the GPS track (privacy: off unless the runner opted in). */
  includeTrack?: boolean;
  /**
   * Privacy zone applied to included tracks. Default: 500 m, seeded from the file's content, so the same
   * file is always cut the same way. `false` returns the raw track (only for the runner's own eyes).
   */
  privacyZone?: { radiusMeters?: number; seed?: string } | false;
  limits?: Partial<ImportLimits>;
}

/**
 * Reads an activity file (FIT, GPX, TCX, gzip of those) or an archive of them. Pure: no file system,
 * no clock. Returns what it could read with issues; throws ImportError only when nothing was readable.
 */
export function importActivity(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  let outcome: ReadOutcome;
  try {
    outcome = readAnyFile(bytes, fileName, limits);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A decoder bug must not crash an upload; the distinct code keeps it visible in tests and logs.
    throw new ImportError("decoder-failure", `${fileName} could not be read (${(error as Error).message}).`);
  }
  if (outcome.activities.length === 0) {
    const errorsFirst = [...outcome.issues].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
    );
    const reasons = errorsFirst.map((issue) => issue.message);
    throw new ImportError(
      "no-activity-data",
      `${fileName} contains no activity that could be read${reasons.length > 0 ? `: ${reasons.slice(0, 3).join(" ")}` : "."}`,
    );
  }
  return {
    format: outcome.format,
    activities: outcome.activities.map(({ activity, samples, sourceFile }) => ({
      ...withTrack(activity, samples, options, bytes),
      sourceFile,
    })),
    issues: outcome.issues,
  };
}

function readAnyFile(bytes: Uint8Array, fileName: string, limits: ImportLimits): ReadOutcome {
  if (bytes.length === 0) throw new ImportError("empty-file", `${fileName} is empty.`);
  const isArchive = detectFormat(bytes) === "zip";
  const maxBytes = isArchive ? limits.maxArchiveBytes : limits.maxFileBytes;
  if (bytes.length > maxBytes) {
    throw new ImportError("too-large", `${fileName} is larger than ${maxBytes} bytes: refused.`);
  }
  if (isArchive) {
    return readArchive(bytes, fileName, limits, (entryBytes, entryName) =>
      readSingleFile(entryBytes, entryName, limits, 0),
    );
  }
  return readSingleFile(bytes, fileName, limits, 0);
}

/** Gzip may wrap a file once (Strava's *.fit.gz); deeper nesting is not something devices produce. */
const MAX_GZIP_DEPTH = 1;

function readSingleFile(bytes: Uint8Array, fileName: string, limits: ImportLimits, gzipDepth: number): ReadOutcome {
  const format = detectFormat(bytes);
  switch (format) {
    case "fit": {
      const fit = decodeFit(bytes);
      const issues: ImportIssue[] = fit.issues.map((issue) => ({
        file: fileName,
        severity: "warning",
        code: issue.code,
        message: issue.message,
      }));
      const built = fitActivities(fit, fileName);
      return { format: "fit", activities: sourced(built.activities, fileName), issues: [...issues, ...built.issues] };
    }
    case "gzip": {
      if (gzipDepth >= MAX_GZIP_DEPTH) {
        throw new ImportError("unrecognised-format", `${fileName} is compressed more than once: not an activity file.`);
      }
      const inner = gunzipLimited(
        bytes,
        { maxOutputBytes: limits.maxFileBytes, maxCompressionRatio: limits.maxCompressionRatio },
        fileName,
      );
      const innerName = fileName.replace(/\.gz$/i, "");
      const outcome = readSingleFile(inner.data, innerName, limits, gzipDepth + 1);
      for (const activity of outcome.activities) activity.sourceFile = fileName;
      if (inner.damaged) {
        outcome.issues.unshift({
          file: fileName,
          severity: "warning",
          code: "gzip-damaged",
          message: `${fileName} breaks off or is damaged; read what could be unpacked.`,
        });
      }
      return outcome;
    }
    case "gpx":
    case "tcx": {
      const built = format === "gpx" ? readGpx(bytes, fileName) : readTcx(bytes, fileName);
      return { format, activities: sourced(built.activities, fileName), issues: built.issues };
    }
    default:
      if (ENTITY_DECLARATION.test(latin1.decode(bytes.subarray(0, ENTITY_SEARCH_BYTES)))) {
        throw new ImportError(
          "xml-entities",
          `${fileName} declares XML entities, which activity files never do (an "entity bomb" pattern): refused.`,
        );
      }
      throw new ImportError("unrecognised-format", unrecognisedMessage(bytes, fileName));
  }
}

/** A DOCTYPE full of entities can push the root element past where detection looks. */
const ENTITY_DECLARATION = /<!ENTITY/i;
const ENTITY_SEARCH_BYTES = 1024 * 1024;
const latin1 = new TextDecoder("latin1");

function sourced(activities: BuiltActivity[], fileName: string): SourcedActivity[] {
  return activities.map((a) => ({ ...a, sourceFile: fileName }));
}

function unrecognisedMessage(bytes: Uint8Array, fileName: string): string {
  if (/\.fit$/i.test(fileName)) return `${fileName} has no FIT header: it is damaged or not a FIT file.`;
  if (/\.(gpx|tcx)$/i.test(fileName)) return `${fileName} does not start like a GPX or TCX file.`;
  return `${fileName} is not a FIT, GPX, TCX, gzip or zip file (first bytes ${hexHead(bytes)}).`;
}

function hexHead(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
}

function withTrack(
  activity: ImportedActivity,
  samples: TrackSample[],
  options: ImportOptions,
  bytes: Uint8Array,
): ImportedActivity {
  if (!options.includeTrack) return activity;
  let firstTime: number | null = null;
  const track: NonNullable<ImportedActivity["track"]> = [];
  for (const s of samples) {
    if (s.latDeg === null || s.lonDeg === null) continue;
    if (s.timeSeconds !== null) firstTime ??= s.timeSeconds;
    track.push({
      latDeg: s.latDeg,
      lonDeg: s.lonDeg,
      elapsedSeconds: s.timeSeconds !== null && firstTime !== null ? s.timeSeconds - firstTime : null,
    });
  }
  if (options.privacyZone === false) return { ...activity, track };
  const zone = options.privacyZone ?? {};
  const seed = zone.seed ?? `${fnv1a(contentKey(bytes))}:${activity.startTime ?? ""}`;
  return {
    ...activity,
    track: applyPrivacyZone(track, {
      seed,
      ...(zone.radiusMeters !== undefined ? { radiusMeters: zone.radiusMeters } : {}),
    }),
  };
}

/** A cheap stable key of the content: length plus a sample of bytes (the seed needs stability, not secrecy). */
function contentKey(bytes: Uint8Array): string {
  const step = Math.max(1, Math.floor(bytes.length / 4096));
  let key = `${bytes.length}:`;
  for (let i = 0; i < bytes.length; i += step) key += String.fromCharCode(bytes[i] as number);
  return key;
}
