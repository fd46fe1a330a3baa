import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database-types.ts";

/**
 * A roster view's audit is one row listing the runners it showed (docs/decisions/roster-summary.md,
 * "Audit"): `runner_ids`, a JSON array, replaces one link row per runner, which
 * cost every view 50 index entries and about 17 kB of write-ahead log. A runner's own audit goes from
 * the days a coach's views showed them (roster_view_days, one row per runner, coach and day) to that
 * coach's views of those days (roster_views_coach_at) that list them. Existing links are folded into
 * their views' lists and days.
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
      await db.schema.createIndex("roster_views_coach_at").on("roster_views").columns(["coach_id", "at"]).execute();
      // Which (UTC) days a coach's views showed a runner: written once per runner, coach and day (an
      // insert that finds its key writes nothing), it leads a runner's audit to that day's views only.
      await db.schema
        .createTable("roster_view_days")
        .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("day", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("roster_view_days_pk", ["runner_id", "coach_id", "day"])
        .execute();
      await sql`
        insert into roster_view_days (runner_id, coach_id, day)
        select distinct roster_view_runners.runner_id, roster_views.coach_id, substr(roster_views.at, 1, 10)
        from roster_view_runners inner join roster_views on roster_views.id = roster_view_runners.view_id
        where roster_views.coach_id is not null`.execute(db);
      await db.schema.dropTable("roster_view_runners").execute();
    },
  };
}
