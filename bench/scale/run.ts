/**
 * Scale benchmark (issue 9): does a big database slow the requests a runner and a coach make?
 *
 * Two PostgreSQL databases, seeded through the server's own write path:
 * - large: 1,000 runners with a year of history each (about 550,000 events) and 20 coaches;
 * - small: 10 runners with the same year each and 1 coach.
 * Every coach follows 10 runners in both, so each request does the same work on either database and only
 * the size around it differs. Each database gets its own server process; autocannon (50 connections)
 * then measures, on both in turn, today's plan (rotating over every runner, after one warm-up request
 * each, as in steady use where the plan is memoised until the runner's next write), the coach's roster,
 * and an event write (a new check-in for a rotating runner). Prints p50/p99 and req/s for each and the
 * ratio of p99s, large over small (goal ≤ 1.5×). Each measure runs BENCH_ROUNDS (default 3) rounds,
 * large then small, and the medians are compared.
 *
 *   npx tsx bench/scale/run.ts              # reuses a database already seeded by an earlier run
 *   npx tsx bench/scale/run.ts --reseed     # drops and seeds both again (several minutes)
 * Settings: SCALE_PG (default postgres://postgres@127.0.0.1:5432), BENCH_SECONDS (default 10),
 * BENCH_ROUNDS (default 3).
 * Uses the databases backstride_scale and backstride_scale_small only; never the tests' database.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import pg from "pg";
import { loadConfig } from "../../apps/server/src/config/config.ts";
import { createDatabase, type Database } from "../../apps/server/src/database/create-database.ts";
import { migrateToLatest } from "../../apps/server/src/database/migrate.ts";
import { buildApp } from "../../apps/server/src/http/build-app.ts";
import { defaultProfile, presentUser } from "../../apps/server/src/services/auth-service.ts";
import { hashPassword } from "../../apps/server/src/services/password-hasher.ts";
import type { Services } from "../../apps/server/src/services/services.ts";
import { yearOfHistory } from "../http/year-of-history.ts";

const serverUrl = process.env.SCALE_PG ?? "postgres://postgres@127.0.0.1:5432";
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = 50;
const runnersPerCoach = 10;
const reseed = process.argv.includes("--reseed");

interface Shape {
  name: string;
  database: string;
  runners: number;
  coaches: number;
}
const shapes: Shape[] = [
  { name: "large", database: "backstride_scale", runners: 1000, coaches: 20 },
  { name: "small", database: "backstride_scale_small", runners: 10, coaches: 1 },
];

interface Caller {
  id: string;
  cookie: string;
  csrfToken: string;
}

async function ensureDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    if (reseed) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

async function createUser(services: Services, role: "runner" | "coach", index: number, passwordHash: string) {
  const id = randomUUID();
  const name = `${role === "runner" ? "Runner" : "Coach"} ${index}`;
  const createdAt = new Date().toISOString();
  await services.repositories.users.insert({
    id,
    email: `${role}-${index}@scale.example.test`,
    name,
    roles: [role],
    passwordHash,
    createdAt,
  });
  await services.repositories.profiles.upsert(id, defaultProfile(name), createdAt);
  return id;
}

/** Seeds through the services (validation, canonical bodies, event-log versions) as real writes do. */
async function seed(shape: Shape, database: Database, services: Services): Promise<void> {
  const passwordHash = await hashPassword("scale bench password");
  const today = new Date().toISOString().slice(0, 10);
  const started = performance.now();
  let events = 0;
  const runnerIds: string[] = [];
  await inParallel(
    Array.from({ length: shape.runners }, (_, index) => index),
    6,
    async (index) => {
      const runnerId = await createUser(services, "runner", index, passwordHash);
      runnerIds[index] = runnerId;
      const shoe = await services.shoes.create(runnerId, { name: "Daily" });
      const history = yearOfHistory(today, shoe.id, randomUUID);
      for (let start = 0; start < history.length; start += 500) {
        const results = await services.events.ingest(runnerId, history.slice(start, start + 500), { kind: "runner" });
        const refused = results.find((result) => result.status === "invalid");
        if (refused) throw new Error(`seed event refused: ${JSON.stringify(refused)}`);
      }
      events += history.length;
      if ((index + 1) % 100 === 0) {
        const seconds = (performance.now() - started) / 1000;
        console.log(`  ${shape.name}: ${index + 1} runners, ${events} events (${seconds.toFixed(0)} s)`);
      }
    },
  );
  const grantedAt = new Date().toISOString();
  for (let coach = 0; coach < shape.coaches; coach++) {
    const coachId = await createUser(services, "coach", coach, passwordHash);
    for (let offset = 0; offset < runnersPerCoach; offset++) {
      const runnerId = runnerIds[(coach * runnersPerCoach + offset) % runnerIds.length] as string;
      await services.repositories.coaching.grant(runnerId, coachId, grantedAt);
      // As accepting an invite does (CoachingService.acceptInvite): the runner's line is written on access.
      await services.roster.refresh(runnerId);
    }
  }
  const counted = await database.db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  console.log(`  ${shape.name}: seeded ${shape.runners} runners, ${shape.coaches} coaches, ${counted.n} events`);
}

