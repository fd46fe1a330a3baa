import { availableParallelism } from "node:os";
import { importLimits as uploadLimits } from "@backstride/api-contract";
import type { ImportLimits } from "@backstride/importers";

/**
 * Every number that bounds what imports may cost this server, in one place. Upload sizes (per file,
 * per request) live in `importLimits` of packages/api-contract, because the web app checks them too.
 */
export interface ImportCapacity {
  /** Uploads one account may have in flight at once; one more answers 429. */
  uploadsPerUser: number;
  /** Uploads in flight across all accounts; one more answers 503 (the server is busy, not the caller wrong). */
  uploadsTotal: number;
  /** Archive jobs this process decodes at once; the others wait in the database, queued. */
  runningJobs: number;
  /** Worker threads that decode files (BACKSTRIDE_IMPORT_THREADS). */
  decodeThreads: number;
  /** Heap of each worker: a file that needs more ends that worker and gets an error, never the server. */
  workerHeapMb: number;
  /** One file or archive that takes longer than this to decode is given up (the worker is ended). */
  decodeTimeoutSeconds: number;
  /** What one file or archive may unpack to (see packages/importers/src/import-limits.ts). */
  decode: ImportLimits;
}

/**
 * Why these numbers:
 * - 2 uploads per account: the web app sends one request at a time; a second covers a retry or a tab.
 * - 8 uploads in total: each holds at most 256 MiB of temporary disk and, for an archive, one 64 MiB
 *   buffer while it is stored as a job; 12 unbounded concurrent uploads once took the process to 3.15 GB.
 * - Decoding uses every core but one, so the event loop always keeps a core to answer requests.
 * - 512 MiB of heap: the largest real file we know (a 64 MiB GPX) decodes in about a third of that.
 * - 120 s: a 64 MiB archive of real activity files decodes in well under 30 s on one slow core.
 * - Archives: 20,000 entries covers a decade of a Strava export with its photos; 1 GiB unpacked in
 *   total is 16× the largest upload (activity files compress 2-15×); no entry may expand more than
 *   100× (real FIT, GPX and TCX files stay under 20×, while 1 MiB of zeros deflates 1,000×), judged
 *   for every entry whatever its size.
 */
export const defaultImportCapacity: ImportCapacity = {
  uploadsPerUser: 2,
  uploadsTotal: 8,
  runningJobs: 1,
  decodeThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  workerHeapMb: 512,
  decodeTimeoutSeconds: 120,
  decode: {
    maxFileBytes: 128 * 1024 * 1024,
    maxArchiveBytes: 1024 * 1024 * 1024,
    maxArchiveEntries: 20_000,
    maxCompressionRatio: 100,
  },
};

/** The upload sizes, re-exported so the handler reads every import number from this module. */
export { uploadLimits };

/** BACKSTRIDE_IMPORT_THREADS overrides the thread count (a whole number from 1 to 64). */
export function importCapacityFrom(threads: string | undefined): ImportCapacity {
  if (threads === undefined || threads === "") return defaultImportCapacity;
  const count = Number(threads);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`BACKSTRIDE_IMPORT_THREADS must be a whole number from 1 to 64, got "${threads}"`);
  }
  return { ...defaultImportCapacity, decodeThreads: count };
}
