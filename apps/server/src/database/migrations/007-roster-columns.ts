import type { Kysely, Migration } from "kysely";

/**
 * The roster reads only what it shows (docs/decisions/roster-summary.md, "Reading 500 runners"): each
 * summary row also keeps its roster line as of `as_of` (a small JSON: attention, phase, adherence, the
 * 14-day pain line) and the columns the roster sorts and filters on, so the database sorts, filters and
 * pages a coach's runners and the server parses only the lines of the page it sends. Rows written before
 * this migration have no line and count as stale: the next roster view rewrites them.
 */
export const rosterColumns: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
  async up(db: Kysely<any>) {
    await db.schema.alterTable("runner_summaries").addColumn("line", "text").execute();
    await db.schema
      .alterTable("runner_summaries")
      .addColumn("attention_score", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
    // "|needs-attention|red-flag|": a filter is one LIKE on the row already read, in both databases.
    await db.schema
      .alterTable("runner_summaries")
      .addColumn("attention_matches", "text", (c) => c.notNull().defaultTo("|"))
      .execute();
    await db.schema.alterTable("runner_summaries").addColumn("last_pain_0to10", "integer").execute();
    await db.schema.alterTable("runner_summaries").addColumn("adherence_7_share", "real").execute();
    // When as_of ends in the runner's time zone (UTC ISO): the line is stale from then on, found by one comparison.
    await db.schema.alterTable("runner_summaries").addColumn("stale_after", "text").execute();
  },
};
