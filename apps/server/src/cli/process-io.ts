import { readFile } from "node:fs/promises";
import { localDateOf } from "@backstride/domain";
import type { CliIo } from "./cli-io.ts";

/** The real terminal, file system and clock, for `npx backstride`. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    today: () => localDateOf(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"),
  };
}
