import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  ImportError,
  type ImportErrorCode,
  type ImportLimits,
  type ImportResult,
  importActivity,
} from "@backstride/importers";

/** One file or archive to decode in a worker thread: from a file on disk, or bytes moved to the thread. */
export interface DecodeTask {
  path?: string;
  bytes?: Uint8Array;
  fileName: string;
  includeTrack: boolean;
  limits: ImportLimits;
  /** Also return the SHA-256 of the bytes (hashing 64 MiB would hold the event loop ~150 ms). */
  hash: boolean;
}

/** Errors cross the thread boundary as data: a structured clone would lose the ImportError class and code. */
export type DecodeOutcome =
  | { ok: true; result: ImportResult; contentHash: string | null }
  | { ok: false; code: ImportErrorCode; message: string; contentHash: string | null };

export function decodeTask(task: DecodeTask): DecodeOutcome {
  const bytes = task.bytes ?? (task.path ? new Uint8Array(readFileSync(task.path)) : new Uint8Array());
  const contentHash = task.hash ? createHash("sha256").update(bytes).digest("hex") : null;
  try {
    const result = importActivity(bytes, task.fileName, { includeTrack: task.includeTrack, limits: task.limits });
    return { ok: true, result, contentHash };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: error.code, message: error.message, contentHash };
    throw error;
  }
}