/** Seeds when needed, then signs every runner and coach in (sessions live in the database). */
async function prepare(shape: Shape): Promise<{ runners: Caller[]; coaches: Caller[]; events: number }> {
  await ensureDatabase(shape.database);
  const config = { ...loadConfig({}), databaseUrl: `${serverUrl}/${shape.database}`, webDistDir: "/nonexistent" };
  const database = await createDatabase(config);
  await migrateToLatest(database.db, database.kind);
  const { services, close } = await buildApp({ config, database, startJobs: false });
  try {
    const users = await database.db
      .selectFrom("users")
      .select(["id", "email", "name", "roles", "created_at"])
      .execute();
    const runnersFound = users.filter((user) => user.roles.includes("runner")).length;
    if (runnersFound !== shape.runners) {
      if (users.length > 0) throw new Error(`${shape.database} holds other data; run with --reseed`);
      console.log(`Seeding ${shape.database} (${shape.runners} runners × a year, ${shape.coaches} coaches)…`);
      await seed(shape, database, services);
    } else {
      console.log(`Reusing ${shape.database} (seeded earlier; --reseed to start again)`);
    }
    const everyone = await database.db
      .selectFrom("users")
      .select(["id", "email", "name", "roles", "created_at"])
      .orderBy("email")
      .execute();
    const sessions = async (role: "runner" | "coach") => {
      const callers: Caller[] = [];
      for (const user of everyone.filter((item) => item.roles.split(",").includes(role))) {
        const issued = await services.auth.issueSession(
          presentUser({
            id: user.id,
            email: user.email,
            name: user.name,
            roles: [role],
            createdAt: user.created_at,
            emailVerifiedAt: null,
          }),
        );
        callers.push({ id: user.id, cookie: `bs_session=${issued.sessionId}`, csrfToken: issued.csrfToken });
      }
      return callers;
    };
    const counted = await database.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return { runners: await sessions("runner"), coaches: await sessions("coach"), events: Number(counted.n) };
  } finally {
    await close();
    await database.close();
  }
}

