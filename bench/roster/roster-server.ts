/**
 * The server under load for bench/roster, in its own process: 500 runners with a year of history each
 * (bench/http's generator), 20 coaches (ROSTER_COACHES) with all 500 and 20 with 10 of them, each with
 * groups and a session, on SQLite (temporary directory) or PostgreSQL (ROSTER_DATABASE_URL, a database
 * of its own that is emptied first).
 * Events go in with the events repository (the generator's events are valid; judging 350,000 of them
 * would only slow the seeding) and each runner's summary is written by RosterService.refresh, the
 * code a roster request runs for a stale row. The 500 histories have the same content (only ids differ),
 * so their summaries are equal: the first is computed and stored for each runner with its own version.
 * Prints one JSON line once ready.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { loadConfig } from "../../apps/server/src/config/config.ts";
import { createDatabase } from "../../apps/server/src/database/create-database.ts";
import { migrateToLatest } from "../../apps/server/src/database/migrate.ts";
import { buildApp } from "../../apps/server/src/http/build-app.ts";
import { RosterRepository } from "../../apps/server/src/repositories/roster-repository.ts";
import { defaultProfile, presentUser } from "../../apps/server/src/services/auth-service.ts";
import { canonicalJson, sha256Hex } from "../../apps/server/src/services/crypto-tools.ts";
import { yearOfHistory } from "../http/year-of-history.ts";

const runnerCount = Number(process.env.ROSTER_RUNNERS ?? 500);
const coachCount = Number(process.env.ROSTER_COACHES ?? 20);
const databaseUrl = process.env.ROSTER_DATABASE_URL ?? null;
const dataDir = mkdtempSync(join(tmpdir(), "backstride-roster-"));
// BACKSTRIDE_ROSTER_CACHE_MB=0 measures every view read and rendered afresh.
const config = {
  ...loadConfig({ BACKSTRIDE_ROSTER_CACHE_MB: process.env.BACKSTRIDE_ROSTER_CACHE_MB }),
  dataDir,
  databaseUrl,
  webDistDir: join(dataDir, "no-web"),
};
const database = await createDatabase(config);
// ROSTER_REUSE=1 (PostgreSQL only): keep a database seeded by an earlier run, for quick iterations.
const reuse =
  database.kind === "postgres" &&
  process.env.ROSTER_REUSE === "1" &&
  (await sql<{ found: string | null }>`select to_regclass('public.users')::text as found`.execute(database.db)).rows[0]
    ?.found != null &&
  (await database.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", "coach500@example.test")
    .executeTakeFirst()) !== undefined;
if (database.kind === "postgres" && !reuse) {
  await sql`DROP SCHEMA public CASCADE`.execute(database.db);
  await sql`CREATE SCHEMA public`.execute(database.db);
}
await migrateToLatest(database.db, database.kind);
const { app, services, close } = await buildApp({ config, database, startJobs: false });
const db = database.db;
const now = new Date().toISOString();
const today = now.slice(0, 10);

async function insertUser(name: string, roles: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("users")
    .values({
      id,
      email: `${id}@example.test`,
      name,
      roles,
      password_hash: "not a hash: these accounts never sign in",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * The first runner's line with its numbers varied by `seed`, so 500 rows sort, compress and weigh like a
 * real roster's (copies of one line would compress a page 40-fold and tie every sort).
 */
