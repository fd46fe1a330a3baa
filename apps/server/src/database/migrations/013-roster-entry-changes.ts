import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database-types.ts";

/**
 * A change number per roster entry (`change_seq`), new on every insert and every update that writes the
 * row, and never given to two rows: the set of change numbers on a page therefore names exactly what the
 * page shows. The roster keeps a page it rendered and, on the next view, asks the database whether the
 * page's change numbers are still the same (one index range, in the statement that writes the view's
 * audit row) instead of reading and rendering its lines again (docs/decisions/roster-summary.md).
 * Numbers come from a sequence on PostgreSQL (unique, though not in commit order, which comparing sets
 * does not need) and from a one-row counter on SQLite, whose writers take turns. Triggers set them, so
 * no writer of roster_entries can change a row without changing its number; existing rows get distinct
 * ones. Each sort's index (migration 008) gains the number as its last column, so the check reads the
 * index alone: looking up 50 rows for it cost about as much as reading the page.
 */
export function rosterEntryChanges(kind: DatabaseKind): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
    async up(db: Kysely<any>) {
      if (kind === "postgres") await addChangeSeqPostgres(db);
      else await addChangeSeqSqlite(db);
      // Migration 008's columns in the same order, then the change number: the order stays the same,
      // since the runner id before it is unique within a coach's entries.
      const tail = ["name", "runner_id", "change_seq"];
      const sorts: Record<string, string[]> = {
        attention: ["coach_id", "rank_score desc", ...tail],
        name: ["coach_id", ...tail],
        pain: ["coach_id", "pain_key desc", "rank_score desc", ...tail],
        adherence: ["coach_id", "adherence_key", "rank_score desc", ...tail],
        activity: ["coach_id", "activity_key", "rank_score desc", ...tail],
      };
      for (const [name, columns] of Object.entries(sorts)) {
        await db.schema.dropIndex(`roster_entries_${name}`).execute();
        await db.schema.createIndex(`roster_entries_${name}`).on("roster_entries").columns(columns).execute();
      }
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
async function addChangeSeqPostgres(db: Kysely<any>): Promise<void> {
  await sql`create sequence roster_entry_changes`.execute(db);
  // A volatile default: the table is rewritten and every existing row draws its own number.
  await sql`alter table roster_entries
    add column change_seq bigint not null default nextval('roster_entry_changes')`.execute(db);
  await sql`create function roster_entries_change_seq() returns trigger language plpgsql as $$
    begin
      new.change_seq := nextval('roster_entry_changes');
      return new;
    end $$`.execute(db);
  await sql`create trigger roster_entries_change_seq before update on roster_entries
    for each row execute function roster_entries_change_seq()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
async function addChangeSeqSqlite(db: Kysely<any>): Promise<void> {
  await sql`create table roster_entry_changes (last integer not null)`.execute(db);
  await sql`alter table roster_entries add column change_seq integer not null default 0`.execute(db);
  await sql`update roster_entries set change_seq = rowid`.execute(db);
  await sql`insert into roster_entry_changes (last) select coalesce(max(change_seq), 0) from roster_entries`.execute(
    db,
  );
  // SQLite's triggers cannot set NEW: each writes the row again. That inner update changes change_seq,
  // so the update trigger's condition keeps it from firing on it.
  for (const [name, event, condition] of [
    ["roster_entries_change_seq_on_insert", "insert", ""],
    ["roster_entries_change_seq_on_update", "update", "when new.change_seq = old.change_seq"],
  ] as const) {
    await sql
      .raw(
        `create trigger ${name} after ${event} on roster_entries ${condition} begin
          update roster_entry_changes set last = last + 1;
          update roster_entries set change_seq = (select last from roster_entry_changes) where rowid = new.rowid;
        end`,
      )
      .execute(db);
  }
}
