import type { Readable } from "node:stream";
import type { ReadStream } from "node:tty";

/** Reads all of stdin (for --password-stdin) and drops one trailing newline. */
export async function readAllStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Prompts on a terminal without echoing what is typed. */
export async function promptHidden(stdin: Readable, write: (text: string) => void, prompt: string): Promise<string> {
  const tty = stdin as ReadStream;
  if (!tty.isTTY) return readAllStdin(stdin);
  write(prompt);
  tty.setRawMode(true);
  tty.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (char === "\u0003") {
          finish();
          reject(new Error("cancelled"));
          return;
        }
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else value += char;
      }
    };
    const finish = () => {
      tty.off("data", onData);
      tty.setRawMode(false);
      tty.pause();
      write("\n");
    };
    tty.on("data", onData);
  });
}