function variedLine(lineJson: string, seed: number) {
  const line = JSON.parse(lineJson) as {
    attention: { score: number; lastPain0to10: number | null; reasons: string[] };
    painSparkline: (number | null)[];
    adherence7: { planned: number; done: number; share: number | null };
    adherence28: { planned: number; done: number; share: number | null };
  };
  let state = seed * 2654435761;
  const next = (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
  line.painSparkline = line.painSparkline.map(() => (next(5) === 0 ? null : next(7)));
  const lastPain = line.painSparkline.findLast((pain) => pain !== null) ?? null;
  line.attention.lastPain0to10 = lastPain;
  line.attention.score = next(300);
  line.attention.reasons = [...line.attention.reasons, `No check-in for ${1 + next(9)} days`];
  const done7 = next(line.adherence7.planned + 1);
  line.adherence7 = { ...line.adherence7, done: done7, share: done7 / Math.max(line.adherence7.planned, 1) };
  const done28 = next(line.adherence28.planned + 1);
  line.adherence28 = { ...line.adherence28, done: done28, share: done28 / Math.max(line.adherence28.planned, 1) };
  return {
    line: JSON.stringify(line),
    score: line.attention.score,
    lastPain0to10: lastPain,
    adherence7Share: line.adherence7.share,
  };
}

async function seed(): Promise<{ coachAll: { id: string }; coachTen: { id: string }; events: number }> {
  const coachAll = await services.auth.createUser({
    email: "coach500@example.test",
    password: "bench password 1234",
    name: "Coach 500",
    roles: ["coach"],
  });
  const coachTen = await services.auth.createUser({
    email: "coach10@example.test",
    password: "bench password 1234",
    name: "Coach 10",
    roles: ["coach"],
  });
  let events = 0;
  const runnerIds: string[] = [];
  for (let index = 0; index < runnerCount; index += 1) {
    const runnerId = await insertUser(`Runner ${String(index + 1).padStart(3, "0")}`, "runner");
    runnerIds.push(runnerId);
    const history = yearOfHistory(today, randomUUID(), randomUUID);
    await services.repositories.events.insertMany(
      runnerId,
      history.map((event) => {
        const body = canonicalJson(event);
        return {
          id: event.id as string,
          type: event.type as string,
          localDate: event.localDate as string,
          occurredAt: event.occurredAt as string,
          body,
          bodyHash: sha256Hex(body),
        };
      }),
      now,
    );
    events += history.length;
    await services.repositories.coaching.grant(runnerId, coachAll.id, now);
    if (index < 10) await services.repositories.coaching.grant(runnerId, coachTen.id, now);
  }
  const first = runnerIds[0] as string;
  await services.roster.refresh(first);
  const roster = new RosterRepository(db);
  const stored = await db.selectFrom("runner_summaries").selectAll().where("runner_id", "=", first).executeTakeFirst();
  if (!stored?.line) throw new Error("no summary computed");
  for (const [index, runnerId] of runnerIds.slice(1).entries()) {
    const varied = variedLine(stored.line, index + 1);
    await roster.upsertSummary(
      {
        runnerId,
        asOf: stored.as_of,
        logVersion: Number(stored.log_version),
        redFlagLevel: stored.red_flag_level,
        lastCheckinDate: stored.last_checkin_date,
        lastActivityDate: stored.last_activity_date,
        body: stored.body,
        line: varied.line,
        attentionScore: varied.score,
        attentionMatches: stored.attention_matches,
        lastPain0to10: varied.lastPain0to10,
        adherence7Share: varied.adherence7Share,
        staleAfter: stored.stale_after ?? now,
      },
      now,
    );
  }
  return { coachAll, coachTen, events };
}

async function reused(): Promise<{ coachAll: { id: string }; coachTen: { id: string }; events: number }> {
  const coachOf = async (email: string) =>
    db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  const counted = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirst();
  return {
    coachAll: await coachOf("coach500@example.test"),
    coachTen: await coachOf("coach10@example.test"),
    events: Number(counted?.n ?? 0),
  };
}

const { coachAll, coachTen, events } = reuse ? await reused() : await seed();

/**
 * The other coaches of the 20 (ROSTER_COACHES) on each side, each looking after the same runners as the
 * first: 20 coaches load their own rosters at once, as the bench has it, not one coach 20 times.
 * Idempotent, so a reused database gains any that are missing.
 */
async function ensureCoaches(first: { id: string }, label: string): Promise<{ id: string }[]> {
  const runnerIds = (
    await db.selectFrom("coach_access").select("runner_id").where("coach_id", "=", first.id).execute()
  ).map((row) => row.runner_id);
  const coaches = [first];
  for (let index = 2; index <= coachCount; index += 1) {
    const email = `coach${label}-${index}@example.test`;
    const found = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
    const coach =
      found ??
      (await services.auth.createUser({
        email,
        password: "bench password 1234",
        name: `Coach ${label} #${index}`,
        roles: ["coach"],
      }));
    const granted = new Set(
      (await db.selectFrom("coach_access").select("runner_id").where("coach_id", "=", coach.id).execute()).map(
        (row) => row.runner_id,
      ),
    );
    for (const runnerId of runnerIds) {
      if (!granted.has(runnerId)) await services.repositories.coaching.grant(runnerId, coach.id, now);
    }
    coaches.push(coach);
  }
  return coaches;
}

/**
 * Groups as a coach keeps them: the 500 in ten training groups, every third runner also in "Racing";
 * the 10 in two groups. Every roster row then carries group ids, as it would for a real coach.
 */
async function ensureGroups(coach: { id: string }, groupCount: number): Promise<void> {
  const caller = { id: coach.id, name: "Coach" };
  if ((await services.roster.groups(caller)).groups.length > 0) return;
  const runnerIds = (
    await db
      .selectFrom("coach_access")
      .select("runner_id")
      .where("coach_id", "=", coach.id)
      .orderBy("runner_id")
      .execute()
  ).map((row) => row.runner_id);
  const allowed = new Set(runnerIds);
  for (let group = 0; group < groupCount; group += 1) {
    const members = runnerIds.filter((_, index) => index % groupCount === group);
    await services.roster.saveGroup(
      caller,
      { id: randomUUID(), name: `Group ${group + 1}`, runnerIds: members },
      allowed,
    );
  }
  const racing = runnerIds.filter((_, index) => index % 3 === 0);
  await services.roster.saveGroup(caller, { id: randomUUID(), name: "Racing", runnerIds: racing }, allowed);
}
/**
 * Every runner has a profile, as sign-up gives one, in one time zone (a coach's runners mostly share
 * theirs, and the seeded lines share the first runner's day). Idempotent, for a reused database.
 */
async function ensureProfiles(): Promise<void> {
  const bare = await db
    .selectFrom("users")
    .leftJoin("profiles", "profiles.user_id", "users.id")
    .select(["users.id", "users.name"])
    .where("users.roles", "=", "runner")
    .where("profiles.user_id", "is", null)
    .execute();
  for (const runner of bare) {
    await services.repositories.profiles.upsert(runner.id, { ...defaultProfile(runner.name), timeZone: "UTC" }, now);
  }
}
await ensureProfiles();
const coachesAll = await ensureCoaches(coachAll, "500");
const coachesTen = await ensureCoaches(coachTen, "10");
for (const coach of coachesAll) await ensureGroups(coach, 10);
for (const coach of coachesTen) await ensureGroups(coach, 2);
// Planner statistics and (on PostgreSQL) the visibility map as a running database has them: autovacuum
// visits a table after this many inserts, and a fresh seed precedes it. Without it, counting a coach's
// 500 entries reads their 118 heap pages (0.4 ms) instead of the index alone.
await sql.raw(database.kind === "postgres" ? "vacuum analyze" : "analyze").execute(db);
async function cookieOf(userId: string): Promise<string> {
  const user = await services.repositories.users.findById(userId);
  if (!user) throw new Error(`no user ${userId}`);
  return `bs_session=${(await services.auth.issueSession(presentUser(user))).sessionId}`;
}
const cookiesAll: string[] = [];
for (const coach of coachesAll) cookiesAll.push(await cookieOf(coach.id));
const cookiesTen: string[] = [];
for (const coach of coachesTen) cookiesTen.push(await cookieOf(coach.id));
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
process.stdout.write(
  `${JSON.stringify({
    port,
    kind: database.kind,
    runners: runnerCount,
    events,
    coaches: coachCount,
    cookieAll: cookiesAll[0],
    cookieTen: cookiesTen[0],
    cookiesAll,
    cookiesTen,
  })}\n`,
);

// ROSTER_PROFILE=<file>: a CPU profile of the serving only (not the seeding), written on SIGTERM.
const profilePath = process.env.ROSTER_PROFILE;
const profiler = profilePath ? new Session() : null;
if (profiler) {
  profiler.connect();
  await new Promise<void>((resolve) =>
    profiler.post("Profiler.enable", () => profiler.post("Profiler.start", () => resolve())),
  );
}

const stop = async () => {
  if (profiler && profilePath) {
    await new Promise<void>((resolve) =>
      profiler.post("Profiler.stop", (error, result) => {
        if (!error) writeFileSync(profilePath, JSON.stringify(result.profile));
        resolve();
      }),
    );
  }
  await close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
