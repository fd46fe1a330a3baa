import { Gunzip, Inflate } from "fflate";
import { ImportError } from "../import-error.ts";

export interface InflateLimits {
  /** Stop as soon as the output passes this many bytes. */
  maxOutputBytes: number;
  maxCompressionRatio: number;
}

/**
 * Input is fed in small chunks so a bomb is caught after at most one chunk's worth of output
 * (DEFLATE expands at most ~1032×, so 1 KiB in gives at most ~1 MiB out).
 */
const CHUNK_BYTES = 1024;

export interface InflateResult {
  data: Uint8Array;
  /** The compressed data broke off or was corrupt; `data` holds what came out before that. */
  damaged: boolean;
}

/** Streams a raw DEFLATE body through fflate, stopping early when a limit is passed. */
export function inflateLimited(compressed: Uint8Array, limits: InflateLimits, what: string): InflateResult {
  return runLimited(new Inflate(), compressed, limits, what);
}

/** Same for gzip (one or several members). */
export function gunzipLimited(compressed: Uint8Array, limits: InflateLimits, what: string): InflateResult {
  // The trailer states the size (mod 2^32) of a single-member gzip: refuse an honest bomb before inflating.
  if (compressed.length >= 18) {
    const declared = new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength).getUint32(
      compressed.length - 4,
      true,
    );
    if (declared > limits.maxOutputBytes) {
      throw new ImportError("too-large", `${what} unpacks to more than ${formatMiB(limits.maxOutputBytes)}: refused.`);
    }
    if (declared / compressed.length > limits.maxCompressionRatio) {
      throw new ImportError(
        "archive-limits",
        `${what} expands more than ${limits.maxCompressionRatio}× (a "zip bomb" pattern, not an activity file): refused.`,
      );
    }
  }
  return runLimited(new Gunzip(), compressed, limits, what);
}

function runLimited(
  stream: Inflate | Gunzip,
  compressed: Uint8Array,
  limits: InflateLimits,
  what: string,
): InflateResult {
  const chunks: Uint8Array[] = [];
  let outputBytes = 0;
  let inputBytes = 0;
  stream.ondata = (data) => {
    outputBytes += data.length;
    if (outputBytes > limits.maxOutputBytes) {
      throw new ImportError("too-large", `${what} unpacks to more than ${formatMiB(limits.maxOutputBytes)}: refused.`);
    }
    // Judged against the input consumed so far, at every chunk whatever the size: a bomb is stopped
    // within its first kilobyte of input, and an archive of many small bombs entry by entry.
    if (outputBytes / Math.max(1, inputBytes) > limits.maxCompressionRatio) {
      throw new ImportError(
        "archive-limits",
        `${what} expands more than ${limits.maxCompressionRatio}× (a "zip bomb" pattern, not an activity file): refused.`,
      );
    }
    chunks.push(data);
  };
  try {
    for (let at = 0; at < compressed.length; at += CHUNK_BYTES) {
      const end = Math.min(compressed.length, at + CHUNK_BYTES);
      inputBytes = end;
      stream.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) stream.push(compressed, true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (outputBytes === 0) {
      throw new ImportError("archive-invalid", `${what} is not valid compressed data (${(error as Error).message}).`);
    }
    return { data: concat(chunks, outputBytes), damaged: true };
  }
  return { data: concat(chunks, outputBytes), damaged: false };
}

function concat(chunks: Uint8Array[], totalBytes: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(totalBytes);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function formatMiB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}
