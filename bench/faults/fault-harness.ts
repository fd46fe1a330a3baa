/**
 * Crash rounds against a real `backstride serve` process: N writers post events over HTTP with
 * Idempotency-Keys while the server is killed with SIGKILL at random moments and restarted. Every
 * write is retried (same body, same key) until the server answers, as the web app's outbox does. At
 * the end the database is read directly and compared with what the server acknowledged.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadConfig } from "../../apps/server/src/config/config.ts";
import { createDatabase } from "../../apps/server/src/database/create-database.ts";
import { migrateToLatest } from "../../apps/server/src/database/migrate.ts";
import { buildApp } from "../../apps/server/src/http/build-app.ts";
import { type DataTarget, freePort, type ServeProcess, startServe } from "./serve-process.ts";

export interface FaultOptions {
  kind: "sqlite" | "postgres";
  /** PostgreSQL only: a server URL; each run creates (and drops) its own database there. */
  postgresUrl?: string;
  rounds: number;
  writers: number;
  /** Seeds the kill moments, so a run can be repeated. */
  seed: number;
  /** The kill lands this many milliseconds (at most, chosen at random) after writes resume. */
  maxKillDelayMs?: number;
  log?: (line: string) => void;
}

export interface FaultFigures {
  kind: "sqlite" | "postgres";
  rounds: number;
  writers: number;
  seed: number;
  kills: number;
  /** Writes the server answered with created/duplicate: it promised they are stored. */
  acknowledged: number;
  /** Acknowledged writes missing from the database after the last crash. */
  lost: number;
  /** Extra copies of one logical write (same writer and sequence number) in the database. */
  duplicated: number;
  /** Events stored in the end (all writers). */
  stored: number;
  /** Requests that failed because the server was down (connection refused/reset), then retried. */
  retriedAfterCrash: number;
  /** Answers of 409 "still running" for a key claimed just before a crash; retried under a fresh key. */
  stuckKeys: number;
}

export interface Writer {
  userId: string;
  cookie: string;
  csrfToken: string;
}

/** A small seeded generator (mulberry32): the same seed gives the same kill moments. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function prepareTarget(
  options: FaultOptions,
): Promise<{ target: DataTarget; dispose: () => Promise<void> }> {
  if (options.kind === "sqlite") {
    const dataDir = mkdtempSync(join(tmpdir(), "backstride-faults-"));
    return {
      target: { kind: "sqlite", dataDir },
      dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const serverUrl = options.postgresUrl ?? "postgres://postgres@127.0.0.1:5432/test";
  const name = `backstride_faults_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "postgres", databaseUrl: url.toString() },
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function configFor(target: DataTarget) {
  const base = loadConfig({});
  return target.kind === "sqlite"
    ? { ...base, dataDir: target.dataDir, databaseUrl: null }
    : { ...base, dataDir: join(tmpdir(), "backstride-faults-unused"), databaseUrl: target.databaseUrl };
}

/** Runners with live sessions, made before the server starts (no sign-up limits in the way). */
export async function seedWriters(target: DataTarget, count: number): Promise<Writer[]> {
  const config = configFor(target);
  const database = await createDatabase(config);
  await migrateToLatest(database.db, database.kind);
  const { services, close } = await buildApp({ config, database, startJobs: false });
  try {
    const writers: Writer[] = [];
    for (let index = 0; index < count; index += 1) {
      const user = await services.auth.createUser({
        email: `writer-${index}-${randomUUID()}@example.test`,
        password: "faults bench password",
        name: `Writer ${index}`,
        roles: ["runner"],
      });
      const session = await services.auth.issueSession(user);
      writers.push({ userId: user.id, cookie: `bs_session=${session.sessionId}`, csrfToken: session.csrfToken });
    }
    return writers;
  } finally {
    await close();
    await database.close();
  }
}

/** Reads every writer's events straight from the database (after the last crash). */
async function storedEvents(target: DataTarget, userIds: string[]): Promise<{ id: string; marker: string }[]> {
  const database = await createDatabase(configFor(target));
  try {
    const rows = await database.db
      .selectFrom("events")
      .select(["id", "body"])
      .where("user_id", "in", userIds)
      .execute();
    return rows.map((row) => {
      const body = JSON.parse(row.body) as { notes?: string };
      return { id: row.id, marker: body.notes ?? "" };
    });
  } finally {
    await database.close();
  }
}

interface LoadState {
  url: string;
  stopping: boolean;
  /** Writers give up their current write instead of retrying it (the run failed or is abandoned). */
  aborted: boolean;
  acknowledged: Map<string, string>;
  retriedAfterCrash: number;
  stuckKeys: number;
}

