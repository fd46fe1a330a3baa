import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database-types.ts";

/**
 * Each roster entry keeps the ids of the coach's groups that hold its runner ("id,id" in the groups'
 * name order, '' for none), rebuilt with the entry (roster-entries-sync.ts) and after every group
 * write, so a roster page reads them with the row instead of looking them up for each row
 * (docs/decisions/roster-summary.md). Existing entries are filled by this frozen statement.
 */
export function rosterEntryGroups(kind: DatabaseKind): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable("roster_entries")
        .addColumn("group_ids", "text", (c) => c.notNull().defaultTo(""))
        .execute();
      const groupIds =
        kind === "postgres"
          ? sql`(select coalesce(string_agg(coach_groups.id, ',' order by coach_groups.name, coach_groups.id), '')
              from coach_groups inner join coach_group_members on coach_group_members.group_id = coach_groups.id
              where coach_groups.coach_id = roster_entries.coach_id
                and coach_group_members.runner_id = roster_entries.runner_id)`
          : sql`(select coalesce(group_concat(id, ','), '') from (select coach_groups.id as id
              from coach_groups inner join coach_group_members on coach_group_members.group_id = coach_groups.id
              where coach_groups.coach_id = roster_entries.coach_id
                and coach_group_members.runner_id = roster_entries.runner_id
              order by coach_groups.name, coach_groups.id))`;
      await sql`update roster_entries set group_ids = ${groupIds}`.execute(db);
    },
  };
}
