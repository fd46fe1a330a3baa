import { type Kysely, type Migration, sql } from "kysely";

/**
 * Each roster entry keeps its runner's time zone (null: none set, read as UTC), rebuilt with the entry
 * (roster-entries-sync.ts) and after every profile save, so a roster page works out each runner's
 * today from its own rows instead of looking up the runner's profile for each row: that lookup was
 * about a quarter of the 50-row page statement in `pgbench` (docs/decisions/roster-summary.md).
 * Existing entries are filled by this frozen statement.
 */
export const rosterEntryTimeZones: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema.alterTable("roster_entries").addColumn("time_zone", "text").execute();
    await sql`update roster_entries set time_zone = (
      select profiles.time_zone from profiles where profiles.user_id = roster_entries.runner_id)`.execute(db);
  },
};
