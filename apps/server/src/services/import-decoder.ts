import { ImportError, type ImportResult } from "@backstride/importers";
import { Piscina } from "piscina";
import type { ImportCapacity } from "../config/import-capacity.ts";
import type { DecodeOutcome, DecodeTask } from "./import-decode-task.ts";

export type DecodeSource = { path: string } | { bytes: Uint8Array };

export interface Decoded {
  result: ImportResult;
  /** SHA-256 of the bytes, when asked for. */
  contentHash: string | null;
}

/**
 * Decodes uploads in worker threads, so no file, however hostile, holds the event loop: a zip bomb or
 * a 64 MiB GPX costs a worker's time and memory, and /api/health keeps answering. Threads start on the
 * first import and end after a minute idle, so a server that never imports pays nothing for them.
 */
export class ImportDecoder {
  private pool: Piscina | null = null;
  /** Files being decoded right now (tests and metrics read it). */
  inFlight = 0;

  constructor(private readonly capacity: ImportCapacity) {}

  /** Throws ImportError, like importActivity, when nothing could be read (or the file cost too much). */
  async decode(source: DecodeSource, fileName: string, includeTrack: boolean, hash = false): Promise<Decoded> {
    const task: DecodeTask = { fileName, includeTrack, limits: this.capacity.decode, hash, ...source };
    // An archive read from the database owns its whole buffer: moving it to the thread costs no copy.
    const movable =
      "bytes" in source && source.bytes.byteOffset === 0 && source.bytes.byteLength === source.bytes.buffer.byteLength;
    this.inFlight += 1;
    let outcome: DecodeOutcome;
    try {
      outcome = await this.threads().run(task, {
        signal: AbortSignal.timeout(this.capacity.decodeTimeoutSeconds * 1000),
        // Node takes a plain array here; the typings infer the options-object overload of postMessage.
        ...(movable
          ? {
              transferList: [source.bytes.buffer] as unknown as NonNullable<
                Parameters<Piscina["run"]>[1]
              >["transferList"],
            }
          : {}),
      });
    } catch (error) {
      throw workerFailure(error, fileName, this.capacity);
    } finally {
      this.inFlight -= 1;
    }
    if (!outcome.ok) throw new ImportError(outcome.code, outcome.message);
    return { result: outcome.result, contentHash: outcome.contentHash };
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private threads(): Piscina {
    this.pool ??= new Piscina({
      filename: new URL("./import-worker.mjs", import.meta.url).href,
      minThreads: 0,
      maxThreads: this.capacity.decodeThreads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.capacity.workerHeapMb },
    });
    return this.pool;
  }
}

/** What the runner is told when the thread itself failed: out of memory, out of time, or a crash. */
function workerFailure(error: unknown, fileName: string, capacity: ImportCapacity): ImportError {
  const code = (error as { code?: string } | null)?.code;
  const name = (error as { name?: string } | null)?.name;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") {
    return new ImportError("too-large", `${fileName} needs more memory to read than a file may use: refused.`);
  }
  if (name === "AbortError" || name === "TimeoutError") {
    return new ImportError(
      "too-large",
      `${fileName} took longer than ${capacity.decodeTimeoutSeconds} s to read, which no activity file does: refused.`,
    );
  }
  return new ImportError("decoder-failure", `${fileName} could not be read (${(error as Error).message}).`);
}
