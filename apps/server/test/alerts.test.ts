import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpInbox } from "./support/smtp-inbox.ts";
import { type Agent, call, quickUser } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

const profile = (timeZone: string) => ({
  displayName: "Runner",
  distanceUnit: "km",
  weightUnit: "kg",
  timeZone,
  goal: "",
  theme: "system",
  keepGpsTracks: false,
});

const onboarding = (localDate: string) => [
  testEvents.triage(localDate),
  {
    id: randomUUID(),
    version: 1,
    type: "causes.assessed",
    occurredAt: `${localDate}T09:00:00.000Z`,
    localDate,
    answers: { "heel-scuff-sound": true },
  },
];

const walkRun = (localDate: string, pain0to10: number) => ({
  id: randomUUID(),
  version: 1,
  type: "session.completed",
  occurredAt: `${localDate}T17:00:00.000Z`,
  localDate,
  kind: "walk-run",
  durationSeconds: 1500,
  endedEarly: pain0to10 >= 3,
  painDuring0to10: pain0to10,
  painAfter0to10: pain0to10,
});

describe.each(databaseKinds)("alerts, digest, reminders, feeds and carers on %s", (kind) => {
  let server: TestServer;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await createTestServer(kind, {
      startJobs: false,
      config: {
        smtpUrl: inbox.url,
        mailFrom: "Backstride <mail@run.example.test>",
        publicUrl: "https://run.example.test",
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await inbox.close();
  });
  beforeEach(() => {
    server.clock.current = new Date("2026-03-10T09:00:00.000Z");
    inbox.mails.length = 0;
  });

  /** A runner (Paris time) sharing with the given coaches, onboarded a week ago. */
  async function runnerWith(coaches: Agent[], name = "Ana Runner"): Promise<Agent> {
    const runner = await quickUser(server, ["runner"], name);
    expect(
      (await call(server, runner, { method: "PUT", url: "/api/profile", payload: profile("Europe/Paris") })).statusCode,
    ).toBe(200);
    const now = server.clock.now().toISOString();
    for (const coach of coaches) await server.services.repositories.coaching.grant(runner.userId, coach.userId, now);
    await post(runner, onboarding("2026-03-03"));
    return runner;
  }

  async function post(runner: Agent, events: unknown[]) {
    const response = await call(server, runner, { method: "POST", url: "/api/events", payload: { events } });
    expect(response.statusCode).toBe(200);
    expect(response.json().results.map((result: { status: string }) => result.status)).toEqual(
      events.map(() => "created"),
    );
    await server.services.alerts.idle();
  }

  async function alertsOf(coach: Agent) {
    const response = await call(server, coach, { method: "GET", url: "/api/alerts" });
    expect(response.statusCode).toBe(200);
    return response.json() as {
      alerts: { id: string; rule: string; runnerId: string; runnerName: string; title: string }[];
      unread: number;
    };
  }

  it("a walk/run at the pain stop raises one alert per carer, linked to the runner; a retry raises none", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Kim");
    const physio = await quickUser(server, ["coach"], "Physio Lee");
    const runner = await runnerWith([coach, physio]);
    const stopped = walkRun("2026-03-09", 4);
    await post(runner, [stopped]);
    const retried = await call(server, runner, { method: "POST", url: "/api/events", payload: { events: [stopped] } });
    expect(retried.json().results[0].status).toBe("duplicate");
    await server.services.alerts.idle();
    for (const carer of [coach, physio]) {
      const { alerts, unread } = await alertsOf(carer);
      expect(alerts.map((alert) => [alert.rule, alert.runnerId, alert.runnerName])).toEqual([
        ["pain-stop", runner.userId, "Ana Runner"],
      ]);
      expect(alerts[0]?.title).toBe("Pain 4/10: at or above the stop (3/10)");
      expect(unread).toBe(1);
    }
    const read = await call(server, coach, { method: "POST", url: "/api/alerts/read", payload: { all: true } });
    expect(read.json()).toEqual({ unread: 0 });
    expect((await call(server, physio, { method: "GET", url: "/api/alerts/unread" })).json()).toEqual({ unread: 1 });
  });

  it("pain below the stop raises nothing; a rule the coach turned off raises nothing", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Off");
    const settings = (await call(server, coach, { method: "GET", url: "/api/alert-settings" })).json();
    expect(settings.rules["pain-stop"]).toBe(true);
    const saved = await call(server, coach, {
      method: "PUT",
      url: "/api/alert-settings",
      payload: { ...settings, rules: { ...settings.rules, "pain-stop": false } },
    });
    expect(saved.statusCode).toBe(200);
    const runner = await runnerWith([coach]);
    await post(runner, [walkRun("2026-03-08", 2), walkRun("2026-03-09", 5)]);
    expect((await alertsOf(coach)).alerts).toEqual([]);
  });

  it("a red flag answered and a message from the runner each raise an alert", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Flag");
    const runner = await runnerWith([coach]);
    await post(runner, [{ ...testEvents.triage("2026-03-09", { "leg-pain-below-knee": true }), context: "flare-up" }]);
    const sent = await call(server, runner, {
      method: "POST",
      url: "/api/messages",
      payload: { id: randomUUID(), coachId: coach.userId, body: "Leg tingles since yesterday" },
    });
    expect(sent.statusCode).toBe(201);
    const rules = (await alertsOf(coach)).alerts.map((alert) => alert.rule).sort();
    expect(rules).toEqual(["message", "red-flag"]);
  });

  it("the sweep raises 'no check-in for 3 days' once, even with two instances sweeping at once", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Sweep");
    const runner = await runnerWith([coach]);
    await post(runner, [testEvents.pain("2026-03-06", 2)]);
    server.clock.current = new Date("2026-03-10T06:00:00.000Z");
    await Promise.all([server.services.alertSweep.run(), server.services.alertSweep.run()]);
    await server.services.alertSweep.run();
    const noCheckIn = (await alertsOf(coach)).alerts.filter((alert) => alert.rule === "no-check-in");
    expect(noCheckIn.map((alert) => alert.title)).toEqual(["No check-in for 4 days"]);
  });

  it("the daily digest mails the coach's unread alerts once, at the chosen hour, with links to each runner", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Digest");
    const runner = await runnerWith([coach], "Bo Digest");
    await post(runner, [walkRun("2026-03-09", 6)]);
    server.clock.current = new Date("2026-03-10T06:30:00.000Z"); // before 07:00 (coach has no zone: UTC)
    await server.services.alertDigest.run();
    await server.services.mailer.idle();
    expect(inbox.mails.filter((mail) => mail.to.includes(coach.email))).toEqual([]);
    server.clock.current = new Date("2026-03-10T07:05:00.000Z");
    await Promise.all([server.services.alertDigest.run(), server.services.alertDigest.run()]);
    await server.services.alertDigest.run();
    await server.services.mailer.idle();
    const mails = inbox.mails.filter((mail) => mail.to.includes(coach.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Backstride: 1 new alert about your runners");
    expect(mails[0]?.text).toContain("Bo Digest");
    expect(mails[0]?.text).toContain("  - Mon 9 Mar 2026: Pain 6/10: at or above the stop (3/10)");
    expect(mails[0]?.text).toContain(`https://run.example.test/#/coach/${runner.userId}`);
  });

  it("a runner's session reminder goes out once at the chosen time in their own zone", async () => {
    const runner = await runnerWith([]);
    const saved = await call(server, runner, {
      method: "PUT",
      url: "/api/reminders",
      payload: { sessionTime: "07:30", morningTime: null },
    });
    expect(saved.statusCode).toBe(200);
    server.clock.current = new Date("2026-03-10T06:00:00.000Z"); // 07:00 in Paris: not yet
    await server.services.reminders.run();
    server.clock.current = new Date("2026-03-10T06:40:00.000Z"); // 07:40 in Paris
    await server.services.reminders.run();
    await server.services.reminders.run();
    await server.services.mailer.idle();
    const mails = inbox.mails.filter((mail) => mail.to.includes(runner.email));
    expect(mails.map((mail) => mail.subject)).toEqual(["Backstride: Today's session"]);
    expect(mails[0]?.text).toContain("Today's plan:");
    expect(mails[0]?.text).toContain("Stop at pain 3/10.");
    const bad = await call(server, runner, {
      method: "PUT",
      url: "/api/reminders",
      payload: { sessionTime: "25:00", morningTime: null },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("a runner's calendar feed is valid iCalendar with 28 days of plan, and answers 404 once remade or revoked", async () => {
    const runner = await runnerWith([]);
    const made = await call(server, runner, { method: "POST", url: "/api/calendar-feed" });
    expect(made.statusCode).toBe(201);
    const url = new URL(made.json().url as string);
    expect(url.origin).toBe("https://run.example.test");
    const feed = await server.app.inject({ method: "GET", url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const days = new Set(events.map((event) => event.startDate.toString()));
    expect(days.size).toBe(28);
    expect(events.some((event) => /walk\/run/i.test(event.summary) && /run .* walk/i.test(event.description))).toBe(
      true,
    );
    expect(events.some((event) => /circuit/i.test(event.summary))).toBe(true);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);

    const status = await call(server, runner, { method: "GET", url: "/api/calendar-feed" });
    expect(status.json()).toMatchObject({ active: true, url: null });
    const remade = await call(server, runner, { method: "POST", url: "/api/calendar-feed" });
    expect((await server.app.inject({ method: "GET", url: url.pathname })).statusCode).toBe(404);
    const second = new URL(remade.json().url as string).pathname;
    expect((await server.app.inject({ method: "GET", url: second })).statusCode).toBe(200);
    await call(server, runner, { method: "DELETE", url: "/api/calendar-feed" });
    const gone = await server.app.inject({ method: "GET", url: second });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe("not_found");
  });

  it("a coach's feed lists their runners' alerts, linked to each runner", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Feed");
    const runner = await runnerWith([coach], "Cy Feed");
    await post(runner, [walkRun("2026-03-09", 5)]);
    const made = await call(server, coach, { method: "POST", url: "/api/calendar-feed" });
    const feed = await server.app.inject({ method: "GET", url: new URL(made.json().url as string).pathname });
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    const alert = events.find((event) => event.summary.startsWith("Cy Feed: Pain 5/10"));
    expect(alert?.startDate.toString()).toBe("2026-03-09");
    expect(alert?.component.getFirstPropertyValue("url")).toBe(`https://run.example.test/#/coach/${runner.userId}`);
  });

  it("two carers with their own roles: a view-only carer cannot adjust, each is changed and revoked on its own, audited", async () => {
    const coach = await quickUser(server, ["coach"], "Coach Both");
    const physio = await quickUser(server, ["coach"], "Physio View");
    const runner = await runnerWith([coach, physio]);
    const role = await call(server, runner, {
      method: "PUT",
      url: `/api/carers/${physio.userId}`,
      payload: { role: "view" },
    });
    expect(role.json()).toMatchObject({ coachId: physio.userId, role: "view" });
    const carers = (await call(server, runner, { method: "GET", url: "/api/carers" })).json().carers;
    expect(carers.map((carer: { name: string; role: string }) => [carer.name, carer.role])).toEqual([
      ["Coach Both", "adjust"],
      ["Physio View", "view"],
    ]);
    const adjustment = () => ({
      id: randomUUID(),
      occurredAt: "2026-03-10T09:00:00Z",
      localDate: "2026-03-10",
      adjustment: { kind: "note", text: "Easy week" },
    });
    const url = `/api/athletes/${runner.userId}/adjustments`;
    expect((await call(server, physio, { method: "POST", url, payload: adjustment() })).statusCode).toBe(403);
    expect((await call(server, coach, { method: "POST", url, payload: adjustment() })).statusCode).toBe(201);
    expect((await call(server, physio, { method: "GET", url: `/api/athletes/${runner.userId}/plan` })).statusCode).toBe(
      200,
    );

    expect((await call(server, runner, { method: "DELETE", url: `/api/access/${coach.userId}` })).statusCode).toBe(200);
    expect((await call(server, coach, { method: "GET", url: `/api/athletes/${runner.userId}/plan` })).statusCode).toBe(
      403,
    );
    expect((await call(server, physio, { method: "GET", url: `/api/athletes/${runner.userId}/plan` })).statusCode).toBe(
      200,
    );
    const left = (await call(server, runner, { method: "GET", url: "/api/carers" })).json().carers;
    expect(left.map((carer: { name: string }) => carer.name)).toEqual(["Physio View"]);
    const audit = (await call(server, runner, { method: "GET", url: "/api/audit" })).json().entries;
    expect(
      audit.some(
        (entry: { action: string; coachName: string }) =>
          entry.action === "role set: can view" && entry.coachName === "Physio View",
      ),
    ).toBe(true);
    const missing = await call(server, runner, {
      method: "PUT",
      url: `/api/carers/${coach.userId}`,
      payload: { role: "adjust" },
    });
    expect(missing.statusCode).toBe(404);
  });
});
