import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
import { unreadMessagesScore } from "../services/attention.ts";

/** Sort keys that put a missing value last in each order (roster_entries, migration 008). */
export const missingPainKey = -1;
export const missingAdherenceKey = 1e9;
export const missingActivityKey = "9999-12-31";

/**
 * The columns a rebuild may change. An entry whose columns all come out as stored is not written: a
 * group save rebuilds every entry of the coach, and rewriting the unchanged ones would only leave dead
 * rows to read past until vacuum (bench/roster: after its 11 group saves, 6,816 dead rows, and the
 * 500-runner roster's 10-row page at p99 27 ms instead of 18 until a vacuum).
 */
const entryColumns = [
  "name",
  "since",
  "as_of",
  "line",
  "attention_score",
  "rank_score",
  "attention_matches",
  "pain_key",
  "adherence_key",
  "activity_key",
  "unread_messages",
  "last_message_at",
  "stale_after",
  "group_ids",
  "time_zone",
] as const;

/** Which roster entries to rebuild: one consent, all of a runner's, or every one (an empty scope). */
export interface RosterEntriesScope {
  runnerId?: string | undefined;
  coachId?: string | undefined;
}

function scoped(scope: RosterEntriesScope, table: string): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (scope.runnerId !== undefined) parts.push(sql`${sql.ref(`${table}.runner_id`)} = ${scope.runnerId}`);
  if (scope.coachId !== undefined) parts.push(sql`${sql.ref(`${table}.coach_id`)} = ${scope.coachId}`);
  return sql.join(parts, sql` and `);
}

/**
 * Rebuilds the roster entries in `scope` from the rows they derive from: the live consent
 * (coach_access), the runner's name and time zone, their stored summary, the messages between the two
 * with the coach's read marker, and the coach's groups. An entry whose consent was revoked goes. One
 * statement each, in the caller's transaction, so the entry is a pure function of its sources after
 * every write that touches them: a consent given or revoked, a message sent, a thread read, a summary
 * rewritten, a group saved or deleted, a profile saved.
 * An entry is stale now ('') when the runner has no line yet or their log moved past the summary.
 */
// biome-ignore lint/suspicious/noExplicitAny: a transaction or the database, whatever its schema type
export async function syncRosterEntries(db: Kysely<any>, scope: RosterEntriesScope): Promise<void> {
  // Two writes for one runner (a message and a summary) must not rebuild the same entry from two
  // snapshots, the later-committing one overwriting what the other added. Taking the runner's row lock
  // first (the one every event write takes at its start) queues them: the statements below then start
  // after the other transaction committed, and see its rows. SQLite has one writer at a time already.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (scope.runnerId !== undefined && postgres) {
    await sql`select id from users where id = ${scope.runnerId} for update`.execute(db);
  }
  // The coach's groups holding the runner, in the groups' name order (the roster shows them so).
  const groupIds = postgres
    ? sql`(select coalesce(string_agg(coach_groups.id, ',' order by coach_groups.name, coach_groups.id), '')
        from coach_groups inner join coach_group_members on coach_group_members.group_id = coach_groups.id
        where coach_groups.coach_id = coach_access.coach_id and coach_group_members.runner_id = coach_access.runner_id)`
    : sql`(select coalesce(group_concat(id, ','), '') from (select coach_groups.id as id
        from coach_groups inner join coach_group_members on coach_group_members.group_id = coach_groups.id
        where coach_groups.coach_id = coach_access.coach_id and coach_group_members.runner_id = coach_access.runner_id
        order by coach_groups.name, coach_groups.id))`;
  await sql`
    delete from roster_entries
    where ${scoped(scope, "roster_entries")}
      and not exists (
        select 1 from coach_access
        where coach_access.coach_id = roster_entries.coach_id
          and coach_access.runner_id = roster_entries.runner_id
          and coach_access.revoked_at is null)`.execute(db);
  await sql`
    insert into roster_entries (coach_id, runner_id, name, since, as_of, line, attention_score, rank_score,
      attention_matches, pain_key, adherence_key, activity_key, unread_messages, last_message_at, stale_after,
      group_ids, time_zone)
    select coach_id, runner_id, name, since, as_of, line, attention_score,
      attention_score + case when unread_messages > 0 then ${sql.lit(unreadMessagesScore)} else 0 end,
      attention_matches, pain_key, adherence_key, activity_key, unread_messages, last_message_at, stale_after,
      group_ids, time_zone
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
        coalesce(runner_summaries.last_pain_0to10, ${sql.lit(missingPainKey)}) as pain_key,
        coalesce(runner_summaries.adherence_7_share, ${sql.lit(missingAdherenceKey)}) as adherence_key,
        coalesce(runner_summaries.last_activity_date, ${sql.lit(missingActivityKey)}) as activity_key,
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
        end as stale_after,
        ${groupIds} as group_ids,
        profiles.time_zone as time_zone
      from coach_access
      inner join users on users.id = coach_access.runner_id
      left join runner_summaries on runner_summaries.runner_id = coach_access.runner_id
      left join profiles on profiles.user_id = coach_access.runner_id
      where ${scoped(scope, "coach_access")} and coach_access.revoked_at is null
    ) as fresh
    where true
    on conflict (coach_id, runner_id) do update set ${sql.join(
      entryColumns.map((column) => sql`${sql.ref(column)} = ${sql.ref(`excluded.${column}`)}`),
    )}
    where ${sql.join(
      entryColumns.map(
        (column) => sql`${sql.ref(`roster_entries.${column}`)} is distinct from ${sql.ref(`excluded.${column}`)}`,
      ),
      sql` or `,
    )}`.execute(db);
}

/**
 * Runs `write` and then the sync of `scope` in one transaction: the caller's when it is already in one,
 * else a new one, so a crash never leaves a consent, message or summary without its roster entry.
 */
export async function withRosterEntriesSynced<DB, T>(
  db: Kysely<DB>,
  scope: RosterEntriesScope,
  write: (trx: Kysely<DB>) => Promise<T>,
  shouldSync: (result: T) => boolean = () => true,
): Promise<T> {
  const run = async (trx: Kysely<DB>) => {
    const result = await write(trx);
    if (shouldSync(result)) await syncRosterEntries(trx, scope);
    return result;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
