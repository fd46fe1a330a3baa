import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CoachingRepository } from "../src/repositories/coaching-repository.ts";
import { syncRosterEntries } from "../src/repositories/roster-entries-sync.ts";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./support/test-server.ts";

describe.runIf(databaseKinds.includes("postgres"))("roster entries under concurrent writes (PostgreSQL)", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("postgres");
  });
  afterAll(async () => test.dispose());

  async function user(name: string, roles: string): Promise<string> {
    const id = randomUUID();
    const now = new Date().toISOString();
    await test.database.db
      .insertInto("users")
      .values({ id, email: `${id}@example.test`, name, roles, password_hash: "x", created_at: now, updated_at: now })
      .execute();
    return id;
  }

  it("never lets a rebuild from an older snapshot overwrite a message another transaction added", async () => {
    const { db } = test.database;
    const coachId = await user("Coach Race", "coach");
    const runnerId = await user("Runner Race", "runner");
    await new CoachingRepository(db).grant(runnerId, coachId, new Date().toISOString());

    let releaseMessage = () => {};
    const messageHeld = new Promise<void>((resolve) => {
      releaseMessage = resolve;
    });
    let messageStored = () => {};
    const messageWritten = new Promise<void>((resolve) => {
      messageStored = resolve;
    });
    // The runner's message and its entry rebuild, held open before commit.
    const message = db.transaction().execute(async (trx) => {
      await new CoachingRepository(trx).insertMessage({
        id: randomUUID(),
        runnerId,
        coachId,
        authorId: runnerId,
        body: "Sore today",
        sentAt: new Date().toISOString(),
      });
      messageStored();
      await messageHeld;
    });
    await messageWritten;
    // Meanwhile another write for the runner (a summary rewrite) rebuilds the same entry.
    const other = db.transaction().execute(async (trx) => syncRosterEntries(trx, { runnerId }));
    await sleep(300);
    releaseMessage();
    await Promise.all([message, other]);

    const entry = await db
      .selectFrom("roster_entries")
      .select(["unread_messages", "rank_score", "attention_score"])
      .where("coach_id", "=", coachId)
      .where("runner_id", "=", runnerId)
      .executeTakeFirstOrThrow();
    expect(Number(entry.unread_messages)).toBe(1);
    expect(entry.rank_score).toBe(entry.attention_score + 15);
  });
});
