import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database-types.ts";

/**
 * A roster view's audit is one row listing the runners it showed (docs/decisions/roster-summary.md,
 * "The audit of a roster view"): `runner_ids`, a JSON array, replaces one link row per runner, which
 * cost every view 50 index entries and about 17 kB of write-ahead log. A runner's own audit finds the
 * views of the coaches they shared with (roster_views_coach_at) that list them. Existing links are
 * folded into their views' lists.
 */
export function rosterViewLists(kind: DatabaseKind): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable("roster_views")
        .addColumn("runner_ids", "text", (c) => c.notNull().defaultTo("[]"))
        .execute();
      const listed =
        kind === "postgres"
          ? sql`(select coalesce(json_agg(runner_id order by runner_id)::text, '[]') from roster_view_runners
              where roster_view_runners.view_id = roster_views.id)`
          : sql`(select coalesce(json_group_array(runner_id), '[]') from roster_view_runners
              where roster_view_runners.view_id = roster_views.id)`;
      await sql`update roster_views set runner_ids = ${listed}`.execute(db);
      await db.schema.dropTable("roster_view_runners").execute();
      await db.schema.createIndex("roster_views_coach_at").on("roster_views").columns(["coach_id", "at"]).execute();
    },
  };
}
