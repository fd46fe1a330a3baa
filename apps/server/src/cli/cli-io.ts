import type { Readable } from "node:stream";

/** What a CLI command may touch, injected so tests can drive it without a terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  /** Reads a file; injected so tests need no temporary files. */
  readFile: (path: string) => Promise<Uint8Array>;
  /** The runner's local date today, YYYY-MM-DD; commands never read the clock themselves. */
  today: () => string;
}

/** A command returns its exit code; it never throws to the user (main.ts catches as a last resort). */
export type Command = (args: string[], io: CliIo) => Promise<number>;
