import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories, type Repositories } from "../src/repositories/repositories.ts";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./support/test-server.ts";

const now = "2026-03-10T09:00:00.000Z";

describe.each(databaseKinds)("repositories on %s", (kind) => {
  let testDatabase: TestDatabase;
  let repositories: Repositories;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    repositories = createRepositories(testDatabase.database.db);
  });
  afterAll(async () => testDatabase.dispose());

  async function user(): Promise<string> {
    const id = randomUUID();
    await repositories.users.insert({
      id,
      email: `${id}@example.test`,
      name: "R",
      roles: ["runner"],
      passwordHash: "x",
      createdAt: now,
    });
    return id;
  }

  it("counts rate-limit attempts atomically and restarts the window once it has passed", async () => {
    const key = `k-${randomUUID()}`;
    const counts = await Promise.all(
      Array.from({ length: 10 }, () => repositories.rateLimits.hit(key, now, "2026-03-10T08:45:00.000Z")),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const later = "2026-03-10T10:00:00.000Z";
    expect(await repositories.rateLimits.hit(key, later, "2026-03-10T09:45:00.000Z")).toBe(1);
  });

  it("lets exactly one of two instances claim an import job, until its lease runs out", async () => {
    const userId = await user();
    const jobId = randomUUID();
    await repositories.imports.insertJob(
      {
        id: jobId,
        userId,
        fileName: "a.zip",
        status: "queued",
        totalFiles: 0,
        processedFiles: 0,
        results: [],
        createdAt: now,
        finishedAt: null,
      },
      new Uint8Array([1, 2, 3]),
    );
    const other = createRepositories((await testDatabase.reopen()).db);
    const lease = "2026-03-10T09:01:00.000Z";
    const [a, b] = await Promise.all([
      repositories.imports.claim(jobId, now, lease),
      other.imports.claim(jobId, now, lease),
    ]);
    expect([a, b].filter((claim) => claim !== null)).toHaveLength(1);
    expect((a ?? b)?.payload).toEqual(new Uint8Array([1, 2, 3]));
    expect(await other.imports.claimableJobIds("2026-03-10T09:00:30.000Z")).not.toContain(jobId);
    expect(await other.imports.claimableJobIds("2026-03-10T09:02:00.000Z")).toContain(jobId);
    expect(await other.imports.claim(jobId, "2026-03-10T09:02:00.000Z", "2026-03-10T09:03:00.000Z")).not.toBeNull();
  });

  it("stores an event id once per user, whoever races to insert it", async () => {
    const userId = await user();
    const id = randomUUID();
    const row = { id, type: "pain.checkin", localDate: "2026-03-10", occurredAt: now, body: "{}", bodyHash: "h" };
    const inserted = await Promise.all(
      Array.from({ length: 5 }, () => repositories.events.insertIfAbsent(userId, row, now)),
    );
    expect(inserted.filter(Boolean)).toHaveLength(1);
    // Another user may use the same client id without touching the first user's event.
    expect(await repositories.events.insertIfAbsent(await user(), row, now)).toBe(true);
    expect((await repositories.events.all(userId)).map((event) => event.id)).toEqual([id]);
  });

  it("reserves an idempotency key once and replays its stored response", async () => {
    const userId = await user();
    expect(await repositories.idempotency.reserve(userId, "createShoe", "key", "hash", now)).toBe(true);
    expect(await repositories.idempotency.reserve(userId, "createShoe", "key", "hash", now)).toBe(false);
    await repositories.idempotency.complete(userId, "createShoe", "key", 201, '{"ok":true}');
    expect(await repositories.idempotency.find(userId, "createShoe", "key")).toEqual({
      bodyHash: "hash",
      statusCode: 201,
      responseBody: '{"ok":true}',
    });
  });

  it("bumps the log version with every event write and reads it with the time zone", async () => {
    const userId = await user();
    expect(await repositories.users.planStamp(userId)).toEqual({
      eventLogVersion: 0,
      timeZone: null,
      distanceUnit: "km",
    });
    await repositories.events.bumpLogVersion(userId);
    await repositories.events.bumpLogVersion(userId);
    expect((await repositories.users.planStamp(userId))?.eventLogVersion).toBe(2);
  });

  it("cascades a user's deletion to their rows and keeps other users' audit with the coach's name", async () => {
    const runnerId = await user();
    const coachId = await user();
    await repositories.coaching.grant(runnerId, coachId, now);
    await repositories.coaching.insertAudit({ runnerId, coachId, coachName: "Coach", action: "athletePlan", at: now });
    await repositories.users.delete(coachId);
    expect(await repositories.coaching.activeAccess(runnerId, coachId)).toBeNull();
    expect(await repositories.coaching.auditOf(runnerId, 10)).toEqual([
      { coach_id: null, coach_name: "Coach", action: "athletePlan", at: now },
    ]);
  });
});