async function startServer(shape: Shape) {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./server.ts", import.meta.url).pathname], {
    env: { ...process.env, DATABASE_URL: `${serverUrl}/${shape.database}`, BACKSTRIDE_LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const { port } = await new Promise<{ port: number }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`scale server exited with ${code}`)));
    createInterface({ input: child.stdout }).once("line", (line) => resolve(JSON.parse(line)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

interface Measured {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

/** autocannon at 50 connections; each request takes the next caller in turn. */
async function load(
  baseUrl: string,
  callers: Caller[],
  request: (caller: Caller) => { method: "GET" | "POST"; path: string; body?: string },
): Promise<Measured> {
  let turn = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    // A roster of 10 runners with a year each can take seconds under this load; that is a figure, not an error.
    timeout: 60,
    requests: [
      {
        setupRequest: (req) => {
          const caller = callers[turn++ % callers.length] as Caller;
          const { method, path, body } = request(caller);
          return {
            ...req,
            method,
            path,
            headers: {
              "accept-encoding": "gzip, deflate, br",
              cookie: caller.cookie,
              ...(method === "POST" ? { "x-csrf-token": caller.csrfToken, "content-type": "application/json" } : {}),
            },
            ...(body !== undefined ? { body } : {}),
          };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    // One more request the same way, to say what went wrong.
    const caller = callers[0] as Caller;
    const { method, path, body } = request(caller);
    const sample = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie: caller.cookie, "x-csrf-token": caller.csrfToken, "content-type": "application/json" },
      ...(body !== undefined ? { body } : {}),
    });
    throw new Error(
      `${method} ${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors; e.g. ${sample.status} ${(await sample.text()).slice(0, 300)}`,
    );
  }
  return { p50Ms: result.latency.p50, p99Ms: result.latency.p99, requestsPerSecond: result.requests.average };
}

/** Each figure's median over the rounds. */
function medianOf(measures: Measured[]): Measured {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  return {
    p50Ms: median(measures.map((item) => item.p50Ms)),
    p99Ms: median(measures.map((item) => item.p99Ms)),
    requestsPerSecond: median(measures.map((item) => item.requestsPerSecond)),
  };
}

/** One request per runner before measuring, so every plan is memoised as in steady use. */
async function warmPlans(baseUrl: string, runners: Caller[]): Promise<void> {
  await inParallel(runners, 8, async (runner) => {
    const response = await fetch(`${baseUrl}/api/plan/today`, { headers: { cookie: runner.cookie } });
    if (!response.ok) throw new Error(`warm-up plan: ${response.status}`);
    await response.arrayBuffer();
  });
}

/**
 * The write measure adds thousands of check-ins, spread over 1,000 runners on one side and 10 on the
 * other: left in place they would give the small database's runners longer histories at every run.
 * They are removed afterwards (and the runners' event-log versions bumped, so no memo outlives them).
 */
async function measureWrites(target: Target): Promise<Measured> {
  const client = new pg.Client({ connectionString: `${serverUrl}/${target.database}` });
  await client.connect();
  try {
    const before = await client.query<{ seq: number | null }>("SELECT max(seq)::int AS seq FROM events");
    const lastSeq = before.rows[0]?.seq ?? 0;
    try {
      return await load(target.baseUrl, target.runners, checkIn);
    } finally {
      await client.query(
        `WITH removed AS (DELETE FROM events WHERE seq > $1 RETURNING user_id)
         UPDATE users SET event_log_version = event_log_version + 1 WHERE id IN (SELECT user_id FROM removed)`,
        [lastSeq],
      );
    }
  } finally {
    await client.end();
  }
}

function checkIn(caller: Caller): { method: "POST"; path: string; body: string } {
  void caller;
  const now = new Date();
  return {
    method: "POST",
    path: "/api/events",
    body: JSON.stringify({
      events: [
        {
          id: randomUUID(),
          version: 1,
          type: "pain.checkin",
          occurredAt: now.toISOString(),
          localDate: now.toISOString().slice(0, 10),
          pain0to10: 1,
        },
      ],
    }),
  };
}

interface Target {
  database: string;
  baseUrl: string;
  runners: Caller[];
  coaches: Caller[];
  events: number;
}

const prepared: { shape: Shape; runners: Caller[]; coaches: Caller[]; events: number }[] = [];
for (const shape of shapes) prepared.push({ shape, ...(await prepare(shape)) });
const servers = await Promise.all(shapes.map((shape) => startServer(shape)));
const rows: { what: string; large: Measured; small: Measured }[] = [];
try {
  const [large, small] = prepared.map(
    (item, index): Target => ({ ...item, database: item.shape.database, baseUrl: servers[index]?.baseUrl as string }),
  );
  if (!large || !small) throw new Error("two databases expected");
  console.log(
    `\nlarge: ${large.runners.length} runners, ${large.coaches.length} coaches, ${large.events} events; small: ${small.runners.length} runners, ${small.coaches.length} coach, ${small.events} events`,
  );
  console.log(`autocannon: ${connections} connections, ${durationSeconds} s per measure, ${rounds} rounds each\n`);
  await warmPlans(large.baseUrl, large.runners);
  await warmPlans(small.baseUrl, small.runners);
  const measures: [string, (target: Target) => Promise<Measured>][] = [
    [
      "today's plan",
      (target) => load(target.baseUrl, target.runners, () => ({ method: "GET", path: "/api/plan/today" })),
    ],
    [
      "coach roster",
      (target) => load(target.baseUrl, target.coaches, () => ({ method: "GET", path: "/api/athletes" })),
    ],
    ["event write", (target) => measureWrites(target)],
  ];
  const describe = (side: Measured) =>
    `p50 ${side.p50Ms} ms p99 ${side.p99Ms} ms ${side.requestsPerSecond.toFixed(0)} req/s`;
  for (const [what, measure] of measures) {
    // Rounds alternate large and small, so a burst of other work on this shared machine lands on both.
    const onLarge: Measured[] = [];
    const onSmall: Measured[] = [];
    for (let round = 1; round <= rounds; round++) {
      onLarge.push(await measure(large));
      onSmall.push(await measure(small));
      const [lastLarge, lastSmall] = [onLarge.at(-1) as Measured, onSmall.at(-1) as Measured];
      console.log(`${what.padEnd(13)} round ${round}: large ${describe(lastLarge)} | small ${describe(lastSmall)}`);
    }
    const row = { what, large: medianOf(onLarge), small: medianOf(onSmall) };
    rows.push(row);
    console.log(
      `${what.padEnd(13)} median:  large ${describe(row.large)} | small ${describe(row.small)} | p99 ratio ${(row.large.p99Ms / row.small.p99Ms).toFixed(2)}×\n`,
    );
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}
const worst = Math.max(...rows.map((row) => row.large.p99Ms / row.small.p99Ms));
console.log(
  `\nWorst p99 ratio, large over small: ${worst.toFixed(2)}× (goal ≤ 1.5×) — ${worst <= 1.5 ? "meets" : "MISSES"} the goal`,
);
process.exitCode = worst <= 1.5 ? 0 : 1;
