import { sql } from "kysely";
import type { Db } from "../database/database-types.ts";
import { chunksOf, maxParametersOf, postgresMaxParameters, rowsPerStatement } from "./batch-limits.ts";

export interface StoredSummaryRow {
  runnerId: string;
  asOf: string;
  logVersion: number;
  redFlagLevel: string | null;
  lastCheckinDate: string | null;
  lastActivityDate: string | null;
  body: string;
  /** The roster line as of asOf (JSON) and the columns the roster sorts and filters by. */
  line: string;
  attentionScore: number;
  attentionMatches: string;
  lastPain0to10: number | null;
  adherence7Share: number | null;
  /** When asOf ends in the runner's time zone (UTC ISO): the row is stale from then on. */
  staleAfter: string;
}

/** One roster line of a page as read: the runner, consent, the stored line, time zone and unread count. */
export interface RosterPageRow {
  runnerId: string;
  name: string;
  since: string;
  timeZone: string | null;
  asOf: string | null;
  line: string | null;
  unreadMessages: number;
  lastMessageAt: string | null;
}

export type RosterSort = "attention" | "name" | "pain" | "adherence" | "activity";

export interface RosterPageQuery {
  /** A filter from attention.ts, matched against the stored "|a|b|" column. */
  filter?: string | undefined;
  q?: string | undefined;
  groupId?: string | undefined;
  sort: RosterSort;
  limit: number;
  offset: number;
}

/** Score an unread message adds to the stored attention (roster-line.ts). */
const unreadWeight = 15;

/** `%` and `_` typed in a search are letters, not wildcards. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Roster summaries, coach groups, message read markers and roster-view audit rows. */
export class RosterRepository {
  constructor(private readonly db: Db) {}

  async findSummary(runnerId: string): Promise<{ asOf: string; logVersion: number; body: string } | null> {
    const row = await this.db
      .selectFrom("runner_summaries")
      .select(["as_of", "log_version", "body"])
      .where("runner_id", "=", runnerId)
      .executeTakeFirst();
    return row ? { asOf: row.as_of, logVersion: Number(row.log_version), body: row.body } : null;
  }

  async upsertSummary(row: StoredSummaryRow, nowIso: string): Promise<void> {
    const values = {
      as_of: row.asOf,
      log_version: row.logVersion,
      red_flag_level: row.redFlagLevel,
      last_checkin_date: row.lastCheckinDate,
      last_activity_date: row.lastActivityDate,
      body: row.body,
      line: row.line,
      attention_score: row.attentionScore,
      attention_matches: row.attentionMatches,
      last_pain_0to10: row.lastPain0to10,
      adherence_7_share: row.adherence7Share,
      stale_after: row.staleAfter,
      updated_at: nowIso,
    };
    await this.db
      .insertInto("runner_summaries")
      .values({ runner_id: row.runnerId, ...values })
      .onConflict((oc) => oc.column("runner_id").doUpdateSet(values))
      .execute();
  }

