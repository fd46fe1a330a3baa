import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipartBody } from "./support/multipart.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

/** The test clock's today is 2026-03-10 (UTC); the runner's zone is UTC. */
const today = "2026-03-10";

/** A check-in with its own local date and timestamp, as a client could send it. */
const checkInAt = (localDate: string, occurredAt: string, overrides: Record<string, unknown> = {}) =>
  testEvents.pain(localDate, 2, { occurredAt, ...overrides });

/** The meaningless events issue 9 (defect 12) found stored without complaint. */
function meaningless() {
  return {
    year0100: checkInAt("0100-01-01", "0100-01-01T12:00:00Z"),
    year9999: checkInAt("9999-12-31", "9999-12-31T12:00:00Z"),
    nextWeek: checkInAt("2026-03-17", "2026-03-17T12:00:00Z"),
    mismatched: checkInAt("2001-05-01", "2030-05-01T12:00:00Z"),
    tenThousandKeys: testEvents.triage(
      today,
      Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`key-${index}`, true])),
    ),
    loneSurrogate: checkInAt(today, `${today}T08:00:00Z`, { notes: "sore \uD83C after" }),
  };
}

function gpxRun(startIso: string, minutes: number, kilometres: number): Uint8Array {
  const end = new Date(Date.parse(startIso) + minutes * 60_000).toISOString();
  const latitudeDegrees = kilometres / 111.2;
  const trkpts = [
    { lat: 51.5, time: startIso },
    { lat: 51.5 + latitudeDegrees, time: end },
  ]
    .map((p) => `<trkpt lat="${p.lat}" lon="-0.12"><time>${p.time}</time></trkpt>`)
    .join("");
  return new TextEncoder().encode(
    `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${trkpts}</trkseg></trk></gpx>`,
  );
}

function exportDocument(events: unknown[], shoes: unknown[] = []) {
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
    shoes,
    events,
  };
}

const exportedShoe = (overrides: Record<string, unknown>) => ({
  id: randomUUID(),
  name: "Daily",
  brand: null,
  dropMm: null,
  startDistanceMeters: 0,
  isDefault: true,
  warnAtMeters: null,
  replaceAtMeters: null,
  retiredAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  ...overrides,
});

