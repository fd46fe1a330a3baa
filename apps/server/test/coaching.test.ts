import { randomUUID } from "node:crypto";
import { addDays, formatDay } from "@backstride/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

describe.each(databaseKinds)("coaching and consent on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(async () => server.close());

  async function coachWithAthlete(): Promise<{ coach: Agent; runner: Agent }> {
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Kim" });
    const runner = await signUp(server, { name: "Runner Ray" });
    const invite = await call(server, coach, { method: "POST", url: "/api/invites" });
    expect(invite.statusCode).toBe(201);
    const { code } = invite.json();
    const preview = await call(server, runner, { method: "GET", url: `/api/invites/${code}` });
    expect(preview.json().coach).toEqual({ id: coach.userId, name: "Coach Kim" });
    const accepted = await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` });
    expect(accepted.statusCode).toBe(200);
    return { coach, runner };
  }

  it("lets a runner consent through an invite, used once", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const runner = await signUp(server);
    const late = await signUp(server);
    const { code } = (await call(server, coach, { method: "POST", url: "/api/invites" })).json();
    const accepted = await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` });
    expect(accepted.statusCode).toBe(200);
    const retried = await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` });
    expect(retried.json()).toEqual(accepted.json());
    expect((await call(server, late, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(404);
    const access = (await call(server, runner, { method: "GET", url: "/api/access" })).json();
    expect(access.coaches).toEqual([
      { coachId: coach.userId, name: "Test Runner", email: coach.email, since: expect.any(String) },
    ]);
  });

  it("refuses invites to non-coaches and expired invites", async () => {
    const runner = await signUp(server);
    expect((await call(server, runner, { method: "POST", url: "/api/invites" })).statusCode).toBe(403);
    const coach = await signUp(server, { roles: ["coach"] });
    const { code } = (await call(server, coach, { method: "POST", url: "/api/invites" })).json();
    server.clock.advanceSeconds(15 * 24 * 3600);
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(404);
  });

  it("writes the plan's distances in the unit of whoever reads it: the runner's miles, the coach's km", async () => {
    const { coach, runner } = await coachWithAthlete();
    const profile = (await call(server, runner, { method: "GET", url: "/api/profile" })).json();
    const saved = await call(server, runner, {
      method: "PUT",
      url: "/api/profile",
      payload: { ...profile, distanceUnit: "mi" },
    });
    expect(saved.statusCode).toBe(200);
    // A run saved today without a pain score: today's plan asks about it by its distance. (Earlier tests
    // here move the clock on: today is the clock's.)
    const today = server.clock.now().toISOString().slice(0, 10);
    const yesterday = addDays(today, -1);
    const run = testEvents.run(today, { distanceMeters: 5000 });
    delete (run as { painDuring0to10?: number }).painDuring0to10;
    delete (run as { painAfter0to10?: number }).painAfter0to10;
    const stored = await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: {
        events: [
          testEvents.triage(yesterday),
          {
            id: randomUUID(),
            version: 1,
            type: "causes.assessed",
            occurredAt: `${yesterday}T08:05:00.000Z`,
            localDate: yesterday,
            answers: {},
          },
          run,
        ],
      },
    });
    expect(stored.statusCode).toBe(200);
    const titles = (plan: { painQuestions: { title: string }[] }) => plan.painQuestions.map((q) => q.title);
    const own = (await call(server, runner, { method: "GET", url: "/api/plan/today" })).json();
    expect(titles(own)).toEqual([`3.1 mi run on ${formatDay(today)}`]);
    const coachs = (await call(server, coach, { method: "GET", url: `/api/athletes/${runner.userId}/plan` })).json();
    expect(titles(coachs)).toEqual([`5 km run on ${formatDay(today)}`]);
    // What reminder mails and the runner's feed read: the runner's unit unless a reader's is given.
    const titlesOf = async (unit?: "km" | "mi") =>
      (await server.services.plan.today(runner.userId, unit)).painQuestions.map((q) => q.title);
    expect(await titlesOf()).toEqual([`3.1 mi run on ${formatDay(today)}`]);
    expect(await titlesOf("km")).toEqual([`5 km run on ${formatDay(today)}`]);
    // The runner's own plan again, after the coach's: each unit keeps its own memo.
    expect(titles((await call(server, runner, { method: "GET", url: "/api/plan/today" })).json())).toEqual([
      `3.1 mi run on ${formatDay(today)}`,
    ]);
  });

  it("gives the coach the athlete's plan and events, each read audited for the runner", async () => {
    const { coach, runner } = await coachWithAthlete();
    await call(server, runner, {
      method: "POST",
      url: "/api/events",
      payload: { events: [testEvents.pain("2026-03-09", 2)] },
    });
    const plan = await call(server, coach, { method: "GET", url: `/api/athletes/${runner.userId}/plan` });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().phase).toEqual(expect.any(String));
    const events = await call(server, coach, { method: "GET", url: `/api/athletes/${runner.userId}/events` });
    expect(events.json().events).toHaveLength(1);
    const audit = (await call(server, runner, { method: "GET", url: "/api/audit" })).json().entries;
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(["athleteEvents", "athletePlan"]);
    expect(audit[0]).toMatchObject({ coachId: coach.userId, coachName: "Coach Kim" });
  });

  it("makes a revoke effective on the coach's very next request", async () => {
    const { coach, runner } = await coachWithAthlete();
    const url = `/api/athletes/${runner.userId}/plan`;
    expect((await call(server, coach, { method: "GET", url })).statusCode).toBe(200);
    const revoke = await call(server, runner, { method: "DELETE", url: `/api/access/${coach.userId}` });
    expect(revoke.statusCode).toBe(200);
    expect((await call(server, coach, { method: "GET", url })).statusCode).toBe(403);
    expect((await call(server, coach, { method: "GET", url: "/api/athletes" })).json().athletes).toEqual([]);
    expect((await call(server, runner, { method: "GET", url: "/api/access" })).json().coaches).toEqual([]);
    expect((await call(server, runner, { method: "DELETE", url: `/api/access/${coach.userId}` })).statusCode).toBe(200);
    const stranger = await signUp(server, { roles: ["coach"] });
    expect((await call(server, runner, { method: "DELETE", url: `/api/access/${stranger.userId}` })).statusCode).toBe(
      404,
    );
  });

  it("ranks the roster by attention: an open red flag first", async () => {
    const coach = await signUp(server, { roles: ["coach"] });
    const calm = await signUp(server, { name: "Calm" });
    const flagged = await signUp(server, { name: "Flagged" });
    for (const runner of [calm, flagged]) {
      const { code } = (await call(server, coach, { method: "POST", url: "/api/invites" })).json();
      await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` });
    }
    const today = "2026-03-10";
    server.clock.current = new Date(`${today}T12:00:00Z`);
    await call(server, calm, { method: "POST", url: "/api/events", payload: { events: [testEvents.triage(today)] } });
    await call(server, flagged, {
      method: "POST",
      url: "/api/events",
      payload: { events: [testEvents.triage(today, { "saddle-numbness": true }), testEvents.pain(today, 6)] },
    });
    const roster = (await call(server, coach, { method: "GET", url: "/api/athletes" })).json().athletes;
    expect(roster.map((athlete: { name: string }) => athlete.name)).toEqual(["Flagged", "Calm"]);
    expect(roster[0].attention).toMatchObject({ lastPain0to10: 6, lastPainDate: today });
    expect(roster[0].attention.score).toBeGreaterThan(roster[1].attention.score);
    // Where each runner stands comes with the roster: an emergency blocks running.
    expect(roster[0]).toMatchObject({ phase: "onboarding", runningAllowed: false });
    expect(roster[1]).toMatchObject({ phase: "onboarding", week: null });
  });

  it("records coach adjustments as events of the runner, idempotent by id", async () => {
    const { coach, runner } = await coachWithAthlete();
    const body = {
      id: randomUUID(),
      occurredAt: "2026-03-10T10:00:00Z",
      localDate: "2026-03-10",
      adjustment: { kind: "hold-week", reason: "Pain rose after the long run" },
    };
    const url = `/api/athletes/${runner.userId}/adjustments`;
    const first = await call(server, coach, { method: "POST", url, payload: body });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: body.id, status: "created" });
    expect((await call(server, coach, { method: "POST", url, payload: body })).json().status).toBe("duplicate");
    const changed = { ...body, adjustment: { kind: "note", text: "other" } };
    expect((await call(server, coach, { method: "POST", url, payload: changed })).statusCode).toBe(409);
    const events = (await call(server, runner, { method: "GET", url: "/api/events" })).json().events;
    expect(events[0]).toMatchObject({ type: "coach.adjustment", authorId: coach.userId });
  });

  it("carries messages both ways, idempotent by the client id", async () => {
    const { coach, runner } = await coachWithAthlete();
    const id = randomUUID();
    const url = `/api/athletes/${runner.userId}/messages`;
    const sent = await call(server, coach, { method: "POST", url, payload: { id, body: "How did the run feel?" } });
    expect(sent.statusCode).toBe(201);
    const retry = await call(server, coach, { method: "POST", url, payload: { id, body: "How did the run feel?" } });
    expect(retry.json()).toEqual(sent.json());
    const reused = await call(server, coach, { method: "POST", url, payload: { id, body: "Different" } });
    expect(reused.statusCode).toBe(409);
    server.clock.advanceSeconds(60);
    const reply = await call(server, runner, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: coach.userId, body: "Fine, 1/10" },
    });
    expect(reply.statusCode).toBe(201);
    const runnerView = (await call(server, runner, { method: "GET", url: "/api/messages" })).json().messages;
    expect(runnerView.map((message: { body: string }) => message.body)).toEqual([
      "How did the run feel?",
      "Fine, 1/10",
    ]);
    const coachView = (await call(server, coach, { method: "GET", url })).json().messages;
    expect(coachView).toHaveLength(2);
    const stranger = await signUp(server, { roles: ["coach"] });
    const refused = await call(server, runner, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: stranger.userId, body: "hi" },
    });
    expect(refused.statusCode).toBe(403);
  });
});
