import type { Kysely, Migration } from "kysely";

/**
 * The day a pair was bought or first run in (a local date, YYYY-MM-DD). Runs before it do not wear the
 * pair. Null on pairs added before this column: they start on the day they were added to Backstride.
 */
export const shoeStartedOn: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema.alterTable("shoes").addColumn("started_on", "text").execute();
  },
};
