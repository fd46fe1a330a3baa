import { type Kysely, type Migration, sql } from "kysely";

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
    // Filled from what is stored, with this migration's own statement: a migration must keep doing what
    // it did when later code (roster-entries-sync.ts) changes. The rules are the same: unread messages
    // add 15 to the rank, a missing sort key sorts last, a line not yet written or behind the log is
    // stale now ('').
    await sql`
      insert into roster_entries (coach_id, runner_id, name, since, as_of, line, attention_score, rank_score,
        attention_matches, pain_key, adherence_key, activity_key, unread_messages, last_message_at, stale_after)
      select coach_id, runner_id, name, since, as_of, line, attention_score,
        attention_score + case when unread_messages > 0 then 15 else 0 end,
        attention_matches, pain_key, adherence_key, activity_key, unread_messages, last_message_at, stale_after
      from (
        select
          coach_access.coach_id as coach_id,
          coach_access.runner_id as runner_id,
          users.name as name,
          coach_access.granted_at as since,
          runner_summaries.as_of as as_of,
          runner_summaries.line as line,
          coalesce(runner_summaries.attention_score, 0) as attention_score,
          coalesce(runner_summaries.attention_matches, '|') as attention_matches,
          coalesce(runner_summaries.last_pain_0to10, -1) as pain_key,
          coalesce(runner_summaries.adherence_7_share, 1e9) as adherence_key,
          coalesce(runner_summaries.last_activity_date, '9999-12-31') as activity_key,
          (select count(*) from messages
            left join message_reads
              on message_reads.coach_id = messages.coach_id and message_reads.runner_id = messages.runner_id
            where messages.coach_id = coach_access.coach_id
              and messages.runner_id = coach_access.runner_id
              and messages.author_id = messages.runner_id
              and (message_reads.read_at is null or messages.sent_at > message_reads.read_at)) as unread_messages,
          (select max(messages.sent_at) from messages
            where messages.coach_id = coach_access.coach_id
              and messages.runner_id = coach_access.runner_id) as last_message_at,
          case
            when runner_summaries.line is null or runner_summaries.stale_after is null
              or runner_summaries.log_version <> users.event_log_version then ''
            else runner_summaries.stale_after
          end as stale_after
        from coach_access
        inner join users on users.id = coach_access.runner_id
        left join runner_summaries on runner_summaries.runner_id = coach_access.runner_id
        where coach_access.revoked_at is null
      ) as stored`.execute(db);
  },
};
