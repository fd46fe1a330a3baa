import { randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncRosterEntries } from "../src/repositories/roster-entries-sync.ts";
import { presentRosterJson } from "../src/services/roster-presenter.ts";
import { RosterService } from "../src/services/roster-service.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

// The test clock starts on 2026-03-10 (UTC).
const today = "2026-03-10";

function session(localDate: string, kind: string, pain0to10 = 1) {
  return {
    id: randomUUID(),
    version: 1,
    type: "session.completed",
    occurredAt: `${localDate}T09:00:00.000Z`,
    localDate,
    kind,
    durationSeconds: 900,
    painDuring0to10: pain0to10,
    painAfter0to10: pain0to10,
    endedEarly: false,
  };
}

function causes(localDate: string) {
  return {
    id: randomUUID(),
    version: 1,
    type: "causes.assessed",
    occurredAt: `${localDate}T08:05:00.000Z`,
    localDate,
    answers: {},
  };
}

describe.each(databaseKinds)("the coach's roster on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // Many runners and coaches sign up here; the sign-up limit per address is tested in auth.test.ts.
    server = await createTestServer(kind, { rateLimits: { signUpPerIp: { attempts: 1000, windowSeconds: 3600 } } });
  });
  afterAll(async () => server.close());

  async function invite(coach: Agent) {
    const created = await call(server, coach, { method: "POST", url: "/api/invites" });
    expect(created.statusCode).toBe(201);
    return created.json() as { code: string; link: string; expiresAt: string };
  }

  async function athlete(coach: Agent, name: string, events: unknown[]): Promise<Agent> {
    const runner = await signUp(server, { name });
    const { code } = await invite(coach);
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(200);
    if (events.length > 0) {
      const stored = await call(server, runner, { method: "POST", url: "/api/events", payload: { events } });
      expect(stored.statusCode).toBe(200);
    }
    return runner;
  }

  async function roster(coach: Agent, query = "") {
    const answer = await call(server, coach, { method: "GET", url: `/api/athletes${query}` });
    expect(answer.statusCode).toBe(200);
    return answer.json() as {
      athletes: {
        runnerId: string;
        name: string;
        asOf: string;
        today: string;
        phase: string;
        attention: { reasons: string[]; matches: string[]; lastPain0to10: number | null; score: number };
        adherence7: { planned: number; done: number };
        painSparkline: (number | null)[];
        unreadMessages: number;
        groupIds: string[];
      }[];
      total: number;
      matching: number;
      offset: number;
      limit: number;
    };
  }

  async function storedSummary(runnerId: string) {
    return server.testDatabase.database.db
      .selectFrom("runner_summaries")
      .select(["as_of", "body", "log_version"])
      .where("runner_id", "=", runnerId)
      .executeTakeFirst();
  }

  it("keeps a stored summary in step with every event write, in the same transaction", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const runner = await athlete(coach, "Step Runner", [testEvents.triage("2026-03-01"), causes("2026-03-01")]);
    const first = await storedSummary(runner.userId);
    expect(first?.as_of).toBe(today);
    expect(JSON.parse(first?.body ?? "{}").lastPain).toBeNull();
    await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: { events: [session("2026-03-09", "rehab-circuit", 4)] },
    });
    const second = await storedSummary(runner.userId);
    const body = JSON.parse(second?.body ?? "{}");
    expect(body.lastPain).toEqual({ pain0to10: 4, date: "2026-03-09" });
    expect(body.lastActivityDate).toBe("2026-03-09");
    expect(body.days.find((day: { date: string }) => day.date === "2026-03-09").status).toBe("pain-stop");
    expect(Number(second?.log_version)).toBeGreaterThan(Number(first?.log_version));
    // A refused event changes nothing.
    const refused = await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: { events: [{ ...testEvents.pain("2026-03-10", 2), pain0to10: 42 }] },
    });
    expect(JSON.stringify(refused.json())).toMatch(/invalid|validation/);
    expect((await storedSummary(runner.userId))?.body).toBe(second?.body);
  });

  it("spends no fold on a runner nobody looks after, and builds the row once a carer arrives", async () => {
    const runner = await signUp(server, { name: "Solo Runner" });
    const stored = await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: { events: [testEvents.triage("2026-03-01"), causes("2026-03-01")] },
    });
    expect(stored.statusCode).toBe(200);
    expect(await storedSummary(runner.userId)).toBeUndefined();
    const coach = await signUp(server, { roles: ["coach"] });
    const { code } = await invite(coach);
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(200);
    const listed = await roster(coach);
    expect(listed.athletes.map((athlete) => athlete.name)).toEqual(["Solo Runner"]);
    expect((await storedSummary(runner.userId))?.as_of).toBe(today);
  });

  it("ranks with reasons, filters, searches and groups from the stored summaries", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const calm = await athlete(coach, "Ada Calm", [
      testEvents.triage("2026-03-01"),
      causes("2026-03-01"),
      testEvents.pain("2026-03-09", 1),
      testEvents.pain("2026-03-10", 1),
      session("2026-03-10", "rehab-circuit", 1),
    ]);
    const sore = await athlete(coach, "Bea Sore", [
      testEvents.triage("2026-03-01"),
      causes("2026-03-01"),
      testEvents.pain("2026-03-09", 5),
    ]);
    const flagged = await athlete(coach, "Cy Flag", [testEvents.triage("2026-03-08", { "saddle-numbness": true })]);
    const all = await roster(coach);
    expect(all.total).toBe(3);
    expect(all.athletes.map((line) => line.name)).toEqual(["Cy Flag", "Bea Sore", "Ada Calm"]);
    expect(all.athletes[0]?.attention.reasons[0]).toMatch(/^Red flag \(emergency\)/);
    expect(all.athletes[1]?.attention.reasons[0]).toBe("Pain 5/10 on Mon 9 Mar 2026, at or above the 3/10 stop");
    expect(all.athletes[1]?.painSparkline.slice(-2)).toEqual([5, null]);
    expect(all.athletes[2]?.adherence7.done).toBeGreaterThanOrEqual(1);

    expect((await roster(coach, "?filter=red-flag")).athletes.map((line) => line.runnerId)).toEqual([flagged.userId]);
    expect((await roster(coach, "?filter=pain-at-stop")).athletes.map((line) => line.runnerId)).toEqual([sore.userId]);
    const quiet = (await roster(coach, "?filter=no-checkin-3-days")).athletes.map((line) => line.runnerId);
    expect(quiet).toEqual([flagged.userId]);
    expect((await roster(coach, "?q=ada")).athletes.map((line) => line.runnerId)).toEqual([calm.userId]);
    const bad = await call(server, coach, { method: "GET", url: "/api/athletes?filter=everyone" });
    expect(bad.statusCode).toBe(400);
    // A search is text, not a pattern: % and _ match only themselves.
    expect((await roster(coach, "?q=%25")).athletes).toEqual([]);
    expect((await roster(coach, "?q=_")).athletes).toEqual([]);

    // The database sorts and pages over every runner: a page carries its rows and the count across pages.
    const firstPage = await roster(coach, "?limit=2");
    expect(firstPage.athletes.map((line) => line.name)).toEqual(["Cy Flag", "Bea Sore"]);
    expect([firstPage.matching, firstPage.offset, firstPage.limit]).toEqual([3, 0, 2]);
    const secondPage = await roster(coach, "?limit=2&offset=2");
    expect(secondPage.athletes.map((line) => line.name)).toEqual(["Ada Calm"]);
    expect((await roster(coach, "?sort=name")).athletes.map((line) => line.name)).toEqual([
      "Ada Calm",
      "Bea Sore",
      "Cy Flag",
    ]);
    // Highest last pain first; a runner with no pain score yet last.
    expect((await roster(coach, "?sort=pain")).athletes.map((line) => line.name)).toEqual([
      "Bea Sore",
      "Ada Calm",
      "Cy Flag",
    ]);
    const filteredPage = await roster(coach, "?filter=no-checkin-3-days&limit=1");
    expect(filteredPage.matching).toBe(1);
    expect(filteredPage.total).toBe(3);
    expect((await call(server, coach, { method: "GET", url: "/api/athletes?limit=0" })).statusCode).toBe(400);

    const groupId = randomUUID();
    const saved = await call(server, coach, {
      method: "PUT",
      url: `/api/athlete-groups/${groupId}`,
      payload: { name: "Tuesday group", runnerIds: [calm.userId, sore.userId] },
    });
    expect(saved.statusCode).toBe(200);
    const grouped = (await roster(coach, `?groupId=${groupId}`)).athletes.map((line) => line.name);
    expect(grouped).toEqual(["Bea Sore", "Ada Calm"]);
    const stranger = await signUp(server);
    const outsider = await call(server, coach, {
      method: "PUT",
      url: `/api/athlete-groups/${groupId}`,
      payload: { name: "Tuesday group", runnerIds: [stranger.userId] },
    });
    expect(outsider.statusCode).toBe(403);

    const messageId = randomUUID();
    const sent = await call(server, coach, {
      method: "POST",
      url: `/api/athlete-groups/${groupId}/messages`,
      payload: { id: messageId, body: "Easy week, everyone." },
    });
    expect(sent.statusCode).toBe(201);
    expect(new Set(sent.json().sentTo)).toEqual(new Set([calm.userId, sore.userId]));
    const again = await call(server, coach, {
      method: "POST",
      url: `/api/athlete-groups/${groupId}/messages`,
      payload: { id: messageId, body: "Easy week, everyone." },
    });
    expect(again.statusCode).toBe(201);
    for (const runner of [calm, sore]) {
      const inbox = (await call(server, runner, { method: "GET", url: "/api/messages" })).json().messages;
      expect(inbox.map((message: { body: string }) => message.body)).toEqual(["Easy week, everyone."]);
    }
    expect((await call(server, flagged, { method: "GET", url: "/api/messages" })).json().messages).toEqual([]);

    // A runner's reply is unread on the roster until the coach opens the thread.
    await call(server, sore, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: coach.userId, body: "Sore today" },
    });
    const unread = (await roster(coach, "?q=bea")).athletes[0];
    expect(unread?.unreadMessages).toBe(1);
    expect(unread?.attention.reasons).toContain("1 unread message");
    await call(server, coach, { method: "GET", url: `/api/athletes/${sore.userId}/messages` });
    expect((await roster(coach, "?q=bea")).athletes[0]?.unreadMessages).toBe(0);
  });

  it("sends a roster page gzipped to a client that accepts it, and writes its audit row all the same", async () => {
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Squeeze" });
    const runners = [];
    for (const name of ["Squeeze One", "Squeeze Two", "Squeeze Three"]) {
      runners.push(await athlete(coach, name, [testEvents.triage("2026-03-01")]));
    }
    const views = async () =>
      server.testDatabase.database.db
        .selectFrom("roster_views")
        .select(["runner_ids"])
        .where("coach_id", "=", coach.userId)
        .execute();
    const plain = await call(server, coach, { method: "GET", url: "/api/athletes" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.json().athletes).toHaveLength(3);
    const sent = async (acceptEncoding: string) =>
      call(server, coach, { method: "GET", url: "/api/athletes", headers: { "accept-encoding": acceptEncoding } });
    const gzipped = await sent("gzip, deflate, br");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers.vary).toContain("accept-encoding");
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString("utf8"))).toEqual(plain.json());
    expect((await sent("gzip;q=0")).headers["content-encoding"]).toBeUndefined();
    // Three views, each with its row listing the three runners, whether compressed or not.
    const rows = await views();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(new Set(JSON.parse(row.runner_ids))).toEqual(new Set(runners.map((runner) => runner.userId)));
    }
  });

  it("keeps every roster entry equal to a rebuild from its sources after each kind of write", async () => {
    const db = server.testDatabase.database.db;
    const entries = () =>
      db.selectFrom("roster_entries").selectAll().orderBy("coach_id").orderBy("runner_id").execute();
    // The entries as stored, then as a rebuild of every entry from consents, names, summaries and messages.
    // Each coach's roster size, as kept by the triggers and as counted.
    const sizes = async () => ({
      kept: await db
        .selectFrom("roster_sizes")
        .select(["coach_id", "total"])
        .where("total", ">", 0)
        .orderBy("coach_id")
        .execute(),
      counted: await db
        .selectFrom("roster_entries")
        .select((eb) => ["coach_id", eb.fn.countAll<number | string>().as("total")])
        .groupBy("coach_id")
        .orderBy("coach_id")
        .execute(),
    });
    async function expectInStep(step: string) {
      const stored = await entries();
      await syncRosterEntries(db, {});
      expect(await entries(), step).toEqual(stored);
      const { kept, counted } = await sizes();
      expect(kept, step).toEqual(counted.map((row) => ({ coach_id: row.coach_id, total: Number(row.total) })));
      // No two entries share a change number, so a page's numbers name what it shows (migration 013).
      expect(new Set(stored.map((row) => String(row.change_seq))).size, step).toBe(stored.length);
      // The page each carer is sent (kept from the last step's view unless this write changed it) is the
      // page read and rendered afresh.
      for (const [carer, name] of [
        [coach, "Coach Step"],
        [physio, "Physio Step"],
      ] as const) {
        const served = await call(server, carer, { method: "GET", url: "/api/athletes" });
        const fresh = await new RosterService(db, server.clock, 0).rosterFor({ id: carer.userId, name }, {});
        expect(served.body, `${step}: ${name}'s roster`).toBe(presentRosterJson(fresh));
      }
    }
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Step" });
    const physio = await signUp(server, { roles: ["coach"], name: "Physio Step" });
    const runner = await athlete(coach, "Step Runner", [testEvents.triage("2026-03-01")]);
    await expectInStep("consent given");
    expect((await entries()).filter((row) => row.runner_id === runner.userId)).toHaveLength(1);
    const { code } = await invite(physio);
    await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` });
    await expectInStep("a second carer");
    await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: { events: [testEvents.pain(today, 5)] },
    });
    await expectInStep("pain at the stop");
    expect((await roster(coach, "?filter=pain-at-stop")).athletes.map((line) => line.runnerId)).toEqual([
      runner.userId,
    ]);
    await call(server, runner, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: coach.userId, body: "Hurts today" },
    });
    await expectInStep("a message from the runner");
    const withUnread = (await entries()).find(
      (row) => row.coach_id === coach.userId && row.runner_id === runner.userId,
    );
    expect(withUnread?.unread_messages).toBe(1);
    expect(withUnread?.rank_score).toBe((withUnread?.attention_score ?? 0) + 15);
    await call(server, coach, { method: "GET", url: `/api/athletes/${runner.userId}/messages` });
    await expectInStep("the thread read");
    // Groups: each entry holds its runner's group ids in the groups' name order.
    const saveGroup = async (groupId: string, name: string, runnerIds: string[]) =>
      expect(
        (
          await call(server, coach, {
            method: "PUT",
            url: `/api/athlete-groups/${groupId}`,
            payload: { name, runnerIds },
          })
        ).statusCode,
      ).toBe(200);
    const [groupA, groupB] = [randomUUID(), randomUUID()];
    await saveGroup(groupA, "Beta", [runner.userId]);
    await expectInStep("a group saved");
    await saveGroup(groupB, "Gamma", [runner.userId]);
    await expectInStep("a second group");
    const groupsShown = async () =>
      (await roster(coach)).athletes.find((line) => line.runnerId === runner.userId)?.groupIds;
    expect(await groupsShown()).toEqual([groupA, groupB]);
    await saveGroup(groupB, "Alpha", [runner.userId]);
    await expectInStep("a group renamed");
    expect(await groupsShown()).toEqual([groupB, groupA]);
    await saveGroup(groupA, "Beta", []);
    await expectInStep("a member removed");
    expect(await groupsShown()).toEqual([groupB]);
    expect((await call(server, coach, { method: "DELETE", url: `/api/athlete-groups/${groupB}` })).statusCode).toBe(
      200,
    );
    await expectInStep("a group deleted");
    expect(await groupsShown()).toEqual([]);
    // The runner moves to Honolulu (UTC-10): at 09:00 UTC it is still yesterday there.
    const saved = (await call(server, runner, { method: "GET", url: "/api/profile" })).json();
    expect(
      (
        await call(server, runner, {
          method: "PUT",
          url: "/api/profile",
          payload: { ...saved, timeZone: "Pacific/Honolulu" },
        })
      ).statusCode,
    ).toBe(200);
    await expectInStep("a time zone changed");
    const moved = (await roster(coach)).athletes.find((line) => line.runnerId === runner.userId);
    expect(moved?.today).toBe("2026-03-09");
    await call(server, runner, { method: "DELETE", url: `/api/access/${physio.userId}` });
    await expectInStep("a carer removed");
    expect((await entries()).filter((row) => row.coach_id === physio.userId)).toEqual([]);
    expect(await roster(physio)).toMatchObject({ athletes: [], total: 0 });
    expect((await roster(coach)).total).toBe(1);
  });

  it("shows a kept roster page again only while the database holds it unchanged, auditing every view", async () => {
    const db = server.testDatabase.database.db;
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Kept" });
    const caller = { id: coach.userId, name: "Coach Kept" };
    const runner = await athlete(coach, "Kept One", [testEvents.triage("2026-03-01")]);
    await athlete(coach, "Kept Two", [testEvents.triage("2026-03-01")]);
    const service = new RosterService(db, server.clock, 1024 * 1024);
    const fresh = async () =>
      Buffer.from(presentRosterJson(await new RosterService(db, server.clock, 0).rosterFor(caller, {})));
    const views = async () =>
      (
        await db
          .selectFrom("roster_views")
          .select(["runner_ids", "runner_count"])
          .where("coach_id", "=", coach.userId)
          .execute()
      ).length;
    const first = await service.rosterBody(caller, {});
    const viewsBefore = await views();
    // Nothing changed: the same bytes are sent again, and the view is audited all the same.
    const second = await service.rosterBody(caller, {});
    expect(second).toBe(first);
    expect(await views()).toBe(viewsBefore + 1);
    expect(gunzipSync(second.gzipped ?? Buffer.alloc(0))).toEqual(second.bytes);
    // Another sort or page size is a page of its own.
    expect(await service.rosterBody(caller, { sort: "name" })).not.toBe(first);
    // A write through another instance (the server's) changes the entry: the page is read again.
    await call(server, runner, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: coach.userId, body: "Still sore" },
    });
    const afterMessage = await service.rosterBody(caller, {});
    expect(afterMessage).not.toBe(first);
    expect(afterMessage.bytes).toEqual(await fresh());
    expect(JSON.parse(afterMessage.bytes.toString()).athletes[0]).toMatchObject({ unreadMessages: 1 });
    expect(await service.rosterBody(caller, {})).toBe(afterMessage);
    // Filtered, searched and grouped pages are always read afresh.
    const filtered = await service.rosterBody(caller, { q: "kept" });
    expect(await service.rosterBody(caller, { q: "kept" })).not.toBe(filtered);
    // The runners' day ends (their zone is UTC): "today" moves and their lines go stale, so the page is
    // read again (and its lines refreshed) rather than shown as it was.
    server.clock.advanceSeconds(15 * 3600);
    const nextDay = await service.rosterBody(caller, {});
    expect(nextDay).not.toBe(afterMessage);
    expect(JSON.parse(nextDay.bytes.toString()).athletes[0]).toMatchObject({ today: "2026-03-11", asOf: "2026-03-11" });
    expect(nextDay.bytes).toEqual(await fresh());
    server.clock.advanceSeconds(-15 * 3600);
    // With no memory for pages, every view is read.
    const none = new RosterService(db, server.clock, 0);
    expect(await none.rosterBody(caller, {})).not.toBe(await none.rosterBody(caller, {}));
  });

  it("rewrites no roster entry that a rebuild leaves as it was", async () => {
    const db = server.testDatabase.database.db;
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Quiet" });
    const runners = [
      await athlete(coach, "Quiet One", [testEvents.triage("2026-03-01")]),
      await athlete(coach, "Quiet Two", [testEvents.triage("2026-03-01")]),
    ];
    // Row versions on PostgreSQL (xmin), the connection's count of changed rows on SQLite.
    const written = async () =>
      kind === "postgres"
        ? (
            await sql<{ version: string }>`select string_agg(xmin::text, ',' order by runner_id) as version
              from roster_entries where coach_id = ${coach.userId}`.execute(db)
          ).rows[0]?.version
        : String((await sql<{ changed: number }>`select total_changes() as changed`.execute(db)).rows[0]?.changed);
    const before = await written();
    await syncRosterEntries(db, { coachId: coach.userId });
    expect(await written()).toBe(before);
    // A change to one entry writes that entry only.
    await call(server, runners[0] as Agent, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: coach.userId, body: "One change" },
    });
    const afterMessage = await written();
    expect(afterMessage).not.toBe(before);
    await syncRosterEntries(db, { coachId: coach.userId });
    expect(await written()).toBe(afterMessage);
  });

  it("writes the line of a runner with history when they give access, not at the coach's first view", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const runner = await signUp(server, { name: "History First" });
    const posted = await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: { events: [testEvents.triage("2026-03-01"), testEvents.pain("2026-03-09", 2)] },
    });
    expect(posted.statusCode).toBe(200);
    expect(await storedSummary(runner.userId)).toBeUndefined();
    const { code } = await invite(coach);
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(200);
    expect((await storedSummary(runner.userId))?.as_of).toBe(today);
    const entry = await server.testDatabase.database.db
      .selectFrom("roster_entries")
      .select("stale_after")
      .where("runner_id", "=", runner.userId)
      .executeTakeFirstOrThrow();
    expect(entry.stale_after).not.toBe("");
    expect((await roster(coach)).athletes.map((line) => line.asOf)).toEqual([today]);
  });

  it("refreshes a stale line once however many views find it, and leaves a current one alone", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const runner = await athlete(coach, "Once Only", [testEvents.triage("2026-03-01")]);
    const updatedAt = async () =>
      (
        await server.testDatabase.database.db
          .selectFrom("runner_summaries")
          .select("updated_at")
          .where("runner_id", "=", runner.userId)
          .executeTakeFirstOrThrow()
      ).updated_at;
    const written = await updatedAt();
    server.clock.advanceSeconds(60);
    // Current: nothing to do, nothing written.
    await server.services.roster.refresh(runner.userId);
    expect(await updatedAt()).toBe(written);
    // A day later it is stale: concurrent callers share one refresh.
    server.clock.advanceSeconds(24 * 3600);
    const first = server.services.roster.refresh(runner.userId);
    const second = server.services.roster.refresh(runner.userId);
    expect(second).toBe(first);
    await first;
    expect(await updatedAt()).not.toBe(written);
    server.clock.advanceSeconds(-(24 * 3600 + 60));
  });

  it("writes one audit row per roster view, listing the runners it showed", async () => {
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Audit" });
    const runners = [
      await athlete(coach, "One", [testEvents.triage("2026-03-01")]),
      await athlete(coach, "Two", [testEvents.triage("2026-03-01")]),
      await athlete(coach, "Three", [testEvents.triage("2026-03-01")]),
    ];
    await roster(coach);
    const views = await server.testDatabase.database.db
      .selectFrom("roster_views")
      .select(["id", "runner_count", "runner_ids"])
      .where("coach_id", "=", coach.userId)
      .execute();
    expect(views).toEqual([{ id: expect.any(String), runner_count: 3, runner_ids: expect.any(String) }]);
    const listed = JSON.parse(views[0]?.runner_ids ?? "[]") as string[];
    expect(new Set(listed)).toEqual(new Set(runners.map((runner) => runner.userId)));
    const perRunner = await server.testDatabase.database.db
      .selectFrom("audit_log")
      .select("runner_id")
      .where("coach_id", "=", coach.userId)
      .where("action", "=", "roster")
      .execute();
    expect(perRunner).toEqual([]);
    const audit = (await call(server, runners[0] as Agent, { method: "GET", url: "/api/audit" })).json().entries;
    expect(audit).toEqual([
      { coachId: coach.userId, coachName: "Coach Audit", action: "roster", at: expect.any(String) },
    ]);

    // A page lists only the runners it showed: the others were not looked at.
    await roster(coach, "?sort=name&limit=1");
    const paged = await server.testDatabase.database.db
      .selectFrom("roster_views")
      .select("runner_ids")
      .where("coach_id", "=", coach.userId)
      .where("roster_views.id", "!=", views[0]?.id ?? "")
      .execute();
    expect(paged.map((row) => JSON.parse(row.runner_ids))).toEqual([[runners[0]?.userId]]);
    expect((await call(server, runners[0] as Agent, { method: "GET", url: "/api/audit" })).json().entries).toHaveLength(
      2,
    );
    expect((await call(server, runners[1] as Agent, { method: "GET", url: "/api/audit" })).json().entries).toHaveLength(
      1,
    );

    // Another coach's views never show up in this runner's audit, and a deleted coach's views still do.
    const other = await signUp(server, { roles: ["coach"], name: "Coach Other" });
    await athlete(other, "Elsewhere", [testEvents.triage("2026-03-01")]);
    await roster(other);
    expect((await call(server, runners[1] as Agent, { method: "GET", url: "/api/audit" })).json().entries).toHaveLength(
      1,
    );
    await server.testDatabase.database.db.deleteFrom("users").where("id", "=", coach.userId).execute();
    expect((await call(server, runners[1] as Agent, { method: "GET", url: "/api/audit" })).json().entries).toEqual([
      { coachId: "", coachName: "Coach Audit", action: "roster", at: expect.any(String) },
    ]);
  });

  it("takes a runner who deletes their account out of every roster view's list, keeping the counts", async () => {
    const db = server.testDatabase.database.db;
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Lists" });
    const staying = await athlete(coach, "Staying", [testEvents.triage("2026-03-01")]);
    const leaving = await athlete(coach, "Leaving", [testEvents.triage("2026-03-01")]);
    await roster(coach);
    await roster(coach, "?sort=name");
    // A coach who has gone keeps their views (with their name) in the runners' audits: those lists too.
    const gone = await signUp(server, { roles: ["coach"], name: "Coach Gone" });
    const { code } = await invite(gone);
    await call(server, leaving, { method: "POST", url: `/api/invites/${code}/accept` });
    await roster(gone);
    await db.deleteFrom("users").where("id", "=", gone.userId).execute();

    const deleted = await call(server, leaving, {
      method: "DELETE",
      url: "/api/account",
      payload: { password: leaving.password },
    });
    expect(deleted.statusCode).toBe(200);
    const views = await db
      .selectFrom("roster_views")
      .select(["coach_id", "runner_count", "runner_ids"])
      .where((eb) => eb.or([eb("coach_id", "=", coach.userId), eb("coach_name", "=", "Coach Gone")]))
      // The gone coach's view (coach_id null) last: every view here has the same instant.
      .orderBy(sql`coalesce(coach_id, '~')`)
      .execute();
    expect(views.map((view) => [view.coach_id, view.runner_count, JSON.parse(view.runner_ids)])).toEqual([
      [coach.userId, 2, [staying.userId]],
      [coach.userId, 2, [staying.userId]],
      [null, 1, []],
    ]);
    expect(
      await db.selectFrom("roster_views").select("id").where("runner_ids", "like", `%${leaving.userId}%`).execute(),
    ).toEqual([]);
  });

  it("records each runner's day of a coach's views once, in a new process as in this one", async () => {
    const db = server.testDatabase.database.db;
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Days" });
    const first = await athlete(coach, "First", [testEvents.triage("2026-03-01")]);
    const dayRows = () =>
      db
        .selectFrom("roster_view_days")
        .select(["runner_id", "day"])
        .where("coach_id", "=", coach.userId)
        .orderBy("day")
        .orderBy("runner_id")
        .execute();
    await roster(coach);
    await roster(coach);
    expect(await dayRows()).toEqual([{ runner_id: first.userId, day: today }]);
    // A runner who joins later that day is recorded by the first view that shows them.
    const second = await athlete(coach, "Second", [testEvents.triage("2026-03-01")]);
    await roster(coach);
    expect(await dayRows()).toEqual(
      [first.userId, second.userId].sort().map((runnerId) => ({ runner_id: runnerId, day: today })),
    );
    // A day row another process wrote (or a restart forgot) is found by the insert, not written twice.
    const restarted = new RosterService(db, server.clock, 0);
    const caller = { id: coach.userId, name: "Coach Days" };
    await restarted.rosterFor(caller, {});
    expect(await dayRows()).toHaveLength(2);
    // The next day starts again: both runners' audits list the views of both days.
    server.clock.advanceSeconds(24 * 3600);
    await roster(coach);
    const nextDay = new Date(Date.parse(`${today}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect((await dayRows()).filter((row) => row.day === nextDay)).toHaveLength(2);
    for (const runner of [first, second]) {
      const audit = (await call(server, runner, { method: "GET", url: "/api/audit" })).json().entries as {
        action: string;
      }[];
      expect(audit.filter((entry) => entry.action === "roster")).toHaveLength(runner === first ? 5 : 3);
    }
    server.clock.advanceSeconds(-24 * 3600);
  });

  it("brings a summary up to date lazily when a day passes without an event", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const runner = await athlete(coach, "Day Passes", [
      testEvents.triage("2026-03-01"),
      causes("2026-03-01"),
      testEvents.pain("2026-03-10", 1),
    ]);
    expect((await storedSummary(runner.userId))?.as_of).toBe(today);
    server.clock.advanceSeconds(4 * 24 * 3600);
    const line = (await roster(coach)).athletes[0];
    expect(line?.asOf).toBe("2026-03-14");
    expect(line?.attention.reasons).toContain("No check-in for 4 days");
    expect((await storedSummary(runner.userId))?.as_of).toBe("2026-03-14");
    server.clock.advanceSeconds(-4 * 24 * 3600);
  });
});