describe.each(databaseKinds)("the write gate: what events and shoes must mean (issue 9, defect 12), on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, { startJobs: false });
  });
  afterAll(async () => server.close());

  const post = (agent: Agent, events: unknown[]) =>
    call(server, agent, { method: "POST", url: "/api/events", payload: { events } });
  const storedEvents = async (agent: Agent) =>
    (await call(server, agent, { method: "GET", url: "/api/events?limit=1000" })).json().events as {
      id: string;
      notes?: string;
    }[];

  describe("POST /api/events", () => {
    it("refuses each meaningless event with its reason and stores the sound one beside them", async () => {
      const runner = await signUp(server);
      const bad = meaningless();
      const sound = checkInAt(today, `${today}T08:00:00Z`);
      const response = await post(runner, [...Object.values(bad), sound]);
      expect(response.statusCode).toBe(200);
      const results = response.json().results as { id: string; status: string; field?: string; message?: string }[];
      const byId = new Map(results.map((result) => [result.id, result]));
      expect(byId.get(sound.id)?.status).toBe("created");
      expect(byId.get(bad.year0100.id)).toMatchObject({ status: "invalid", field: "localDate" });
      expect(byId.get(bad.year0100.id)?.message).toMatch(/before 1900-01-01/);
      expect(byId.get(bad.year9999.id)).toMatchObject({ status: "invalid", field: "localDate" });
      expect(byId.get(bad.nextWeek.id)?.message).toMatch(/2026-03-17 is in the future/);
      expect(byId.get(bad.mismatched.id)).toMatchObject({ status: "invalid", field: "occurredAt" });
      expect(byId.get(bad.tenThousandKeys.id)).toMatchObject({ status: "invalid", field: "answers.key-0" });
      expect(byId.get(bad.tenThousandKeys.id)?.message).toMatch(/^Not a red-flag question: .* and 9997 more\.$/);
      expect(byId.get(bad.loneSurrogate.id)).toMatchObject({ status: "invalid", field: "notes" });
      expect((await storedEvents(runner)).map((event) => event.id)).toEqual([sound.id]);
    });

    it("refuses a local date the timestamp never fell on, and takes one it falls on east of UTC", async () => {
      const runner = await signUp(server);
      const elsewhere = checkInAt("2026-03-05", "2026-03-07T12:00:00Z");
      const kiribati = checkInAt("2026-03-08", "2026-03-07T12:00:00Z");
      const results = (await post(runner, [elsewhere, kiribati])).json().results;
      expect(results.map((result: { status: string }) => result.status)).toEqual(["invalid", "created"]);
      expect(results[0].message).toMatch(/is not a day that 2026-03-07T12:00:00Z falls on anywhere/);
    });

    it("judges the date against the runner's own today", async () => {
      const runner = await signUp(server);
      const profile = (await call(server, runner, { method: "GET", url: "/api/profile" })).json();
      // 09:00 UTC on the 10th is already 22:00 on the 10th in Kiritimati (UTC+14): the 12th is two days on.
      await call(server, runner, {
        method: "PUT",
        url: "/api/profile",
        payload: { ...profile, timeZone: "Pacific/Kiritimati" },
      });
      const inTwoDays = checkInAt("2026-03-12", "2026-03-12T08:00:00+14:00");
      const inThreeDays = checkInAt("2026-03-13", "2026-03-13T08:00:00+14:00");
      const results = (await post(runner, [inTwoDays, inThreeDays])).json().results;
      expect(results.map((result: { status: string }) => result.status)).toEqual(["created", "invalid"]);
    });

    it("stores text as NFC without NUL characters, and the same answer again is a duplicate", async () => {
      const runner = await signUp(server);
      const event = checkInAt(today, `${today}T08:00:00Z`, { notes: "Cafe\u0301 run\u0000, fine" });
      expect((await post(runner, [event])).json().results[0].status).toBe("created");
      expect((await storedEvents(runner))[0]?.notes).toBe("Café run, fine");
      expect((await post(runner, [event])).json().results[0].status).toBe("duplicate");
      // A text that was nothing but NUL characters is empty once cleaned: the schema's rules still hold.
      const clearance = {
        ...testEvents.pain(today, 0),
        type: "clearance.recorded",
        clinician: "\u0000\u0000",
        pain0to10: undefined,
      };
      const refused = (await post(runner, [clearance])).json();
      expect(refused.error?.field ?? refused.results?.[0]?.field).toMatch(/clinician/);
    });
  });

  describe("shoes", () => {
    it("refuses a replacement distance below the warning distance, on create and on change", async () => {
      const runner = await signUp(server);
      const created = await call(server, runner, {
        method: "POST",
        url: "/api/shoes",
        payload: { name: "Trail", warnAtMeters: 500_000, replaceAtMeters: 0 },
      });
      expect(created.statusCode).toBe(400);
      expect(created.json().error).toMatchObject({ code: "validation", field: "replaceAtMeters" });
      expect(created.json().error.message).toMatch(/must be more than the warning distance/);
      const shoe = (
        await call(server, runner, {
          method: "POST",
          url: "/api/shoes",
          payload: { name: "Road\u0000 shoe", warnAtMeters: 400_000, replaceAtMeters: 700_000 },
        })
      ).json();
      expect(shoe.name).toBe("Road shoe");
      const patch = await call(server, runner, {
        method: "PATCH",
        url: `/api/shoes/${shoe.id}`,
        payload: { replaceAtMeters: 300_000 },
      });
      expect(patch.statusCode).toBe(400);
      expect(patch.json().error.field).toBe("replaceAtMeters");
      const renamed = await call(server, runner, {
        method: "PATCH",
        url: `/api/shoes/${shoe.id}`,
        payload: { name: "Half \uDC00 pair" },
      });
      expect(renamed.statusCode).toBe(400);
      expect(renamed.json().error.field).toBe("name");
      const shoes = (await call(server, runner, { method: "GET", url: "/api/shoes" })).json().shoes;
      expect(shoes).toMatchObject([{ name: "Road shoe", warnAtMeters: 400_000, replaceAtMeters: 700_000 }]);
    });
  });

  describe("every way in passes the same gate (one write path)", () => {
    it("a restore refuses the same meaningless events and reports each one", async () => {
      const runner = await signUp(server);
      const bad = meaningless();
      const sound = checkInAt(today, `${today}T08:00:00Z`, { notes: "Cafe\u0301" });
      const restored = await call(server, runner, {
        method: "POST",
        url: "/api/import-export",
        payload: exportDocument([...Object.values(bad), sound]),
      });
      expect(restored.statusCode).toBe(200);
      const body = restored.json();
      expect(body.events).toEqual({ created: 1, duplicate: 0, conflict: 0, invalid: 6 });
      expect(body.refused.map((result: { id: string }) => result.id)).toEqual(
        Object.values(bad).map((event) => event.id),
      );
      expect(await storedEvents(runner)).toMatchObject([{ id: sound.id, notes: "Café" }]);
    });

    it("a restore with a shoe whose thresholds are out of order is refused before anything is written", async () => {
      const runner = await signUp(server);
      const sound = checkInAt(today, `${today}T08:00:00Z`);
      const shoes = [exportedShoe({}), exportedShoe({ warnAtMeters: 500_000, replaceAtMeters: 0, isDefault: false })];
      const restored = await call(server, runner, {
        method: "POST",
        url: "/api/import-export",
        payload: exportDocument([sound], shoes),
      });
      expect(restored.statusCode).toBe(400);
      expect(restored.json().error).toMatchObject({ code: "validation", field: "shoes.1.replaceAtMeters" });
      expect(await storedEvents(runner)).toEqual([]);
      expect((await call(server, runner, { method: "GET", url: "/api/shoes" })).json().shoes).toEqual([]);
    });

    it("an activity file dated in the future is refused like a typed run of that day", async () => {
      const runner = await signUp(server);
      const { payload, headers } = multipartBody([
        { name: "future.gpx", bytes: gpxRun("2031-06-01T08:00:00Z", 40, 6) },
        { name: "ancient.gpx", bytes: gpxRun("1890-06-01T08:00:00Z", 40, 6) },
        { name: "easy.gpx", bytes: gpxRun("2026-03-02T08:00:00Z", 40, 6) },
      ]);
      const response = await call(server, runner, { method: "POST", url: "/api/imports", payload, headers });
      expect(response.statusCode).toBe(200);
      const [future, ancient, easy] = response.json().results;
      expect(future).toMatchObject({ file: "future.gpx", status: "error", runIds: [] });
      expect(future.message).toMatch(/This run cannot be stored\. 2031-06-01 is in the future/);
      expect(ancient).toMatchObject({ file: "ancient.gpx", status: "error", runIds: [] });
      expect(ancient.message).toMatch(/before 1900-01-01/);
      expect(easy).toMatchObject({ file: "easy.gpx", status: "imported" });
    });

    it("a coach's change is judged by the same gate", async () => {
      const coach = await signUp(server, { roles: ["coach"], name: "Coach Kim" });
      const runner = await signUp(server, { name: "Runner Ray" });
      const { code } = (await call(server, coach, { method: "POST", url: "/api/invites" })).json();
      expect((await call(server, runner, { method: "POST", url: `/api/invites/${code}/accept` })).statusCode).toBe(200);
      const adjusted = await call(server, coach, {
        method: "POST",
        url: `/api/athletes/${runner.userId}/adjustments`,
        payload: {
          id: randomUUID(),
          occurredAt: "2099-03-10T09:00:00.000Z",
          localDate: "2099-03-10",
          adjustment: { kind: "note", text: "From the future" },
        },
      });
      expect(adjusted.statusCode).toBe(400);
      expect(adjusted.json().error.message).toMatch(/in the future/);
    });
  });
});
