import type { Kysely, Migration } from "kysely";

/**
 * The coach's roster (issue 11): one stored summary per runner, rewritten in the transaction that
 * stores the runner's events, so the roster is one indexed read and never folds a log; coach groups
 * and their members; when a coach last read each runner's messages (unread counts); and roster views
 * audited as one row per view with the runners it showed (docs/decisions/roster-summary.md).
 */
export const rosterSummary: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("runner_summaries")
      .addColumn("runner_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("as_of", "text", (c) => c.notNull())
      .addColumn("log_version", "integer", (c) => c.notNull())
      .addColumn("red_flag_level", "text")
      .addColumn("last_checkin_date", "text")
      .addColumn("last_activity_date", "text")
      .addColumn("body", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    // Stale rows (a day has passed) are found by date.
    await db.schema.createIndex("runner_summaries_as_of").on("runner_summaries").column("as_of").execute();

    await db.schema
      .createTable("coach_groups")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("coach_groups_coach").on("coach_groups").columns(["coach_id", "name"]).execute();
    await db.schema
      .createTable("coach_group_members")
      .addColumn("group_id", "text", (c) => c.notNull().references("coach_groups.id").onDelete("cascade"))
      .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("coach_group_members_pk", ["group_id", "runner_id"])
      .execute();

    await db.schema
      .createTable("message_reads")
      .addColumn("coach_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("read_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("message_reads_pk", ["coach_id", "runner_id"])
      .execute();
    // Unread counts for one coach: their messages by runner and time.
    await db.schema
      .createIndex("messages_coach_runner_sent")
      .on("messages")
      .columns(["coach_id", "runner_id", "sent_at"])
      .execute();

    await db.schema
      .createTable("roster_views")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("coach_id", "text", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("coach_name", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("runner_count", "integer", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("roster_view_runners")
      .addColumn("view_id", "text", (c) => c.notNull().references("roster_views.id").onDelete("cascade"))
      .addColumn("runner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("roster_view_runners_pk", ["view_id", "runner_id"])
      .execute();
    await db.schema.createIndex("roster_view_runners_runner").on("roster_view_runners").column("runner_id").execute();
  },
};