describe.each(databaseKinds)("invite codes on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    // Many runners and coaches sign up here; the sign-up limit per address is tested in auth.test.ts.
    server = await createTestServer(kind, { rateLimits: { signUpPerIp: { attempts: 1000, windowSeconds: 3600 } } });
  });
  afterAll(async () => server.close());

  async function newCode(coach: Agent) {
    const created = await call(server, coach, { method: "POST", url: "/api/invites" });
    expect(created.statusCode).toBe(201);
    return created.json() as { code: string; link: string; expiresAt: string };
  }

  it("are 10 Crockford characters in two groups, with a link form", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const { code, link, expiresAt } = await newCode(coach);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(link.endsWith(`/#/invite/${code}`)).toBe(true);
    expect(Date.parse(expiresAt) - server.clock.now().getTime()).toBe(7 * 24 * 3600 * 1000);
  });

  it("are read in any case, without the hyphen, with I/L as 1 and O as 0, and used once", async () => {
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Case" });
    const runner = await signUp(server);
    const { code } = await newCode(coach);
    const typed = code.replace("-", "").toLowerCase().replace(/1/g, "l").replace(/0/g, "o");
    const preview = await call(server, runner, { method: "GET", url: `/api/invites/${typed}` });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().coach.name).toBe("Coach Case");
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${typed}/accept` })).statusCode).toBe(200);
    const other = await signUp(server);
    expect((await call(server, other, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(404);
    expect((await call(server, other, { method: "GET", url: "/api/invites/UUUUU-UUUUU" })).statusCode).toBe(404);
  });

  it("expire after 7 days", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const runner = await signUp(server);
    const early = await newCode(coach);
    const late = await newCode(coach);
    server.clock.advanceSeconds(7 * 24 * 3600 - 60);
    expect((await call(server, runner, { method: "GET", url: `/api/invites/${early.code}` })).statusCode).toBe(200);
    server.clock.advanceSeconds(120);
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${late.code}/accept` })).statusCode).toBe(
      404,
    );
    server.clock.advanceSeconds(-(7 * 24 * 3600 + 60));
  });

  it("limit lookups per runner, so codes cannot be guessed", async () => {
    const runner = await signUp(server);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      statuses.push((await call(server, runner, { method: "GET", url: "/api/invites/ABCDE-FGH12" })).statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