/** One writer: posts one event at a time and retries it until the server answers it. */
async function runWriter(writer: Writer, index: number, state: LoadState): Promise<void> {
  for (let seq = 1; !state.stopping; seq += 1) {
    const now = new Date();
    const event = {
      id: randomUUID(),
      version: 1,
      type: "pain.checkin",
      occurredAt: now.toISOString(),
      localDate: now.toISOString().slice(0, 10),
      pain0to10: seq % 3,
      notes: `faults writer ${index} write ${seq}`,
    };
    const payload = JSON.stringify({ events: [event] });
    let key = `faults-${index}-${seq}`;
    let stuckAnswers = 0;
    while (!state.aborted) {
      let response: Response;
      try {
        response = await fetch(`${state.url}/api/events`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            cookie: writer.cookie,
            "x-csrf-token": writer.csrfToken,
            "idempotency-key": key,
          },
          body: payload,
          signal: AbortSignal.timeout(30_000),
        });
      } catch {
        // The server is down or was killed mid-request: the write may or may not be stored.
        state.retriedAfterCrash += 1;
        await sleep(20);
        continue;
      }
      const text = await response.text().catch(() => "");
      if (response.status === 200 || response.status === 201) {
        const body = JSON.parse(text) as { results: { id: string | null; status: string }[] };
        const status = body.results[0]?.status;
        if (status !== "created" && status !== "duplicate") {
          throw new Error(`writer ${index}: event answered ${status}: ${text}`);
        }
        state.acknowledged.set(event.id, event.notes);
        break;
      }
      if (response.status === 409 && text.includes("still running")) {
        // The key was claimed by a request the crash cut short. The event id still makes the write
        // idempotent, so a fresh key is safe; counted, because a client should not need this.
        stuckAnswers += 1;
        if (stuckAnswers === 1) state.stuckKeys += 1;
        key = `faults-${index}-${seq}-retry-${stuckAnswers}`;
        continue;
      }
      if (response.status >= 500) {
        await sleep(20);
        continue;
      }
      throw new Error(`writer ${index}: unexpected ${response.status}: ${text}`);
    }
  }
}

/** Writers posting to a server until stopped; what the server acknowledged is in `acknowledged`. */
export interface WritingLoad {
  /** Event id -> the write's marker ("faults writer 2 write 17"), for every acknowledged write. */
  readonly acknowledged: ReadonlyMap<string, string>;
  readonly retriedAfterCrash: number;
  readonly stuckKeys: number;
  /** Resolves once at least `count` writes are acknowledged in all (or the writers stopped). */
  waitForAcknowledged: (count: number) => Promise<void>;
  /** Stops after each writer's current write is answered (the server must be up). */
  stop: () => Promise<void>;
  /** Stops at once, leaving unanswered writes unanswered (the server is gone). */
  abandon: () => Promise<void>;
}

export function startWriting(url: string, writers: Writer[]): WritingLoad {
  const state: LoadState = {
    url,
    stopping: false,
    aborted: false,
    acknowledged: new Map(),
    retriedAfterCrash: 0,
    stuckKeys: 0,
  };
  let failure: unknown = null;
  const all = Promise.all(writers.map((writer, index) => runWriter(writer, index, state))).catch((error: unknown) => {
    failure = error;
    state.stopping = true;
    state.aborted = true;
  });
  const finish = async () => {
    await all;
    if (failure !== null) throw failure;
  };
  return {
    acknowledged: state.acknowledged,
    get retriedAfterCrash() {
      return state.retriedAfterCrash;
    },
    get stuckKeys() {
      return state.stuckKeys;
    },
    waitForAcknowledged: async (count) => {
      while (state.acknowledged.size < count && !state.stopping) await sleep(10);
      if (failure !== null) throw failure;
    },
    stop: async () => {
      state.stopping = true;
      await finish();
    },
    abandon: async () => {
      state.stopping = true;
      state.aborted = true;
      await finish();
    },
  };
}

/** Runs the rounds and returns the counts; never throws for a loss (the caller judges the figures). */
export async function runFaultRounds(options: FaultOptions): Promise<FaultFigures> {
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed);
  const maxKillDelayMs = options.maxKillDelayMs ?? 1500;
  const { target, dispose } = await prepareTarget(options);
  try {
    const writers = await seedWriters(target, options.writers);
    const port = await freePort();
    let server: ServeProcess | null = await startServe(target, port);
    const load = startWriting(`http://127.0.0.1:${port}`, writers);
    let kills = 0;
    try {
      for (let round = 1; round <= options.rounds; round += 1) {
        // Kill only once this server has acknowledged writes, at a random moment after that.
        await load.waitForAcknowledged(load.acknowledged.size + options.writers);
        await sleep(Math.floor(random() * maxKillDelayMs));
        await server.crash();
        server = null;
        kills += 1;
        const acknowledgedAtKill = load.acknowledged.size;
        server = await startServe(target, port);
        log(`round ${round}/${options.rounds}: kill -9 after ${acknowledgedAtKill} acknowledged writes, restarted`);
      }
      // Some writes after the last restart, then stop the writers and crash once more before counting.
      await load.waitForAcknowledged(load.acknowledged.size + options.writers);
      await load.stop();
    } catch (error) {
      await load.abandon().catch(() => {});
      await server?.crash();
      throw error;
    }
    await server.crash();
    kills += 1;

    const stored = await storedEvents(
      target,
      writers.map((writer) => writer.userId),
    );
    const storedIds = new Set(stored.map((event) => event.id));
    let lost = 0;
    for (const id of load.acknowledged.keys()) if (!storedIds.has(id)) lost += 1;
    const perMarker = new Map<string, number>();
    for (const event of stored) perMarker.set(event.marker, (perMarker.get(event.marker) ?? 0) + 1);
    let duplicated = 0;
    for (const count of perMarker.values()) if (count > 1) duplicated += count - 1;
    return {
      kind: options.kind,
      rounds: options.rounds,
      writers: options.writers,
      seed: options.seed,
      kills,
      acknowledged: load.acknowledged.size,
      lost,
      duplicated,
      stored: stored.length,
      retriedAfterCrash: load.retriedAfterCrash,
      stuckKeys: load.stuckKeys,
    };
  } finally {
    await dispose();
  }
}
