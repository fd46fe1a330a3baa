import type { Kysely, Migration } from "kysely";

/**
 * A roster view's audit costs one index entry per runner shown (docs/decisions/roster-summary.md,
 * "Reading 500 runners"): the runners of a view are keyed by runner first, which is how they are read
 * (a runner's own audit), and carry no foreign keys. Both rows of a view are written in one statement
 * or transaction by the one repository method that writes them, and an account's rows are deleted
 * with the account (users-repository.ts) instead of by a cascade that checked two keys on every insert.
 */
export const rosterViewRunnersKeyedByRunner: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema
      .createTable("roster_view_runners_next")
      .addColumn("runner_id", "text", (c) => c.notNull())
      .addColumn("view_id", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("roster_view_runners_by_runner_pk", ["runner_id", "view_id"])
      .execute();
    await db
      .insertInto("roster_view_runners_next")
      .columns(["runner_id", "view_id"])
      .expression(db.selectFrom("roster_view_runners").select(["runner_id", "view_id"]))
      .execute();
    await db.schema.dropTable("roster_view_runners").execute();
    await db.schema.alterTable("roster_view_runners_next").renameTo("roster_view_runners").execute();
  },
};
