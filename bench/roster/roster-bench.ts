/**
 * What the roster benchmarks (run.ts, cpu.ts) share: the roster server started in its own process, and
 * autocannon's clients signed in each as its own coach.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type autocannon from "autocannon";

/** The line roster-server.ts prints once it has seeded and listens. */
export interface RosterReady {
  port: number;
  kind: string;
  runners: number;
  events: number;
  coaches: number;
  cookieAll: string;
  cookieTen: string;
  cookiesAll: string[];
  cookiesTen: string[];
}

/** Starts roster-server.ts with `env` on top of this process's, and waits until it listens. */
export async function startRosterServer(env: NodeJS.ProcessEnv): Promise<{ server: ChildProcess; ready: RosterReady }> {
  const server = spawn(process.execPath, ["--import", "tsx", new URL("./roster-server.ts", import.meta.url).pathname], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  const ready = await new Promise<RosterReady>((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`roster server exited with ${code}`)));
    createInterface({ input: server.stdout }).once("line", (line) => resolve(JSON.parse(line)));
  });
  return { server, ready };
}

export async function stopRosterServer(server: ChildProcess): Promise<void> {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
}

/**
 * autocannon's `setupClient` for one run: each connection is its own coach (the next session cookie,
 * round the list; none without cookies) and asks for compression as a browser does.
 */
export function coachPerConnection(cookies?: readonly string[]): (client: autocannon.Client) => void {
  let nextClient = 0;
  return (client) => {
    const cookie = cookies?.[nextClient % cookies.length];
    nextClient += 1;
    client.setHeaders({ "accept-encoding": "gzip, deflate, br", ...(cookie ? { cookie } : {}) });
  };
}
