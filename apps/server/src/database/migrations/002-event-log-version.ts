import { type Kysely, type Migration, sql } from "kysely";

/**
 * A per-user counter bumped by every event write, in the same transaction. It versions the runner's
 * log in one row (the memoised plan is keyed by it) and the update doubles as the per-user write
 * lock that keeps PostgreSQL sequence numbers committing in order.
 */
export const eventLogVersion: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable("users")
      .addColumn("event_log_version", "integer", (c) => c.notNull().defaultTo(sql`0`))
      .execute();
  },
};
