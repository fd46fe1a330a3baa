import { randomUUID } from "node:crypto";
import { maxEventsPerBatch } from "@backstride/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, signUp } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

/** The most events an export may carry (exportDocumentSchema). */
const maxExportEvents = 200_000;
const dayMs = 86_400_000;

/**
 * Small, valid check-ins spread 20 a day back from 2026-03-09 (about 27 years), so the document stays
 * under the restore's body limit and every date is a plausible one.
 */
function checkIns(count: number) {
  const lastDayMs = Date.parse("2026-03-09T00:00:00.000Z");
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(lastDayMs - Math.floor(index / 20) * dayMs).toISOString().slice(0, 10);
    const minute = String(index % 20).padStart(2, "0");
    return {
      id: randomUUID(),
      version: 1,
      type: "pain.checkin",
      occurredAt: `${day}T20:${minute}:00.000Z`,
      localDate: day,
      pain0to10: index % 3,
    };
  });
}

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

describe.each(databaseKinds)("batches of any allowed size (issue 9, defect 6), on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, { startJobs: false });
  });
  afterAll(async () => server.close());

  it(`brings back an export of ${maxExportEvents.toLocaleString("en")} events`, async () => {
    const runner = await signUp(server);
    const events = checkIns(maxExportEvents - 1);
    // A repeated id inside the document is the same answer again, not a second event.
    const payload = JSON.stringify(exportDocument([...events, events[0]]));
    const restored = await call(server, runner, {
      method: "POST",
      url: "/api/import-export",
      payload,
      headers: { "content-type": "application/json" },
    });
    expect(restored.statusCode, restored.body.slice(0, 300)).toBe(200);
    expect(restored.json().events).toEqual({ created: maxExportEvents - 1, duplicate: 1, conflict: 0, invalid: 0 });

    const count = await server.testDatabase.database.db
      .selectFrom("events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("user_id", "=", runner.userId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(maxExportEvents - 1);
  }, 240_000);

  it(`stores a POST /api/events batch of ${maxEventsPerBatch}, the most one request may carry`, async () => {
    const runner = await signUp(server);
    const events = Array.from({ length: maxEventsPerBatch }, (_, index) =>
      testEvents.pain("2026-03-09", index % 4, {
        occurredAt: `2026-03-09T20:00:${String(index % 60).padStart(2, "0")}Z`,
      }),
    );
    const response = await call(server, runner, { method: "POST", url: "/api/events", payload: { events } });
    expect(response.statusCode).toBe(200);
    const statuses = response.json().results.map((result: { status: string }) => result.status);
    expect(statuses).toEqual(events.map(() => "created"));
    const again = await call(server, runner, { method: "POST", url: "/api/events", payload: { events } });
    expect(again.json().results.map((result: { status: string }) => result.status)).toEqual(
      events.map(() => "duplicate"),
    );
    const page = await call(server, runner, { method: "GET", url: `/api/events?limit=1000` });
    expect(page.json().events.map((event: { id: string }) => event.id)).toEqual(events.map((event) => event.id));
  });
});
