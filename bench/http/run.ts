/**
 * HTTP benchmark: GET /api/plan/today for a runner with a year of history, against GET /api/health
 * (no database, same server, same middleware: security headers, routing) as the floor, in one run.
 *   npx tsx bench/http/run.ts
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const connections = 100;
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Load-generator threads: the client parses every response too, and a 13 kB plan costs it more than {}. */
const workers = Number(process.env.BENCH_WORKERS ?? 1);

const child = spawn(process.execPath, ["--import", "tsx", new URL("./bench-server.ts", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
});
const ready = await new Promise<{ port: number; cookie: string; events: number; runs: number }>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line)));
});

/**
 * CPU seconds the server process has used (Linux /proc; null elsewhere). Divided by the requests
 * served, it shows the server's own cost per request, which the other load on a shared machine
 * disturbs far less than throughput.
 */
function serverCpuSeconds(): number | null {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** What every browser sends; the plan is then served from its pre-compressed copy. */
const browserHeaders = { "accept-encoding": "gzip, deflate, br" };

async function load(path: string, extraHeaders: Record<string, string> = {}) {
  const headers = { ...browserHeaders, ...extraHeaders };
  const cpuBefore = serverCpuSeconds();
  const result = await autocannon({
    url: `http://127.0.0.1:${ready.port}${path}`,
    connections,
    duration: durationSeconds,
    headers,
    ...(workers > 1 ? { workers } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  const cpuAfter = serverCpuSeconds();
  const cpuMicrosPerRequest =
    cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest,
  };
}

try {
  // Warm both paths (JIT, statement cache, plan memo) at full concurrency before measuring.
  for (const [path, headers] of [
    ["/api/plan/today", { ...browserHeaders, cookie: ready.cookie }],
    ["/api/health", browserHeaders],
  ] as const) {
    await autocannon({ url: `http://127.0.0.1:${ready.port}${path}`, connections, duration: 3, headers });
  }
  const floor = await load("/api/health");
  const plan = await load("/api/plan/today", { cookie: ready.cookie });
  const ratio = plan.requestsPerSecond / floor.requestsPerSecond;
  const row = (name: string, r: typeof floor) =>
    `${name.padEnd(22)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50Ms).padStart(3)} ms   p99 ${String(r.p99Ms).padStart(3)} ms   server CPU ${r.cpuMicrosPerRequest === null ? "n/a" : `${r.cpuMicrosPerRequest.toFixed(0)} µs`}/request`;
  console.log(
    `SQLite, ${ready.events} events (${ready.runs} runs), ${connections} connections, ${durationSeconds} s each, ${workers} client thread(s), load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log(row("GET /api/health", floor));
  console.log(row("GET /api/plan/today", plan));
  console.log(
    `plan/floor throughput ratio: ${(ratio * 100).toFixed(0)}% (goal >= 50%); plan p99 ${plan.p99Ms} ms (goal <= 25 ms)`,
  );
  if (floor.cpuMicrosPerRequest !== null && plan.cpuMicrosPerRequest !== null) {
    const cpuRatio = floor.cpuMicrosPerRequest / plan.cpuMicrosPerRequest;
    console.log(`server CPU ratio (floor/plan per request): ${(cpuRatio * 100).toFixed(0)}%`);
  }
} finally {
  child.kill("SIGTERM");
}
