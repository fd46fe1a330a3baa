import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartBody } from "./support/multipart.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

/** 42.2 km in 30 minutes (0:43 min/km): the run from issue 8 that was once stored. */
const impossibleRun = (localDate: string) =>
  testEvents.run(localDate, { distanceMeters: 42_195, durationSeconds: 1800 });

function base(localDate: string) {
  return { id: randomUUID(), version: 1, occurredAt: `${localDate}T12:00:00.000Z`, localDate };
}

const correction = (forEventId: string, changes: Record<string, unknown>) => ({
  ...base("2026-03-09"),
  type: "run.corrected",
  forEventId,
  changes,
});
const deletion = (forEventId: string) => ({ ...base("2026-03-09"), type: "entry.deleted", forEventId });
const clearance = () => ({
  ...base("2026-03-08"),
  type: "clearance.recorded",
  clinician: "Dr Lee",
  clinicianRole: "gp",
});
const adjustmentBody = (adjustment: Record<string, unknown>) => ({
  id: randomUUID(),
  occurredAt: "2026-03-10T09:00:00.000Z",
  localDate: "2026-03-10",
  adjustment,
});

/** A GPX run of about 10 km in 5 minutes: a watch that recorded a car ride as a run. */
function gpxRun(startIso: string, minutes: number, kilometres: number): Uint8Array {
  const end = new Date(new Date(startIso).getTime() + minutes * 60_000).toISOString();
  const latitudeDegrees = kilometres / 111.2;
  const points = [
    { lat: 51.5, time: startIso },
    { lat: 51.5 + latitudeDegrees / 2, time: new Date((Date.parse(startIso) + Date.parse(end)) / 2).toISOString() },
    { lat: 51.5 + latitudeDegrees, time: end },
  ];
  const trkpts = points.map((p) => `<trkpt lat="${p.lat}" lon="-0.12"><time>${p.time}</time></trkpt>`).join("");
  return new TextEncoder().encode(
    `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${trkpts}</trkseg></trk></gpx>`,
  );
}

