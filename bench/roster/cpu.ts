/**
 * Where a roster request's CPU goes under the bench's load: the 500-runner roster server on PostgreSQL
 * (a database seeded by run.ts, kept with ROSTER_REUSE=1), 20 connections as in run.ts, and for each
 * path the CPU time per request of the serving Node process (all its threads), of every PostgreSQL
 * process, and of the load generator itself, read from /proc and process.cpuUsage before and after.
 * On a 2-core machine the three share the cores, so a request's p99 follows their sum.
 *   npx tsx bench/roster/cpu.ts            (ROSTER_ROUNDS=3 rounds, BENCH_SECONDS=8 each)
 */
import { type ChildProcess, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { coachPerConnection, startRosterServer, stopRosterServer } from "./roster-bench.ts";

const connections = 20;
const roundCount = Number(process.env.ROSTER_ROUNDS ?? 3);
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 8);
/** /proc/<pid>/stat counts CPU time in clock ticks of 1/100 s on Linux. */
const ticksPerSecond = 100;

/** CPU seconds a process has used so far (user + system); 0 once it is gone. */
function cpuSecondsOf(pid: number): number {
  try {
    // The command name is in parentheses and may hold spaces: fields are counted after it.
    const afterName = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(afterName[11] ?? 0) + Number(afterName[12] ?? 0)) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL process's CPU seconds so far, by pid. */
function postgresCpu(): Map<number, number> {
  const pids = execFileSync("pgrep", ["-x", "postgres"]).toString().trim().split("\n").map(Number);
  return new Map(pids.map((pid) => [pid, cpuSecondsOf(pid)]));
}

/** CPU PostgreSQL used between two readings; a backend started since counts from its start. */
function postgresCpuSince(before: Map<number, number>): number {
  let seconds = 0;
  for (const [pid, now] of postgresCpu()) seconds += now - (before.get(pid) ?? 0);
  return seconds;
}

function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** One run of `seconds` on `path`; printed unless it is a warm-up. */
async function measure(
  server: ChildProcess,
  port: number,
  path: string,
  cookies: readonly string[],
  run: { seconds: number; warmUp: boolean },
) {
  const before = { node: cpuSecondsOf(server.pid ?? 0), postgres: postgresCpu(), load: ownCpuSeconds() };
  const startedMs = Date.now();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    duration: run.seconds,
    setupClient: coachPerConnection(cookies),
  });
  if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} non-2xx responses`);
  const wallSeconds = (Date.now() - startedMs) / 1000;
  const requests = Math.max(result.requests.total, 1);
  const perRequestUs = (seconds: number) => ((seconds * 1e6) / requests).toFixed(0).padStart(5);
  const node = cpuSecondsOf(server.pid ?? 0) - before.node;
  const postgres = postgresCpuSince(before.postgres);
  const load = ownCpuSeconds() - before.load;
  if (run.warmUp) return;
  console.log(
    `  ${path.padEnd(24)} ${String(Math.round(requests / wallSeconds)).padStart(5)} req/s  p50 ${String(result.latency.p50).padStart(3)} ms  p99 ${String(result.latency.p99).padStart(3)} ms | CPU µs a request: Node ${perRequestUs(node)}  PostgreSQL ${perRequestUs(postgres)}  load generator ${perRequestUs(load)} | cores busy ${((node + postgres + load) / wallSeconds).toFixed(2)}`,
  );
}

const { server, ready } = await startRosterServer({
  ROSTER_REUSE: process.env.ROSTER_REUSE ?? "1",
  ROSTER_DATABASE_URL: process.env.ROSTER_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/backstride_roster",
});
try {
  const paths = [
    ["/api/athletes", ready.cookiesTen],
    ["/api/athletes", ready.cookiesAll],
    ["/api/athletes?limit=10", ready.cookiesAll],
  ] as const;
  // Warm-up, not printed: JIT, statement caches, the pool's connections.
  for (const [path, cookies] of paths) await measure(server, ready.port, path, cookies, { seconds: 2, warmUp: true });
  for (let round = 1; round <= roundCount; round += 1) {
    console.log(`round ${round} (10 runners; 500 runners; 500 runners, 10 rows a page)`);
    for (const [path, cookies] of paths) {
      await measure(server, ready.port, path, cookies, { seconds: durationSeconds, warmUp: false });
    }
  }
} finally {
  await stopRosterServer(server);
}
