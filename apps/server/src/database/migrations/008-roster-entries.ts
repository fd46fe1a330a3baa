import type { Kysely, Migration } from "kysely";
import { syncRosterEntries } from "../../repositories/roster-entries-sync.ts";

/**
 * The roster read in index order (docs/decisions/roster-summary.md, "Reading 500 runners"): one row per
 * live consent with the columns a page shows, sorts and filters by, including the coach's own unread
 * count, so each sort is an index range and a page reads its 50 rows instead of joining and sorting all
 * of a coach's runners. The table is filled here from what is already stored.
 */
export const rosterEntries: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("roster_entries")
      .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("since", "text", (c) => c.notNull())
      .addColumn("as_of", "text")
      .addColumn("line", "text")
      .addColumn("attention_score", "integer", (c) => c.notNull())
      .addColumn("rank_score", "integer", (c) => c.notNull())
      .addColumn("attention_matches", "text", (c) => c.notNull())
      .addColumn("pain_key", "integer", (c) => c.notNull())
      .addColumn("adherence_key", "real", (c) => c.notNull())
      .addColumn("activity_key", "text", (c) => c.notNull())
      .addColumn("unread_messages", "integer", (c) => c.notNull())
      .addColumn("last_message_at", "text")
      .addColumn("stale_after", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("roster_entries_pk", ["coach_id", "runner_id"])
      .execute();
    // One index per sort, each ending in the tie-breakers every order shares (name, then id).
    const tail = ["name", "runner_id"];
    const sorts: Record<string, string[]> = {
      attention: ["coach_id", "rank_score desc", ...tail],
      name: ["coach_id", ...tail],
      pain: ["coach_id", "pain_key desc", "rank_score desc", ...tail],
      adherence: ["coach_id", "adherence_key", "rank_score desc", ...tail],
      activity: ["coach_id", "activity_key", "rank_score desc", ...tail],
      // Stale rows and the roster's size, both from the index alone.
      stale: ["coach_id", "stale_after"],
    };
    for (const [name, columns] of Object.entries(sorts)) {
      await db.schema.createIndex(`roster_entries_${name}`).on("roster_entries").columns(columns).execute();
    }
    await db.schema.createIndex("roster_entries_runner").on("roster_entries").column("runner_id").execute();
    await syncRosterEntries(db, {});
  },
};