describe.each(databaseKinds)("what is never stored, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(async () => server.close());

  const post = (agent: Agent, events: unknown[]) =>
    call(server, agent, { method: "POST", url: "/api/events", payload: { events } });

  async function coachWithAthlete(): Promise<{ coach: Agent; runner: Agent }> {
    const coach = await signUp(server, { roles: ["coach"], name: "Coach Kim" });
    const runner = await signUp(server, { name: "Runner Ray" });
    const { code } = (await call(server, coach, { method: "POST", url: "/api/invites" })).json();
    expect((await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(200);
    return { coach, runner };
  }

  describe("impossible runs", () => {
    it("refuses an impossible run per event with the reason, and keeps the rest of the batch", async () => {
      const runner = await signUp(server);
      const fine = testEvents.run("2026-03-09");
      const tooFast = impossibleRun("2026-03-09");
      const tooLong = testEvents.run("2026-03-09", { distanceMeters: 300_000, durationSeconds: 200_000 });
      const response = await post(runner, [fine, tooFast, tooLong]);
      expect(response.statusCode).toBe(200);
      const [first, second, third] = response.json().results;
      expect(first).toEqual({ id: fine.id, status: "created" });
      expect(second).toMatchObject({ id: tooFast.id, status: "invalid", field: "durationSeconds" });
      expect(second.message).toMatch(/faster than any human run/);
      expect(third).toMatchObject({ id: tooLong.id, status: "invalid" });
      expect(third.message).toMatch(/over 250 km/);
      expect(third.message).toMatch(/over 48 hours/);
      const stored = (await call(server, runner, { method: "GET", url: "/api/events" })).json().events;
      expect(stored.map((event: { id: string }) => event.id)).toEqual([fine.id]);
    });

    it("answers 400 with the reason when the only event is an impossible run", async () => {
      const runner = await signUp(server);
      const response = await post(runner, [impossibleRun("2026-03-09")]);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/faster than any human run/);
      expect(response.json().error.field).toBe("events.0.durationSeconds");
    });

    it("refuses a correction that makes a run impossible, counting earlier corrections and the same batch", async () => {
      const runner = await signUp(server);
      const run = testEvents.run("2026-03-09", { distanceMeters: 5000, durationSeconds: 1800 });
      const longer = correction(run.id, { distanceMeters: 10_000 });
      // Logged and corrected offline: both arrive in one batch.
      expect((await post(runner, [run, longer])).json().results.map((r: { status: string }) => r.status)).toEqual([
        "created",
        "created",
      ]);
      // 10 km (from the earlier correction) in 10 minutes is 1:00 min/km.
      const faster = correction(run.id, { durationSeconds: 600 });
      const fixed = correction(run.id, { durationSeconds: 3000 });
      const results = (await post(runner, [faster, fixed])).json().results;
      expect(results[0]).toMatchObject({ id: faster.id, status: "invalid", field: "changes" });
      expect(results[0].message).toMatch(/would make the run impossible/);
      expect(results[1]).toEqual({ id: fixed.id, status: "created" });
      const missing = (await post(runner, [correction(randomUUID(), { distanceMeters: 1000 })])).json();
      expect(missing.error.message).toMatch(/run to correct was not found/);
    });
  });

  describe("clinical records", () => {
    it("lets a runner delete runs, sessions and check-ins, never red-flag answers, clearances or coach changes", async () => {
      const { coach, runner } = await coachWithAthlete();
      const triage = testEvents.triage("2026-03-08", { "saddle-numbness": true });
      const cleared = clearance();
      const run = testEvents.run("2026-03-09");
      const checkIn = testEvents.pain("2026-03-09", 2);
      expect((await post(runner, [triage, cleared, run, checkIn])).statusCode).toBe(200);
      const adjustment = adjustmentBody({ kind: "note", text: "Easy week" });
      const adjusted = await call(server, coach, {
        method: "POST",
        url: `/api/athletes/${runner.userId}/adjustments`,
        payload: adjustment,
      });
      expect(adjusted.statusCode).toBe(201);

      const results = (
        await post(runner, [
          deletion(triage.id),
          deletion(cleared.id),
          deletion(adjustment.id),
          correction(triage.id, { notes: "never happened" }),
          deletion(run.id),
          deletion(checkIn.id),
          deletion(randomUUID()),
        ])
      ).json().results;
      expect(results.map((r: { status: string }) => r.status)).toEqual([
        "invalid",
        "invalid",
        "invalid",
        "invalid",
        "created",
        "created",
        "invalid",
      ]);
      expect(results[0].message).toBe("Red-flag answers and clearances are clinical records and cannot be deleted.");
      expect(results[1].message).toBe("Red-flag answers and clearances are clinical records and cannot be deleted.");
      expect(results[2].message).toMatch(/Coach changes are clinical records and cannot be deleted/);
      expect(results[3].message).toBe("Red-flag answers and clearances are clinical records and cannot be changed.");
      expect(results[6].message).toMatch(/entry to delete was not found/);
    });
  });

  describe("coach changes that loosen safety", () => {
    const adjust = (coach: Agent, runner: Agent, adjustment: Record<string, unknown>) =>
      call(server, coach, {
        method: "POST",
        url: `/api/athletes/${runner.userId}/adjustments`,
        payload: adjustmentBody(adjustment),
      });

    it("refuses a loosening without a written reason and takes it with one; tightening needs none", async () => {
      const { coach, runner } = await coachWithAthlete();
      const silent = await adjust(coach, runner, { kind: "pain-threshold", pain0to10: 5 });
      expect(silent.statusCode).toBe(400);
      expect(silent.json().error.message).toMatch(/pain stop above 3\/10.*write the reason the runner will see/);
      const blank = await adjust(coach, runner, { kind: "pain-threshold", pain0to10: 5, reason: "   " });
      expect(blank.statusCode).toBe(400);
      const morningOff = await adjust(coach, runner, { kind: "next-morning-check", enabled: false });
      expect(morningOff.statusCode).toBe(400);
      expect(morningOff.json().error.message).toMatch(/next-morning check/);
      const skip = await adjust(coach, runner, { kind: "skip-week", reason: " " });
      expect(skip.statusCode).toBe(400);
      expect(skip.json().error.message).toMatch(/Skipping a week/);

      const reasoned = await adjust(coach, runner, {
        kind: "pain-threshold",
        pain0to10: 5,
        reason: "Seen in clinic: the 4/10 ache is tendon, not back",
      });
      expect(reasoned.statusCode).toBe(201);
      expect((await adjust(coach, runner, { kind: "pain-threshold", pain0to10: 2 })).statusCode).toBe(201);
      expect((await adjust(coach, runner, { kind: "next-morning-check", enabled: true })).statusCode).toBe(201);
      expect((await adjust(coach, runner, { kind: "pain-threshold", pain0to10: 3 })).statusCode).toBe(201);
    });
  });

  describe("bringing back an export", () => {
    function exportDocument(events: unknown[]) {
      return {
        format: "backstride-export",
        version: 1,
        exportedAt: "2026-03-10T09:00:00.000Z",
        profile: {
          displayName: "Ray",
          distanceUnit: "km",
          weightUnit: "kg",
          timeZone: "UTC",
          goal: "",
          theme: "system",
          keepGpsTracks: false,
        },
        shoes: [],
        events,
      };
    }
    const coachEvent = (authorId: string, adjustment: Record<string, unknown>) => ({
      ...base("2026-03-09"),
      type: "coach.adjustment",
      authorId,
      adjustment,
    });

    it("judges each event as POST /api/events would, and keeps only coach changes from coaches let in", async () => {
      const { coach, runner } = await coachWithAthlete();
      const stranger = await signUp(server, { roles: ["coach"] });
      // Access ended: the coach's earlier changes are still this account's history.
      expect((await call(server, runner, { method: "DELETE", url: `/api/access/${coach.userId}` })).statusCode).toBe(
        200,
      );
      const triage = testEvents.triage("2026-03-01");
      const run = testEvents.run("2026-03-02");
      const fromCoach = coachEvent(coach.userId, { kind: "pain-threshold", pain0to10: 4, reason: "Agreed in clinic" });
      const forged = coachEvent(stranger.userId, { kind: "pain-threshold", pain0to10: 5, reason: "trust me" });
      const signedBySelf = coachEvent(runner.userId, { kind: "skip-week", reason: "I feel fine" });
      const silentLoosening = coachEvent(coach.userId, { kind: "next-morning-check", enabled: false });
      const tightening = coachEvent(coach.userId, { kind: "pain-threshold", pain0to10: 2 });
      const tooFast = impossibleRun("2026-03-03");
      const deleteTriage = deletion(triage.id);
      const document = exportDocument([
        triage,
        run,
        fromCoach,
        forged,
        signedBySelf,
        silentLoosening,
        tightening,
        tooFast,
        deleteTriage,
      ]);

      const restored = await call(server, runner, { method: "POST", url: "/api/import-export", payload: document });
      expect(restored.statusCode).toBe(200);
      const body = restored.json();
      expect(body.events).toEqual({ created: 4, duplicate: 0, conflict: 0, invalid: 5 });
      const refused = new Map(body.refused.map((r: { id: string; message: string }) => [r.id, r.message]));
      expect([...refused.keys()]).toEqual([
        forged.id,
        signedBySelf.id,
        silentLoosening.id,
        tooFast.id,
        deleteTriage.id,
      ]);
      expect(refused.get(forged.id)).toMatch(/only from a coach who has had access to this account/);
      expect(refused.get(signedBySelf.id)).toMatch(/only from a coach who has had access/);
      expect(refused.get(silentLoosening.id)).toMatch(/write the reason the runner will see/);
      expect(refused.get(tooFast.id)).toMatch(/faster than any human run/);
      expect(refused.get(deleteTriage.id)).toBe(
        "Red-flag answers and clearances are clinical records and cannot be deleted.",
      );
      const stored = (await call(server, runner, { method: "GET", url: "/api/events" })).json().events;
      expect(stored.map((event: { id: string }) => event.id)).toEqual([triage.id, run.id, fromCoach.id, tightening.id]);

      const again = (
        await call(server, runner, { method: "POST", url: "/api/import-export", payload: document })
      ).json();
      expect(again.events).toEqual({ created: 0, duplicate: 4, conflict: 0, invalid: 5 });
    });

    it("refuses a coach change for a runner who never let any coach in", async () => {
      const runner = await signUp(server);
      const coach = await signUp(server, { roles: ["coach"] });
      const document = exportDocument([coachEvent(coach.userId, { kind: "note", text: "hello" })]);
      const body = (
        await call(server, runner, { method: "POST", url: "/api/import-export", payload: document })
      ).json();
      expect(body.events).toMatchObject({ created: 0, invalid: 1 });
    });
  });

  describe("activity files", () => {
    it("reports an impossible run in a file as that file's error; the other files import", async () => {
      const runner = await signUp(server);
      const { payload, headers } = multipartBody([
        { name: "car-ride.gpx", bytes: gpxRun("2026-03-01T08:00:00Z", 5, 10) },
        { name: "easy.gpx", bytes: gpxRun("2026-03-02T08:00:00Z", 40, 6) },
      ]);
      const response = await call(server, runner, { method: "POST", url: "/api/imports", payload, headers });
      expect(response.statusCode).toBe(200);
      const [carRide, easy] = response.json().results;
      expect(carRide).toMatchObject({ file: "car-ride.gpx", status: "error", runIds: [] });
      expect(carRide.message).toMatch(/This run cannot be stored\..*faster than any human run/);
      expect(easy).toMatchObject({ file: "easy.gpx", status: "imported" });
      const runs = (await call(server, runner, { method: "GET", url: "/api/runs" })).json().runs;
      expect(runs.map((run: { id: string }) => run.id)).toEqual(easy.runIds);
    });
  });
});
