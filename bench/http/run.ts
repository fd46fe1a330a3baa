/**
 * HTTP benchmark: GET /api/plan/today for a runner with a year of history, against GET /api/health
 * (no database, same server, same middleware: security headers, routing) as the floor, in one run.
 *   npx tsx bench/http/run.ts
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

const connections = 100;
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);

const child = spawn(process.execPath, ["--import", "tsx", new URL("./bench-server.ts", import.meta.url).pathname], {
  stdio: ["ignore", "pipe", "inherit"],
});
const ready = await new Promise<{ port: number; cookie: string; events: number; runs: number }>((resolve, reject) => {
  child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line)));
});

async function load(path: string, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url: `http://127.0.0.1:${ready.port}${path}`,
    connections,
    duration: durationSeconds,
    headers,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${path}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

try {
  // Warm both paths (JIT, plan memo) before measuring.
  await autocannon({
    url: `http://127.0.0.1:${ready.port}/api/plan/today`,
    connections: 10,
    amount: 500,
    headers: { cookie: ready.cookie },
  });
  await autocannon({ url: `http://127.0.0.1:${ready.port}/api/health`, connections: 10, amount: 500 });
  const floor = await load("/api/health");
  const plan = await load("/api/plan/today", { cookie: ready.cookie });
  const ratio = plan.requestsPerSecond / floor.requestsPerSecond;
  const row = (name: string, r: typeof floor) =>
    `${name.padEnd(22)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50Ms).padStart(3)} ms   p99 ${String(r.p99Ms).padStart(3)} ms`;
  console.log(
    `SQLite, ${ready.events} events (${ready.runs} runs), ${connections} connections, ${durationSeconds} s each`,
  );
  console.log(row("GET /api/health", floor));
  console.log(row("GET /api/plan/today", plan));
  console.log(
    `plan/floor throughput ratio: ${(ratio * 100).toFixed(0)}% (goal >= 50%); plan p99 ${plan.p99Ms} ms (goal <= 25 ms)`,
  );
} finally {
  child.kill("SIGTERM");
}
