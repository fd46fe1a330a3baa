/**
 * Roster benchmark (issue 11): 500 runners, each with a year of history, and 20 coaches who each have
 * all of them, loading their rosters at once (autocannon, 20 connections, one coach's session each)
 * on GET /api/athletes, against GET /api/health (the floor: same server and middleware, no database)
 * and against 20 coaches of 10 runners each, measured in one run, on SQLite and then PostgreSQL.
 *   npx tsx bench/roster/run.ts            (ROSTER_ROUNDS=3 rounds of the three paths, medians printed)
 *   ROSTER_DATABASE_URL=postgres://postgres@127.0.0.1:5432/backstride_roster (default; emptied first
 *   unless ROSTER_REUSE=1 finds it seeded); ROSTER_ONLY=postgres|sqlite measures one database.
 * Goals: 500-runner roster p99 <= 50 ms on PostgreSQL, and <= 1.5x the 10-runner roster's p99.
 */
import { availableParallelism, loadavg } from "node:os";
import autocannon from "autocannon";
import { coachPerConnection, startRosterServer, stopRosterServer } from "./roster-bench.ts";

const connections = 20;
const roundCount = Number(process.env.ROSTER_ROUNDS ?? 3);

type Measured = Awaited<ReturnType<typeof measure>>;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const postgresUrl = process.env.ROSTER_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/backstride_roster";

async function measure(port: number, path: string, cookies?: readonly string[]) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections,
    duration: durationSeconds,
    setupClient: coachPerConnection(cookies),
  });
  if (result.non2xx > 0) throw new Error(`${path}: ${result.non2xx} non-2xx responses`);
  // Errors are timeouts (autocannon gives up after 10 s): counted and printed, never hidden.
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    timeouts: result.timeouts,
    errors: result.errors,
  };
}

async function run(databaseUrl: string | null) {
  const { server, ready } = await startRosterServer({ ROSTER_DATABASE_URL: databaseUrl ?? "" });
  try {
    // Warm-up: JIT, statement caches.
    for (const [path, cookies] of [
      ["/api/health", undefined],
      ["/api/athletes", ready.cookiesAll],
      ["/api/athletes", ready.cookiesTen],
      ["/api/athletes?limit=10", ready.cookiesAll],
    ] as const) {
      await autocannon({
        url: `http://127.0.0.1:${ready.port}${path}`,
        connections,
        duration: 2,
        setupClient: coachPerConnection(cookies),
      });
    }
    // Rounds interleave the three paths, so a burst of other work on this shared machine lands on all of
    // them; each figure is the median of its rounds.
    const rounds: { floor: Measured; ten: Measured; all: Measured; allTenRows: Measured }[] = [];
    for (let round = 0; round < roundCount; round += 1) {
      rounds.push({
        floor: await measure(ready.port, "/api/health"),
        ten: await measure(ready.port, "/api/athletes", ready.cookiesTen),
        all: await measure(ready.port, "/api/athletes", ready.cookiesAll),
        // The same 500-runner roster, 10 rows a page: what the roster's size costs, apart from the page's.
        allTenRows: await measure(ready.port, "/api/athletes?limit=10", ready.cookiesAll),
      });
    }
    const row = (name: string, r: Measured) =>
      `  ${name.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms${r.errors > 0 ? `   ${r.errors} errors (${r.timeouts} timeouts)` : ""}`;
    console.log(
      `${ready.kind}: ${ready.runners} runners, ${ready.events} events, ${ready.coaches} coaches on each roster size, ${connections} connections (one coach each), ${durationSeconds} s each, ${roundCount} rounds, kept pages ${process.env.BACKSTRIDE_ROSTER_CACHE_MB === "0" ? "off (every view read afresh)" : "on"}, load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
    );
    for (const [index, round] of rounds.entries()) {
      console.log(` round ${index + 1}`);
      console.log(row("GET /api/health (floor)", round.floor));
      console.log(row("GET /api/athletes (10 runners)", round.ten));
      console.log(row("GET /api/athletes (500 runners)", round.all));
      console.log(row("  the same, 10 rows a page", round.allTenRows));
    }
    const floorP99 = median(rounds.map((round) => round.floor.p99));
    const tenP99 = median(rounds.map((round) => round.ten.p99));
    const allP99 = median(rounds.map((round) => round.all.p99));
    const allTenRowsP99 = median(rounds.map((round) => round.allTenRows.p99));
    console.log(
      `  median p99: floor ${floorP99} ms, 10 runners ${tenP99} ms, 500 runners ${allP99} ms (goal <= 50 ms on PostgreSQL); 500/10 ratio ${(allP99 / Math.max(tenP99, 1)).toFixed(2)}x (goal <= 1.5x); 500/floor ratio ${(allP99 / Math.max(floorP99, 1)).toFixed(1)}x; 500 runners at 10 rows a page ${allTenRowsP99} ms, ${(allTenRowsP99 / Math.max(tenP99, 1)).toFixed(2)}x the 10-runner roster`,
    );
  } finally {
    await stopRosterServer(server);
  }
}

// ROSTER_ONLY=postgres or sqlite measures one database (with ROSTER_REUSE=1, a seeded PostgreSQL is kept).
const only = process.env.ROSTER_ONLY;
if (only !== "postgres") await run(null);
if (only !== "sqlite") await run(postgresUrl);