  /** Whether anyone currently looks after the runner (a carer with access not revoked). */
  async hasCarer(runnerId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("coach_access")
      .select("coach_id")
      .where("runner_id", "=", runnerId)
      .where("revoked_at", "is", null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * How many runners the coach has, and which of their summaries are stale (none yet, written before
   * the runner's latest events or before their day ended), oldest first. One aggregate row unless
   * some are stale, so a roster view never ships every runner's row to find the stale ones.
   */
  async rosterStatus(coachId: string, nowIso: string): Promise<{ total: number; stale: string[] }> {
    const base = this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.runner_id")
      .leftJoin("runner_summaries", "runner_summaries.runner_id", "coach_access.runner_id")
      .where("coach_access.coach_id", "=", coachId)
      .where("coach_access.revoked_at", "is", null);
    const staleWhen = sql<boolean>`(runner_summaries.line is null or runner_summaries.stale_after is null or runner_summaries.log_version <> users.event_log_version or runner_summaries.stale_after <= ${nowIso})`;
    const counts = await base
      .select((eb) => [
        eb.fn.countAll<number | string>().as("total"),
        eb.fn.sum<number | string | null>(sql`case when ${staleWhen} then 1 else 0 end`).as("stale"),
      ])
      .executeTakeFirst();
    const total = Number(counts?.total ?? 0);
    if (Number(counts?.stale ?? 0) === 0) return { total, stale: [] };
    const stale = await base
      .select("users.id")
      .where(staleWhen)
      .orderBy(sql`coalesce(runner_summaries.as_of, '')`)
      .execute();
    return { total, stale: stale.map((row) => row.id) };
  }

  /**
   * One page of the roster, filtered, searched, sorted and cut in the database over all the coach's
   * runners (coach_access_coach index, the summary by primary key, unread counts from one grouped read
   * of the coach's messages on messages_coach_runner_sent), and how many rows match before the cut.
   * Only the page's stored lines leave the database.
   */
  async rosterPage(coachId: string, query: RosterPageQuery): Promise<{ rows: RosterPageRow[]; matching: number }> {
    const unread = this.db
      .selectFrom("messages")
      .leftJoin("message_reads", (join) =>
        join
          .onRef("message_reads.coach_id", "=", "messages.coach_id")
          .onRef("message_reads.runner_id", "=", "messages.runner_id"),
      )
      .select((eb) => [
        "messages.runner_id as runner_id",
        eb.fn
          .sum<number | string>(
            eb
              .case()
              .when(
                eb.and([
                  eb("messages.author_id", "=", eb.ref("messages.runner_id")),
                  eb.or([
                    eb("message_reads.read_at", "is", null),
                    eb("messages.sent_at", ">", eb.ref("message_reads.read_at")),
                  ]),
                ]),
              )
              .then(1)
              .else(0)
              .end(),
          )
          .as("unread"),
        eb.fn.max("messages.sent_at").as("last_message_at"),
      ])
      .where("messages.coach_id", "=", coachId)
      .groupBy("messages.runner_id")
      .as("unread");
    let base = this.db
      .selectFrom("coach_access")
      .innerJoin("users", "users.id", "coach_access.runner_id")
      .leftJoin("runner_summaries", "runner_summaries.runner_id", "coach_access.runner_id")
      .leftJoin("profiles", "profiles.user_id", "coach_access.runner_id")
      .leftJoin(unread, "unread.runner_id", "coach_access.runner_id")
      .where("coach_access.coach_id", "=", coachId)
      .where("coach_access.revoked_at", "is", null);
    if (query.groupId) {
      const groupId = query.groupId;
      base = base.where((eb) =>
        eb.exists(
          eb
            .selectFrom("coach_group_members")
            .select("coach_group_members.runner_id")
            .whereRef("coach_group_members.runner_id", "=", "coach_access.runner_id")
            .where("coach_group_members.group_id", "=", groupId),
        ),
      );
    }
    if (query.filter) base = base.where("runner_summaries.attention_matches", "like", `%|${query.filter}|%`);
    const search = query.q?.trim().toLowerCase() ?? "";
    if (search !== "") {
      base = base.where(sql`lower(users.name)`, "like", sql`${`%${likeEscaped(search)}%`} escape '\\'`);
    }
    const score = sql<number>`coalesce(runner_summaries.attention_score, 0) + case when coalesce(unread.unread, 0) > 0 then ${sql.lit(unreadWeight)} else 0 end`;
    // The count of matching rows rides on each row of the page (a window over the filtered rows), so the
    // page and its count are one statement; an empty page (past the end) counts separately below.
    let page = base.select((eb) => [
      "users.id",
      "users.name",
      "coach_access.granted_at",
      "profiles.time_zone",
      "runner_summaries.as_of",
      "runner_summaries.line",
      "unread.unread",
      "unread.last_message_at",
      eb.fn.countAll<number | string>().over().as("matching"),
    ]);
    // Missing values last in every order, the same way in both databases (no NULLS LAST in SQLite < 3.30).
    switch (query.sort) {
      case "attention":
        page = page.orderBy(score, "desc");
        break;
      case "pain":
        page = page
          .orderBy(sql`case when runner_summaries.last_pain_0to10 is null then 1 else 0 end`)
          .orderBy("runner_summaries.last_pain_0to10", "desc")
          .orderBy(score, "desc");
        break;
      case "adherence":
        page = page
          .orderBy(sql`case when runner_summaries.adherence_7_share is null then 1 else 0 end`)
          .orderBy("runner_summaries.adherence_7_share", "asc")
          .orderBy(score, "desc");
        break;
      case "activity":
        page = page
          .orderBy(sql`case when runner_summaries.last_activity_date is null then 1 else 0 end`)
          .orderBy("runner_summaries.last_activity_date", "asc")
          .orderBy(score, "desc");
        break;
      case "name":
        break;
    }
    const rows = await page.orderBy("users.name").orderBy("users.id").limit(query.limit).offset(query.offset).execute();
    const matching =
      rows[0] !== undefined
        ? Number(rows[0].matching)
        : query.offset === 0
          ? 0
          : Number(
              (await base.select((eb) => eb.fn.countAll<number | string>().as("matching")).executeTakeFirst())
                ?.matching ?? 0,
            );
    return {
      matching,
      rows: rows.map((row) => ({
        runnerId: row.id,
        name: row.name,
        since: row.granted_at,
        timeZone: row.time_zone ?? null,
        asOf: row.as_of ?? null,
        line: row.line ?? null,
        unreadMessages: Number(row.unread ?? 0),
        lastMessageAt: row.last_message_at ?? null,
      })),
    };
  }

  async markRead(coachId: string, runnerId: string, nowIso: string): Promise<void> {
    await this.db
      .insertInto("message_reads")
      .values({ coach_id: coachId, runner_id: runnerId, read_at: nowIso })
      .onConflict((oc) => oc.columns(["coach_id", "runner_id"]).doUpdateSet({ read_at: nowIso }))
      .execute();
  }

  /** One audit row per roster view, and the runners it showed beside it (looked up by runner). */
  async insertRosterView(
    view: { id: string; coachId: string; coachName: string; at: string },
    runnerIds: readonly string[],
  ): Promise<void> {
    const viewRow = {
      id: view.id,
      coach_id: view.coachId,
      coach_name: view.coachName,
      at: view.at,
      runner_count: runnerIds.length,
    };
    if (maxParametersOf(this.db) === postgresMaxParameters && runnerIds.length <= rowsPerStatement(this.db, 2, 5)) {
      // One statement, atomic by itself: a page's audit costs one round trip, not a transaction's four.
      await this.db
        .with("view", (db) => db.insertInto("roster_views").values(viewRow).returning("id"))
        .insertInto("roster_view_runners")
        .values(runnerIds.map((runnerId) => ({ view_id: view.id, runner_id: runnerId })))
        .execute();
      return;
    }
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("roster_views")
        .values({
          id: view.id,
          coach_id: view.coachId,
          coach_name: view.coachName,
          at: view.at,
          runner_count: runnerIds.length,
        })
        .execute();
      for (const chunk of chunksOf(runnerIds, rowsPerStatement(this.db, 2))) {
        await trx
          .insertInto("roster_view_runners")
          .values(chunk.map((runnerId) => ({ view_id: view.id, runner_id: runnerId })))
          .execute();
      }
    });
  }

  async rosterViewsOf(runnerId: string, limit: number) {
    return this.db
      .selectFrom("roster_view_runners")
      .innerJoin("roster_views", "roster_views.id", "roster_view_runners.view_id")
      .select(["roster_views.coach_id", "roster_views.coach_name", "roster_views.at", "roster_views.runner_count"])
      .where("roster_view_runners.runner_id", "=", runnerId)
      .orderBy("roster_views.at", "desc")
      .limit(limit)
      .execute();
  }

  /** The coach's groups with their members, in one read (coach_groups_coach, then the members' key). */
  async groupsOf(coachId: string) {
    const rows = await this.db
      .selectFrom("coach_groups")
      .leftJoin("coach_group_members", "coach_group_members.group_id", "coach_groups.id")
      .select(["coach_groups.id", "coach_groups.name", "coach_groups.created_at", "coach_group_members.runner_id"])
      .where("coach_groups.coach_id", "=", coachId)
      .orderBy("coach_groups.name")
      .orderBy("coach_groups.id")
      .execute();
    const groups = new Map<string, { id: string; name: string; createdAt: string; runnerIds: string[] }>();
    for (const row of rows) {
      let group = groups.get(row.id);
      if (!group) {
        group = { id: row.id, name: row.name, createdAt: row.created_at, runnerIds: [] };
        groups.set(row.id, group);
      }
      if (row.runner_id) group.runnerIds.push(row.runner_id);
    }
    return [...groups.values()];
  }

  async findGroup(coachId: string, groupId: string) {
    return (
      (await this.db
        .selectFrom("coach_groups")
        .select(["id", "name"])
        .where("id", "=", groupId)
        .where("coach_id", "=", coachId)
        .executeTakeFirst()) ?? null
    );
  }

  async insertGroup(group: { id: string; coachId: string; name: string; createdAt: string }): Promise<boolean> {
    const result = await this.db
      .insertInto("coach_groups")
      .values({ id: group.id, coach_id: group.coachId, name: group.name, created_at: group.createdAt })
      .onConflict((oc) => oc.column("id").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async renameGroup(groupId: string, name: string): Promise<void> {
    await this.db.updateTable("coach_groups").set({ name }).where("id", "=", groupId).execute();
  }

  async deleteGroup(groupId: string): Promise<void> {
    await this.db.deleteFrom("coach_group_members").where("group_id", "=", groupId).execute();
    await this.db.deleteFrom("coach_groups").where("id", "=", groupId).execute();
  }

  /** Replaces the group's members with `runnerIds`. */
  async setMembers(groupId: string, runnerIds: readonly string[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("coach_group_members").where("group_id", "=", groupId).execute();
      for (const chunk of chunksOf([...new Set(runnerIds)], rowsPerStatement(this.db, 2))) {
        await trx
          .insertInto("coach_group_members")
          .values(chunk.map((runnerId) => ({ group_id: groupId, runner_id: runnerId })))
          .execute();
      }
    });
  }
}
