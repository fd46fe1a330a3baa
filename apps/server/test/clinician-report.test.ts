import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "./support/pdf-text.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

const outcomes = (localDate: string, fields: Record<string, unknown>) => ({
  id: randomUUID(),
  version: 1,
  type: "outcomes.recorded",
  occurredAt: `${localDate}T08:30:00.000Z`,
  localDate,
  ...fields,
});

const log = [
  testEvents.triage("2026-03-02"),
  {
    id: randomUUID(),
    version: 1,
    type: "causes.assessed",
    occurredAt: "2026-03-02T08:10:00.000Z",
    localDate: "2026-03-02",
    answers: {},
  },
  {
    id: randomUUID(),
    version: 1,
    type: "session.completed",
    occurredAt: "2026-03-03T18:00:00.000Z",
    localDate: "2026-03-03",
    kind: "rehab-circuit",
    durationSeconds: 900,
    painDuring0to10: 1,
    painAfter0to10: 1,
    endedEarly: false,
  },
  outcomes("2026-03-02", {
    timepoint: "baseline",
    nprs: { now0to10: 5, average0to10: 6, worst0to10: 7 },
    psfs: [
      { activity: "run 5 km", score0to10: 2 },
      { activity: "sit through a film", score0to10: 4 },
    ],
  }),
  testEvents.pain("2026-03-04", 4),
  testEvents.pain("2026-03-11", 2),
  outcomes("2026-03-16", {
    timepoint: "week-2",
    nprs: { now0to10: 2, average0to10: 3, worst0to10: 4 },
    psfs: [
      { activity: "run 5 km", score0to10: 5 },
      { activity: "sit through a film", score0to10: 7 },
    ],
    groc: 4,
  }),
];

describe.each(databaseKinds)("the clinician report PDF on %s", (kind) => {
  let server: TestServer;
  let runner: Agent;
  let coach: Agent;
  let strangerCoach: Agent;
  let otherRunner: Agent;

  const auditActions = async () => {
    const response = await call(server, runner, { method: "GET", url: "/api/audit" });
    return (response.json() as { entries: { coachName: string; action: string }[] }).entries;
  };

  beforeAll(async () => {
    server = await createTestServer(kind, { startJobs: false });
    server.clock.current = new Date("2026-03-20T12:00:00.000Z");
    runner = await signUp(server, { name: "Ana Diaz" });
    coach = await signUp(server, { roles: ["coach"], name: "Coach Kim" });
    strangerCoach = await signUp(server, { roles: ["coach"], name: "Coach Stranger" });
    otherRunner = await signUp(server, { name: "Other Runner" });
    const profile = await call(server, runner, {
      method: "PUT",
      url: "/api/profile",
      payload: {
        displayName: "Ana Díaz",
        distanceUnit: "km",
        weightUnit: "kg",
        timeZone: "UTC",
        goal: "",
        theme: "system",
        keepGpsTracks: false,
      },
    });
    expect(profile.statusCode).toBe(200);
    const posted = await call(server, runner, { method: "POST", url: "/api/events", payload: { events: log } });
    expect(posted.statusCode, posted.body).toBe(200);
    await server.services.repositories.coaching.grant(runner.userId, coach.userId, server.clock.now().toISOString());
  });
  afterAll(async () => server.close());

  it("gives the runner their report as an A4 PDF holding their name, the pain figures and the measures", async () => {
    const response = await call(server, runner, {
      method: "GET",
      url: "/api/report.pdf?from=2026-03-02&to=2026-03-20&paper=a4",
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="backstride-report-2026-03-02-to-2026-03-20-a4.pdf"',
    );
    const { pages } = await pdfText(response.rawPayload);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.widthPoints).toBeCloseTo(595.28, 1);
    expect(pages[0]?.heightPoints).toBeCloseTo(841.89, 1);
    const text = pages.map((page) => page.text).join("\n");
    expect(text).toContain("Runner: Ana Díaz");
    expect(text).toContain("pain averaged 4.0/10, highest 4/10");
    expect(text).toContain("pain now 5, average 6, worst 7");
    expect(text).toContain("pain now 2, average 3, worst 4");
    expect(text).toContain("run 5 km 2");
    expect(text).toContain("sit through a film 7");
    expect(text).toContain("global change +4");
    expect(text).toContain("Pain fell from 6.0 to 3.0");
    expect(text).toMatch(/Week of Mon 2 Mar 2026: 1 of \d+ planned sessions done/);
  });

  it("makes the same report on Letter paper", async () => {
    const response = await call(server, runner, { method: "GET", url: "/api/report.pdf?paper=letter" });
    expect(response.statusCode).toBe(200);
    const { pages } = await pdfText(response.rawPayload);
    expect(pages[0]?.widthPoints).toBe(612);
    expect(pages[0]?.heightPoints).toBe(792);
    expect(pages[0]?.text).toContain("Ana Díaz");
  });

  it("writes every download of the runner's own report in their audit log", async () => {
    const before = (await auditActions()).filter((entry) => entry.action === "reportPdf").length;
    await call(server, runner, { method: "GET", url: "/api/report.pdf" });
    const after = await auditActions();
    expect(after.filter((entry) => entry.action === "reportPdf")).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ action: "reportPdf", coachName: "Ana Diaz" });
  });

  it("gives a consenting coach the athlete's report and audits the download", async () => {
    const response = await call(server, coach, {
      method: "GET",
      url: `/api/athletes/${runner.userId}/report.pdf?from=2026-03-02&to=2026-03-20&paper=letter`,
    });
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    const text = (await pdfText(response.rawPayload)).pages.map((page) => page.text).join("\n");
    expect(text).toContain("Ana Díaz");
    expect(text).toContain("pain now 5, average 6, worst 7");
    expect((await auditActions())[0]).toMatchObject({ action: "athleteReportPdf", coachName: "Coach Kim" });
  });

  it("refuses a coach without consent, a revoked coach and another runner, and audits none of them", async () => {
    const url = `/api/athletes/${runner.userId}/report.pdf`;
    const before = (await auditActions()).length;
    const stranger = await call(server, strangerCoach, { method: "GET", url });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.headers["content-type"]).toContain("application/json");
    expect((await call(server, otherRunner, { method: "GET", url })).statusCode).toBe(403);
    expect((await call(server, null, { method: "GET", url })).statusCode).toBe(401);
    await server.services.repositories.coaching.revoke(runner.userId, coach.userId, server.clock.now().toISOString());
    expect((await call(server, coach, { method: "GET", url })).statusCode).toBe(403);
    await server.services.repositories.coaching.grant(runner.userId, coach.userId, server.clock.now().toISOString());
    expect(await auditActions()).toHaveLength(before);
  });

  it("answers a bad period or paper with a clear 400, not a 500", async () => {
    for (const query of ["from=2026-03-20&to=2026-03-02", "from=2025-01-01&to=2026-03-20", "paper=a5", "from=March"]) {
      const response = await call(server, runner, { method: "GET", url: `/api/report.pdf?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe("validation");
    }
  });
});
