import { randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

const profile = {
  displayName: "Ada",
  distanceUnit: "mi",
  weightUnit: "lb",
  timeZone: "America/Los_Angeles",
  goal: "Back to 30 km a week",
  theme: "dark",
  keepGpsTracks: false,
};

describe.each(databaseKinds)("runner data on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(async () => server.close());

  describe("profile", () => {
    it("has defaults after sign-up, and is replaced by PUT", async () => {
      const agent = await signUp(server, { name: "Ada" });
      const initial = await call(server, agent, { method: "GET", url: "/api/profile" });
      expect(initial.json()).toMatchObject({ displayName: "Ada", distanceUnit: "km", timeZone: "UTC" });
      const put = await call(server, agent, { method: "PUT", url: "/api/profile", payload: profile });
      expect(put.statusCode).toBe(200);
      expect((await call(server, agent, { method: "GET", url: "/api/profile" })).json()).toEqual(profile);
    });

    it("rejects an unknown time zone and unknown fields with the field named", async () => {
      const agent = await signUp(server);
      const badZone = await call(server, agent, {
        method: "PUT",
        url: "/api/profile",
        payload: { ...profile, timeZone: "Mars/Olympus_Mons" },
      });
      expect(badZone.statusCode).toBe(400);
      expect(badZone.json().error.field).toBe("timeZone");
      const extra = await call(server, agent, {
        method: "PUT",
        url: "/api/profile",
        payload: { ...profile, admin: true },
      });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().error.field).toBe("admin");
    });
  });

  describe("events", () => {
    it("stores each event once: same id and body = duplicate, same id and other body = conflict", async () => {
      const agent = await signUp(server);
      const run = testEvents.run("2026-03-09");
      const first = await call(server, agent, { method: "POST", url: "/api/events", payload: { events: [run] } });
      expect(first.json().results).toEqual([{ id: run.id, status: "created" }]);
      // Key order and defaults do not matter: the canonical body is compared.
      const reordered = Object.fromEntries(Object.entries({ ...run, source: "manual" }).reverse());
      const again = await call(server, agent, { method: "POST", url: "/api/events", payload: { events: [reordered] } });
      expect(again.json().results).toEqual([{ id: run.id, status: "duplicate" }]);
      const changed = { ...run, distanceMeters: 6000 };
      const other = testEvents.pain("2026-03-09", 2);
      const conflict = await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: { events: [changed, other, { id: "nope", type: "pain.checkin" }] },
      });
      expect(conflict.statusCode).toBe(200);
      const results = conflict.json().results;
      expect(results[0]).toMatchObject({ id: run.id, status: "conflict" });
      expect(results[1]).toEqual({ id: other.id, status: "created" });
      expect(results[2]).toMatchObject({ id: "nope", status: "invalid" });
      const page = await call(server, agent, { method: "GET", url: "/api/events" });
      expect(page.json().events.map((event: { id: string }) => event.id)).toEqual([run.id, other.id]);
      expect(page.json().events[0].distanceMeters).toBe(5000);
    });

    it("answers 400 when every event of a batch is invalid, and caps the batch at 500", async () => {
      const agent = await signUp(server);
      const bad = await call(server, agent, { method: "POST", url: "/api/events", payload: { events: [{}] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toMatch(/^events\.0/);
      const many = Array.from({ length: 501 }, () => testEvents.pain("2026-03-01", 1));
      const tooMany = await call(server, agent, { method: "POST", url: "/api/events", payload: { events: many } });
      expect(tooMany.statusCode).toBe(400);
    });

    it("refuses coach adjustments and foreign author ids from the runner", async () => {
      const agent = await signUp(server);
      const adjustment = {
        id: randomUUID(),
        version: 1,
        type: "coach.adjustment",
        occurredAt: "2026-03-09T10:00:00Z",
        localDate: "2026-03-09",
        adjustment: { kind: "note", text: "self-made" },
      };
      const forged = testEvents.pain("2026-03-09", 1, { authorId: randomUUID() });
      const response = await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: { events: [adjustment, forged] },
      });
      expect(response.statusCode).toBe(400);
    });

    it("pages through events with a cursor for incremental sync", async () => {
      const agent = await signUp(server);
      const events = Array.from({ length: 5 }, (_, index) => testEvents.pain(`2026-03-0${index + 1}`, index));
      await call(server, agent, { method: "POST", url: "/api/events", payload: { events } });
      const first = (await call(server, agent, { method: "GET", url: "/api/events?limit=2" })).json();
      expect(first.events).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      const second = (
        await call(server, agent, { method: "GET", url: `/api/events?limit=10&after=${first.nextCursor}` })
      ).json();
      expect(second.events.map((event: { id: string }) => event.id)).toEqual(events.slice(2).map((event) => event.id));
      expect(second.hasMore).toBe(false);
      const idle = (await call(server, agent, { method: "GET", url: `/api/events?after=${second.nextCursor}` })).json();
      expect(idle).toEqual({ events: [], nextCursor: second.nextCursor, hasMore: false });
      const bad = await call(server, agent, { method: "GET", url: "/api/events?after=abc" });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe("after");
    });
  });

  describe("plan", () => {
    it("computes today in the runner's time zone with the server clock", async () => {
      const agent = await signUp(server);
      await call(server, agent, {
        method: "PUT",
        url: "/api/profile",
        payload: { ...profile, timeZone: "Pacific/Kiritimati" },
      });
      server.clock.current = new Date("2026-03-10T20:00:00.000Z");
      const plan = await call(server, agent, { method: "GET", url: "/api/plan/today" });
      expect(plan.statusCode).toBe(200);
      // UTC+14: 20:00 UTC on the 10th is already the 11th there.
      expect(plan.json().today).toBe("2026-03-11");
      expect(plan.json().phase).toBe("onboarding");
      expect(plan.headers["cache-control"]).toBe("no-store");
      const gzipped = await call(server, agent, {
        method: "GET",
        url: "/api/plan/today",
        headers: { "accept-encoding": "br, gzip" },
      });
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(gzipped.headers.vary).toContain("accept-encoding");
      expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString("utf8"))).toEqual(plan.json());
      const refused = await call(server, agent, {
        method: "GET",
        url: "/api/plan/today",
        headers: { "accept-encoding": "gzip;q=0" },
      });
      expect(refused.headers["content-encoding"]).toBeUndefined();
    });

    it("follows new events at once (the memoised plan is keyed by the log)", async () => {
      const agent = await signUp(server);
      server.clock.current = new Date("2026-03-10T12:00:00.000Z");
      const before = (await call(server, agent, { method: "GET", url: "/api/plan/today" })).json();
      const emergency = testEvents.triage("2026-03-10", { "saddle-numbness": true, "bladder-change": true });
      await call(server, agent, { method: "POST", url: "/api/events", payload: { events: [emergency] } });
      const after = (await call(server, agent, { method: "GET", url: "/api/plan/today" })).json();
      expect(after).not.toEqual(before);
      expect(after.runningAllowed).toBe(false);
    });
  });

  describe("shoes and runs", () => {
    it("adds shoes, sums run distance per shoe, sets the default and retires", async () => {
      const agent = await signUp(server);
      const first = await call(server, agent, {
        method: "POST",
        url: "/api/shoes",
        payload: {
          name: "Daily trainer",
          brand: "Acme",
          dropMm: 8,
          startDistanceMeters: 290_000,
          startedOn: "2026-02-01",
        },
      });
      expect(first.statusCode).toBe(201);
      const shoe = first.json();
      expect(shoe).toMatchObject({
        isDefault: true,
        startedOn: "2026-02-01",
        distanceMeters: 290_000,
        wear: { status: "ok" },
      });
      const second = (
        await call(server, agent, { method: "POST", url: "/api/shoes", payload: { name: "Racer", isDefault: true } })
      ).json();
      expect(second.isDefault).toBe(true);
      await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: {
          events: [
            // A 200 km ultra in 20 hours: long, but a run someone can run (over 250 km is refused).
            testEvents.run("2026-03-01", { shoeId: shoe.id, distanceMeters: 200_000, durationSeconds: 72_000 }),
            testEvents.run("2026-03-03", { shoeId: shoe.id, distanceMeters: 10_000 }),
            // Before the pair was bought (an old import given to the default pair): it wore other shoes.
            testEvents.run("2026-01-20", { shoeId: shoe.id, distanceMeters: 15_000, durationSeconds: 5400 }),
          ],
        },
      });
      const list = (await call(server, agent, { method: "GET", url: "/api/shoes" })).json().shoes;
      const daily = list.find((item: { id: string }) => item.id === shoe.id);
      expect(daily).toMatchObject({ isDefault: false, distanceMeters: 500_000, wear: { status: "warn" } });
      const patched = await call(server, agent, {
        method: "PATCH",
        url: `/api/shoes/${shoe.id}`,
        payload: { replaceAtMeters: 450_000 },
      });
      expect(patched.json().wear.status).toBe("replace");
      const retired = await call(server, agent, { method: "DELETE", url: `/api/shoes/${shoe.id}` });
      expect(retired.json()).toMatchObject({ retiredAt: expect.any(String), wear: { status: "retired" } });
      const runs = (await call(server, agent, { method: "GET", url: "/api/runs" })).json().runs;
      expect(runs.map((run: { localDate: string }) => run.localDate)).toEqual([
        "2026-03-03",
        "2026-03-01",
        "2026-01-20",
      ]);
      expect(runs[0]).toMatchObject({ shoeName: "Daily trainer", source: "manual", import: null });
    });

    it("starts a pair added without a start date on the day it was added, and follows corrected runs", async () => {
      const agent = await signUp(server);
      const shoe = (
        await call(server, agent, { method: "POST", url: "/api/shoes", payload: { name: "Old pair" } })
      ).json();
      // The test clock's day in the profile's zone (UTC): 2026-03-10.
      expect(shoe).toMatchObject({ isDefault: true, startedOn: "2026-03-10", distanceMeters: 0 });
      const imported = testEvents.run("2023-05-01", { shoeId: shoe.id, distanceMeters: 21_000, source: "import" });
      const today = testEvents.run("2026-03-10", { shoeId: shoe.id, distanceMeters: 6000 });
      const other = testEvents.run("2026-03-10", { distanceMeters: 4000 });
      await call(server, agent, { method: "POST", url: "/api/events", payload: { events: [imported, today, other] } });
      const read = async () =>
        (await call(server, agent, { method: "GET", url: "/api/shoes" })).json().shoes[0].distanceMeters;
      expect(await read()).toBe(6000);
      const base = { version: 1, occurredAt: "2026-03-10T12:00:00.000Z", localDate: "2026-03-10" };
      await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: {
          events: [
            { ...base, id: randomUUID(), type: "run.corrected", forEventId: other.id, changes: { shoeId: shoe.id } },
            { ...base, id: randomUUID(), type: "entry.deleted", forEventId: today.id },
          ],
        },
      });
      expect(await read()).toBe(4000);
    });

    it("treats another runner's shoe as absent (404)", async () => {
      const owner = await signUp(server);
      const other = await signUp(server);
      const shoe = (await call(server, owner, { method: "POST", url: "/api/shoes", payload: { name: "Mine" } })).json();
      const patch = await call(server, other, {
        method: "PATCH",
        url: `/api/shoes/${shoe.id}`,
        payload: { name: "Stolen" },
      });
      expect(patch.statusCode).toBe(404);
      expect((await call(server, other, { method: "DELETE", url: `/api/shoes/${shoe.id}` })).statusCode).toBe(404);
    });

    it("replays a POST with the same Idempotency-Key and refuses it with another body (409)", async () => {
      const agent = await signUp(server);
      const key = randomUUID();
      const send = (name: string) =>
        call(server, agent, {
          method: "POST",
          url: "/api/shoes",
          headers: { "idempotency-key": key },
          payload: { name },
        });
      const first = await send("Trail shoe");
      const second = await send("Trail shoe");
      expect(second.statusCode).toBe(201);
      expect(second.headers["idempotent-replayed"]).toBe("true");
      expect(second.json()).toEqual(first.json());
      expect((await call(server, agent, { method: "GET", url: "/api/shoes" })).json().shoes).toHaveLength(1);
      const different = await send("Road shoe");
      expect(different.statusCode).toBe(409);
      expect(different.json().error.code).toBe("conflict");
    });
  });

  describe("export, import and account deletion", () => {
    it("round-trips everything through the JSON export, idempotently", async () => {
      const source = await signUp(server);
      await call(server, source, { method: "PUT", url: "/api/profile", payload: profile });
      const shoe = (
        await call(server, source, { method: "POST", url: "/api/shoes", payload: { name: "Daily" } })
      ).json();
      const events = [
        testEvents.triage("2026-03-01"),
        testEvents.run("2026-03-02", { shoeId: shoe.id, notes: '=HYPERLINK("x"), "quoted"' }),
        testEvents.pain("2026-03-02", 3),
      ];
      await call(server, source, { method: "POST", url: "/api/events", payload: { events } });
      const exported = await call(server, source, { method: "GET", url: "/api/export.json" });
      expect(exported.statusCode).toBe(200);
      const document = exported.json();
      expect(document).toMatchObject({ format: "backstride-export", version: 1, profile });
      expect(document.events).toHaveLength(3);

      const target = await signUp(server);
      const imported = await call(server, target, { method: "POST", url: "/api/import-export", payload: document });
      expect(imported.statusCode).toBe(200);
      expect(imported.json().events).toEqual({ created: 3, duplicate: 0, conflict: 0, invalid: 0 });
      const again = await call(server, target, { method: "POST", url: "/api/import-export", payload: document });
      expect(again.json().events).toEqual({ created: 0, duplicate: 3, conflict: 0, invalid: 0 });
      expect(again.json().shoes).toEqual({ created: 0, existing: 1 });
      const reexported = (await call(server, target, { method: "GET", url: "/api/export.json" })).json();
      expect(reexported.profile).toEqual(profile);
      expect(reexported.events.map((event: { id: string }) => event.id)).toEqual(events.map((event) => event.id));
      // The shoe id belonged to the source account, so the target got its own id and the run follows it.
      expect(reexported.shoes[0].id).not.toBe(shoe.id);
      expect(reexported.events[1].shoeId).toBe(reexported.shoes[0].id);

      const runsCsv = await call(server, source, { method: "GET", url: "/api/export/runs.csv" });
      expect(runsCsv.headers["content-type"]).toContain("text/csv");
      expect(runsCsv.body.split("\r\n")[0]).toContain("distanceMeters");
      expect(runsCsv.body).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
      const painCsv = (await call(server, source, { method: "GET", url: "/api/export/pain.csv" })).body;
      expect(painCsv.trim().split("\r\n")).toHaveLength(1 + 3);
    });

    it("deletes every row of the account", async () => {
      const agent = await signUp(server, { roles: ["runner", "coach"] });
      const other = await signUp(server);
      await call(server, agent, { method: "POST", url: "/api/shoes", payload: { name: "Shoe" } });
      await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: { events: [testEvents.run("2026-03-02"), testEvents.pain("2026-03-02", 2)] },
      });
      await call(server, agent, {
        method: "POST",
        url: "/api/shoes",
        headers: { "idempotency-key": "k1" },
        payload: { name: "Other" },
      });
      const invite = (await call(server, agent, { method: "POST", url: "/api/invites" })).json();
      await call(server, other, { method: "POST", url: `/api/invites/${invite.code}/accept` });
      await call(server, agent, { method: "GET", url: `/api/athletes/${other.userId}/plan` });
      expect((await call(server, agent, { method: "GET", url: "/api/athletes" })).json().athletes).toHaveLength(1);
      await call(server, agent, {
        method: "POST",
        url: `/api/athletes/${other.userId}/messages`,
        payload: { id: randomUUID(), body: "Hello" },
      });

      const wrong = await call(server, agent, { method: "DELETE", url: "/api/account", payload: { password: "nope" } });
      expect(wrong.statusCode).toBe(403);
      const deleted = await call(server, agent, {
        method: "DELETE",
        url: "/api/account",
        payload: { password: agent.password },
      });
      expect(deleted.statusCode).toBe(200);
      const db = server.testDatabase.database.db;
      const id = agent.userId;
      const counts = {
        users: await db.selectFrom("users").where("id", "=", id).select(db.fn.countAll().as("n")).executeTakeFirst(),
        sessions: await db
          .selectFrom("sessions")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        profiles: await db
          .selectFrom("profiles")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        events: await db
          .selectFrom("events")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        shoes: await db
          .selectFrom("shoes")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        idempotency: await db
          .selectFrom("idempotency_keys")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        files: await db
          .selectFrom("imported_files")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        activities: await db
          .selectFrom("imported_activities")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        jobs: await db
          .selectFrom("import_jobs")
          .where("user_id", "=", id)
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        invites: await db
          .selectFrom("invites")
          .where((eb) => eb.or([eb("coach_id", "=", id), eb("accepted_by", "=", id)]))
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        rosterEntries: await db
          .selectFrom("roster_entries")
          .where((eb) => eb.or([eb("coach_id", "=", id), eb("runner_id", "=", id)]))
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        rosterViewDays: await db
          .selectFrom("roster_view_days")
          .where((eb) => eb.or([eb("coach_id", "=", id), eb("runner_id", "=", id)]))
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        access: await db
          .selectFrom("coach_access")
          .where((eb) => eb.or([eb("coach_id", "=", id), eb("runner_id", "=", id)]))
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        audit: await db
          .selectFrom("audit_log")
          .where((eb) => eb.or([eb("coach_id", "=", id), eb("runner_id", "=", id)]))
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
        messages: await db
          .selectFrom("messages")
          .where((eb) => eb.or([eb("coach_id", "=", id), eb("runner_id", "=", id), eb("author_id", "=", id)]))
          .select(db.fn.countAll().as("n"))
          .executeTakeFirst(),
      };
      for (const [table, row] of Object.entries(counts)) expect([table, Number(row?.n)]).toEqual([table, 0]);
      // The runner's own audit record keeps the coach's name, not the id of the deleted account.
      const audit = (await call(server, other, { method: "GET", url: "/api/audit" })).json();
      expect(audit.entries[0]).toMatchObject({ coachId: "", coachName: "Test Runner" });
      expect((await call(server, agent, { method: "GET", url: "/api/profile" })).statusCode).toBe(401);
    });
  });

  describe("bad input", () => {
    it("never answers 500 and never leaks a stack, whatever the body", async () => {
      const agent = await signUp(server);
      const urls = [
        ["POST", "/api/events"],
        ["PUT", "/api/profile"],
        ["POST", "/api/shoes"],
        ["POST", "/api/import-export"],
        ["POST", "/api/auth/sign-in"],
        ["POST", "/api/auth/sign-up"],
      ] as const;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...urls), fc.jsonValue(), async ([method, url], body) => {
          const response = await call(server, agent, {
            method,
            url,
            payload: JSON.stringify(body),
            headers: { "content-type": "application/json" },
          });
          expect(response.statusCode).toBeLessThan(500);
          expect(response.body).not.toMatch(/at .+\.ts:\d+/);
          if (response.statusCode >= 400) expect(response.json().error.code).toEqual(expect.any(String));
        }),
        { numRuns: 60 },
      );
      const notJson = await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: "{not json",
        headers: { "content-type": "application/json" },
      });
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error.code).toBe("bad_request");
      const proto = await call(server, agent, {
        method: "PUT",
        url: "/api/profile",
        payload: '{"__proto__":{"admin":true}}',
        headers: { "content-type": "application/json" },
      });
      expect(proto.statusCode).toBe(400);
      const huge = await call(server, agent, {
        method: "POST",
        url: "/api/events",
        payload: JSON.stringify({ events: [{ notes: "x".repeat(2 * 1024 * 1024) }] }),
        headers: { "content-type": "application/json" },
      });
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.code).toBe("payload_too_large");
    });

    it("answers unknown API paths with a JSON 404 and sends the security headers", async () => {
      const response = await server.app.inject({ method: "GET", url: "/api/nope" });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
      expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(response.headers["content-security-policy"]).not.toContain("unsafe-inline");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
    });
  });
});
