import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseKind } from "../database-types.ts";

/**
 * How many roster entries each coach has, kept by triggers on roster_entries (an entry inserted adds
 * one, an entry deleted takes one away; an upsert that updates adds nothing), so a roster page reads
 * the roster's size as one row instead of counting the coach's entries on every view: counting 500 was
 * a third of the 50-row page statement's execution (docs/decisions/roster-summary.md). Entries are
 * inserted and deleted only when a consent is given or revoked (or an account goes), so the triggers
 * cost nothing on the writes that happen all day. Filled from the entries stored now.
 */
export function rosterSizes(kind: DatabaseKind): Migration {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("roster_sizes")
        .addColumn("coach_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
        .addColumn("total", "integer", (c) => c.notNull())
        .execute();
      await sql`insert into roster_sizes (coach_id, total)
        select coach_id, count(*) from roster_entries group by coach_id`.execute(db);
      if (kind === "postgres") {
        await sql`create function roster_sizes_follow() returns trigger language plpgsql as $$
          begin
            if tg_op = 'INSERT' then
              insert into roster_sizes (coach_id, total) values (new.coach_id, 1)
                on conflict (coach_id) do update set total = roster_sizes.total + 1;
            else
              update roster_sizes set total = total - 1 where coach_id = old.coach_id;
            end if;
            return null;
          end $$`.execute(db);
        await sql`create trigger roster_sizes_follow after insert or delete on roster_entries
          for each row execute function roster_sizes_follow()`.execute(db);
        return;
      }
      await sql`create trigger roster_sizes_on_insert after insert on roster_entries begin
          insert or ignore into roster_sizes (coach_id, total) values (new.coach_id, 0);
          update roster_sizes set total = total + 1 where coach_id = new.coach_id;
        end`.execute(db);
      await sql`create trigger roster_sizes_on_delete after delete on roster_entries begin
          update roster_sizes set total = total - 1 where coach_id = old.coach_id;
        end`.execute(db);
    },
  };
}
