import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "../src/database/migrate.ts";
import { syncRosterEntries } from "../src/repositories/roster-entries-sync.ts";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./support/test-server.ts";

/** Each entry's change number, by runner. */
// biome-ignore lint/suspicious/noExplicitAny: the test reads the schema as the migrations left it
async function migratedNumbers(db: Kysely<any>): Promise<Map<string, string>> {
  const rows = await db.selectFrom("roster_entries").select(["runner_id", "change_seq"]).execute();
  return new Map(
    rows.map((row: { runner_id: string; change_seq: string | number }) => [row.runner_id, String(row.change_seq)]),
  );
}

describe.each(databaseKinds)("roster migrations over data stored before them, on %s", (kind) => {
  let test: TestDatabase | undefined;
  afterEach(async () => test?.dispose());

  it("fills roster entries with their groups and time zones, counts them, and folds view links into lists and days, as the live code would", async () => {
    test = await createTestDatabase(kind, { upTo: "007-roster-columns" });
    // biome-ignore lint/suspicious/noExplicitAny: the schema as of migration 007, not the current one
    const db = test.database.db as any;
    const at = "2026-03-10T08:00:00.000Z";
    const user = async (name: string, roles: string) => {
      const id = randomUUID();
      await db
        .insertInto("users")
        .values({ id, email: `${id}@example.test`, name, roles, password_hash: "x", created_at: at, updated_at: at })
        .execute();
      return id;
    };
    const coach = await user("Coach Old", "coach");
    const [summarised, bare, revoked] = [
      await user("Has Line", "runner"),
      await user("No Line", "runner"),
      await user("Gone", "runner"),
    ];
    for (const runnerId of [summarised, bare, revoked]) {
      await db
        .insertInto("coach_access")
        .values({ runner_id: runnerId, coach_id: coach, granted_at: at, revoked_at: runnerId === revoked ? at : null })
        .execute();
    }
    await db
      .insertInto("runner_summaries")
      .values({
        runner_id: summarised,
        as_of: "2026-03-10",
        log_version: 0,
        body: "{}",
        updated_at: at,
        line: '{"attention":{"score":40}}',
        attention_score: 40,
        attention_matches: "|missed-3-sessions|",
        last_pain_0to10: 2,
        adherence_7_share: 0.5,
        stale_after: "2026-03-11T00:00:00.000Z",
      })
      .execute();
    await db
      .insertInto("messages")
      .values({
        id: randomUUID(),
        runner_id: summarised,
        coach_id: coach,
        author_id: summarised,
        body: "Hi",
        sent_at: at,
      })
      .execute();
    await db
      .insertInto("profiles")
      .values({
        user_id: summarised,
        display_name: "Has Line",
        distance_unit: "km",
        weight_unit: "kg",
        time_zone: "Europe/Paris",
        goal: "",
        theme: "system",
        keep_gps_tracks: 0,
        updated_at: at,
      })
      .execute();
    const [zed, alpha] = [randomUUID(), randomUUID()];
    await db
      .insertInto("coach_groups")
      .values([
        { id: zed, coach_id: coach, name: "Zed", created_at: at },
        { id: alpha, coach_id: coach, name: "Alpha", created_at: at },
      ])
      .execute();
    await db
      .insertInto("coach_group_members")
      .values([
        { group_id: zed, runner_id: summarised },
        { group_id: alpha, runner_id: summarised },
        { group_id: zed, runner_id: bare },
      ])
      .execute();
    const viewId = randomUUID();
    await db
      .insertInto("roster_views")
      .values({ id: viewId, coach_id: coach, coach_name: "Coach Old", at, runner_count: 2 })
      .execute();
    await db
      .insertInto("roster_view_runners")
      .values([summarised, bare].map((runnerId) => ({ view_id: viewId, runner_id: runnerId })))
      .execute();

    await migrateToLatest(test.database.db, test.database.kind);

    const entries = () => db.selectFrom("roster_entries").selectAll().orderBy("runner_id").execute();
    const migrated = await entries();
    expect(migrated.map((row: { name: string }) => row.name).sort()).toEqual(["Has Line", "No Line"]);
    const withLine = migrated.find((row: { runner_id: string }) => row.runner_id === summarised);
    expect(withLine).toMatchObject({
      unread_messages: 1,
      rank_score: 55,
      pain_key: 2,
      stale_after: "2026-03-11T00:00:00.000Z",
      group_ids: `${alpha},${zed}`,
      time_zone: "Europe/Paris",
    });
    expect(migrated.find((row: { runner_id: string }) => row.runner_id === bare)).toMatchObject({
      stale_after: "",
      pain_key: -1,
      group_ids: zed,
      time_zone: null,
    });
    await syncRosterEntries(db, {});
    expect(await entries()).toEqual(migrated);
    expect(await db.selectFrom("roster_sizes").selectAll().execute()).toEqual([{ coach_id: coach, total: 2 }]);
    // Each migrated entry has its own change number, and a write that changes an entry gives it a new one
    // that no entry had (migration 013).
    const numbers = () => migratedNumbers(db);
    const before = await numbers();
    expect(new Set(before.values()).size).toBe(2);
    await db.updateTable("roster_entries").set({ unread_messages: 0 }).where("runner_id", "=", summarised).execute();
    const after = await numbers();
    expect(after.get(bare)).toBe(before.get(bare));
    expect([...before.values()]).not.toContain(after.get(summarised));

    const view = await db.selectFrom("roster_views").select("runner_ids").where("id", "=", viewId).executeTakeFirst();
    expect(new Set(JSON.parse(view.runner_ids))).toEqual(new Set([summarised, bare]));
    const days = await db.selectFrom("roster_view_days").selectAll().orderBy("runner_id").execute();
    expect(days).toEqual(
      [summarised, bare].sort().map((runnerId) => ({ runner_id: runnerId, coach_id: coach, day: "2026-03-10" })),
    );
  });
});
