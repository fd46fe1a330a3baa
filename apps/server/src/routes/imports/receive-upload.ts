import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type {} from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import { uploadLimits } from "../../config/import-capacity.ts";
import { ApiError } from "../../http/api-error.ts";

/** One uploaded file, written to the spool folder; its bytes are never all in this process's memory. */
export interface SpooledFile {
  fileName: string;
  path: string;
  sizeBytes: number;
  contentHash: string;
  /** The first bytes, enough to tell a zip archive from an activity file. */
  head: Uint8Array;
}

const malformed = () =>
  new ApiError(
    400,
    "bad_request",
    "the upload could not be read: the multipart/form-data body is malformed or cut off; send the files again",
  );

/** A multipart body needs its boundary; without one the parser cannot even start. */
export function checkMultipartHeader(contentType: string | undefined): void {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  if (!boundary?.[1] && !boundary?.[2]) {
    throw new ApiError(400, "bad_request", "the multipart/form-data upload has no boundary in its Content-Type");
  }
}

/** Only the base name, printable, bounded: it is shown back to the runner and stored. */
function cleanFileName(name: string | undefined, index: number): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 200);
  return printable === "" ? `file-${index + 1}` : printable;
}

/**
 * Streams every file part to `spoolDir`, hashing it on the way, and returns them once the whole body
 * has arrived: a body cut off part-way imports nothing. Limits: the per-file and per-request sizes.
 */
export async function receiveUpload(request: FastifyRequest, spoolDir: string): Promise<SpooledFile[]> {
  const files: SpooledFile[] = [];
  let totalBytes = 0;
  try {
    const parts = request.files({ limits: { fileSize: uploadLimits.maxFileBytes, files: uploadLimits.maxFiles } });
    for await (const part of parts) {
      const path = `${spoolDir}/${files.length}`;
      const hash = createHash("sha256");
      const head: number[] = [];
      let sizeBytes = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          sizeBytes += chunk.length;
          totalBytes += chunk.length;
          if (totalBytes > uploadLimits.maxTotalBytes) {
            done(new ApiError(413, "payload_too_large", "the upload is larger than allowed; send fewer files at once"));
            return;
          }
          for (let i = 0; head.length < 4 && i < chunk.length; i++) head.push(chunk[i] as number);
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(part.file, measure, createWriteStream(path));
      files.push({
        fileName: cleanFileName(part.filename, files.length),
        path,
        sizeBytes,
        contentHash: hash.digest("hex"),
        head: Uint8Array.from(head),
      });
    }
  } catch (error) {
    throw uploadError(error);
  }
  return files;
}

/**
 * Our own refusals and the multipart plugin's limits (FST_*, answered 413) pass through, and so do
 * disk errors (the server's fault). Anything else came from parsing the body: the client's, a 400.
 */
function uploadError(error: unknown): unknown {
  if (error instanceof ApiError) return error;
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  if (typeof code === "string" && code.startsWith("FST_")) return error;
  if (typeof syscall === "string") return error;
  return malformed();
}
