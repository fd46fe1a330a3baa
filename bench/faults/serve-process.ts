/**
 * `backstride serve` as a real child process, the way an operator runs it: for the crash bench and the
 * tests that need a process to kill -9 or several processes racing for one data directory.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const cliEntry = join(repositoryRoot, "bin/backstride.js");

/** Where the server keeps its data: a SQLite directory, or a PostgreSQL database. */
export type DataTarget = { kind: "sqlite"; dataDir: string } | { kind: "postgres"; databaseUrl: string };

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface CliRun extends ExitStatus {
  stdout: string;
  stderr: string;
}

/** A port free right now (the kernel picks it); the server binds it moments later. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function childEnv(target: DataTarget, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    // No web build needed: the API is what is under test.
    BACKSTRIDE_WEB_DIST: join(repositoryRoot, "bench/faults/no-web-dist"),
    BACKSTRIDE_LOG_LEVEL: "warn",
  };
  if (target.kind === "sqlite") {
    env.BACKSTRIDE_DATA_DIR = target.dataDir;
    delete env.DATABASE_URL;
  } else {
    env.DATABASE_URL = target.databaseUrl;
  }
  return env;
}

/** Spawns `backstride <args>` and collects its output; resolves when it exits. */
export function spawnCli(args: string[], target: DataTarget, port = 0): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [cliEntry, ...args], {
    cwd: repositoryRoot,
    env: childEnv(target, port),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<CliRun>((resolveRun, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** Resolves once the process has exited (after kill -9 or a clean stop). */
  exited: Promise<CliRun>;
  /** kill -9, then wait until the process is gone. */
  crash: () => Promise<void>;
  /** SIGTERM, then wait for the clean stop. */
  stop: () => Promise<CliRun>;
}

/**
 * Starts `serve` and resolves once it prints its address. Rejects with the output when it exits
 * first (another server holds the directory, a port clash, a startup error).
 */
export async function startServe(target: DataTarget, port: number): Promise<ServeProcess> {
  const { child, done } = spawnCli(["serve"], target, port);
  await new Promise<void>((ready, failed) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (/Backstride \S+ on http/.test(seen)) {
        child.stdout?.off("data", onData);
        ready();
      }
    };
    child.stdout?.on("data", onData);
    done.then((run) =>
      failed(new Error(`serve exited (${run.code ?? run.signal}) before it was ready: ${run.stderr || run.stdout}`)),
    );
  });
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    exited: done,
    crash: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await done;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return done;
    },
  };
}
