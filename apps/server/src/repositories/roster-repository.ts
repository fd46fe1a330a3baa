import { type RawBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { DatabaseSchema, Db } from "../database/database-types.ts";
import { chunksOf, isPostgres, rowsPerStatement } from "./batch-limits.ts";
import { compiledOnce } from "./compiled-query-cache.ts";
import { withRosterEntriesSynced } from "./roster-entries-sync.ts";

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
  /** The coach's groups the runner is in. */
  groupIds: string[];
  /** The entry's change number (migration 013): a new one whenever anything in it changes. */
  changeSeq: string;
}

/** How many runners a coach has, and the earliest instant one of their lines goes stale. */
export interface RosterSize {
  total: number;
  /** '' when a line is stale already (none yet, or the log moved on); null for an empty roster. */
  oldestStaleAfter: string | null;
}

export interface RosterPage {
  rows: RosterPageRow[];
  /** Null on an empty page (past the end, or nothing matches). */
  size: RosterSize | null;
  /** Rows matching the filters across every page; null when nothing narrows the roster. */
  matching: number | null;
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

/**
 * Separates the fields a page row packs into one text (buildPageQuery): since, time zone, as of, unread
 * messages, last message at, group ids, change number, the roster's size and its oldest stale instant
 * ('' for null).
 */
const fieldSeparator = "\u001f";

/** `%` and `_` typed in a search are letters, not wildcards. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** What a roster page's statement depends on besides its arguments. */
interface PageShape {
  sort: RosterSort;
  grouped: boolean;
  filtered: boolean;
  searched: boolean;
}

/** Coach, group id, filter LIKE pattern, search LIKE pattern, limit, offset (unused ones are not bound). */
type PageArgs = [
  coachId: string,
  groupId: string,
  filterLike: string,
  searchLike: string,
  limit: number,
  offset: number,
];

/** A roster_views row (ViewRow), then the UTC day of its instant and the ids of the runners first shown that day (JSON). */
type ViewArgs = [...ViewRow, string, string];

/** View id, coach id, coach name, instant, runner count, runner ids (JSON): a roster_views row. */
type ViewRow = [string, string, string, string, number, string];

function viewRow(
  view: { id: string; coachId: string; coachName: string; at: string },
  runnerIds: readonly string[],
): ViewRow {
  return [view.id, view.coachId, view.coachName, view.at, runnerIds.length, JSON.stringify(runnerIds)];
}

/** The coach's roster size (roster_sizes, migration 012), 0 for a coach with none. */
function rosterTotalOf(coachId: string): RawBuilder<number> {
  return sql<number>`coalesce((select roster_sizes.total from roster_sizes where roster_sizes.coach_id = ${coachId}), 0)`;
}

/** The earliest instant one of the coach's lines goes stale ('' = stale now; null for no entries): index-only. */
function oldestStaleAfterOf(coachId: string): RawBuilder<string | null> {
  return sql<string | null>`(select min(whole.stale_after) from roster_entries as whole
    where whole.coach_id = ${coachId})`;
}

/**
 * The roster views whose list holds the runner (id, coach_id, coach_name, at, runner_count): each coach's
 * views on the days they showed the runner (roster_view_days, then roster_views_coach_at within the
 * day), and the views of a coach whose account is gone (coach_id null). A runner id is a UUID, so its
 * quoted form matches only itself in a JSON list. For the runner's audit, and to take a deleted
 * runner's id out of the lists (users-repository.ts).
 */
export function viewsListing(runnerId: string): RawBuilder<unknown> {
  const listed = `%${JSON.stringify(runnerId)}%`;
  // 'U' follows 'T': every instant of a day ("2026-03-10T...") sorts before "2026-03-10U".
  return sql`
    select roster_views.id, roster_views.coach_id, roster_views.coach_name, roster_views.at, roster_views.runner_count
    from roster_view_days inner join roster_views
      on roster_views.coach_id = roster_view_days.coach_id
      and roster_views.at >= roster_view_days.day and roster_views.at < roster_view_days.day || 'U'
    where roster_view_days.runner_id = ${runnerId} and roster_views.runner_ids like ${listed}
    union all
    select id, coach_id, coach_name, at, runner_count from roster_views
    where coach_id is null and runner_ids like ${listed}`;
}

/** The roster's order for `sort`: the leading columns of the sort's index, in its order (migrations 008 and 013). */
function inSortOrder<Output>(
  page: SelectQueryBuilder<DatabaseSchema, "roster_entries", Output>,
  sort: RosterSort,
): SelectQueryBuilder<DatabaseSchema, "roster_entries", Output> {
  let ordered = page;
  switch (sort) {
    case "attention":
      ordered = ordered.orderBy("roster_entries.rank_score", "desc");
      break;
    case "pain":
      ordered = ordered.orderBy("roster_entries.pain_key", "desc").orderBy("roster_entries.rank_score", "desc");
      break;
    case "adherence":
      ordered = ordered.orderBy("roster_entries.adherence_key", "asc").orderBy("roster_entries.rank_score", "desc");
      break;
    case "activity":
      ordered = ordered.orderBy("roster_entries.activity_key", "asc").orderBy("roster_entries.rank_score", "desc");
      break;
    case "name":
      break;
  }
  return ordered.orderBy("roster_entries.name").orderBy("roster_entries.runner_id");
}

/**
 * The change numbers of a page's entries, as `insertRosterViewIfUnchanged` compares them: ascending, in decimal,
 * joined by commas. Numbers are compared as integers, as the database sorts them.
 */
export function changeSeqsKey(changeSeqs: readonly string[]): string {
  return [...changeSeqs]
    .sort((left, right) => left.length - right.length || (left < right ? -1 : left > right ? 1 : 0))
    .join(",");
}

/** What a repeated view of an unnarrowed page checks before its stored rendering is shown again. */
export interface UnchangedPage {
  sort: RosterSort;
  limit: number;
  offset: number;
  /** changeSeqsKey of the page's entries when it was rendered. */
  changeSeqs: string;
  total: number;
}

/** A roster_views row (ViewRow), then the page's change numbers, the roster's size, limit and offset. */
type UnchangedViewArgs = [...ViewRow, string, number, number, number];

/** Roster summaries, coach groups, message read markers and roster-view audit rows. */
export class RosterRepository {
  private readonly compiledPages = new Map<string, unknown>();
  private insertViewQuery: ((...args: ViewArgs) => Promise<unknown[]>) | undefined;
  private insertViewOnlyQuery: ((...args: ViewArgs) => Promise<unknown[]>) | undefined;

  constructor(private readonly db: Db) {}

  async findSummary(runnerId: string): Promise<{ asOf: string; logVersion: number; body: string } | null> {
    const row = await this.db
      .selectFrom("runner_summaries")
      .select(["as_of", "log_version", "body"])
      .where("runner_id", "=", runnerId)
      .executeTakeFirst();
    return row ? { asOf: row.as_of, logVersion: Number(row.log_version), body: row.body } : null;
  }

  /**
   * Whether the runner's stored line is current at `nowIso`: written, from their latest log, and for a
   * day that has not ended in their time zone (the same test the roster's stale look makes).
   */
  async summaryIsCurrent(runnerId: string, nowIso: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("runner_summaries")
      .innerJoin("users", "users.id", "runner_summaries.runner_id")
      .select("runner_summaries.runner_id")
      .where("runner_summaries.runner_id", "=", runnerId)
      .where("runner_summaries.line", "is not", null)
      .where("runner_summaries.stale_after", ">", nowIso)
      .whereRef("runner_summaries.log_version", "=", "users.event_log_version")
      .executeTakeFirst();
    return row !== undefined;
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
    // Every coach's entry for the runner is rewritten from the new line in the same transaction.
    await withRosterEntriesSynced(this.db, { runnerId: row.runnerId }, async (trx) => {
      await trx
        .insertInto("runner_summaries")
        .values({ runner_id: row.runnerId, ...values })
        .onConflict((oc) => oc.column("runner_id").doUpdateSet(values))
        .execute();
    });
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

  /** How many runners the coach has and the earliest instant one of their lines goes stale ('' = now). */
  async rosterSize(coachId: string): Promise<RosterSize> {
    const [size, oldest] = await Promise.all([
      this.db.selectFrom("roster_sizes").select("total").where("coach_id", "=", coachId).executeTakeFirst(),
      this.db
        .selectFrom("roster_entries")
        .select((eb) => eb.fn.min("stale_after").as("oldest"))
        .where("coach_id", "=", coachId)
        .executeTakeFirst(),
    ]);
    return { total: Number(size?.total ?? 0), oldestStaleAfter: oldest?.oldest ?? null };
  }

  /**
   * The coach's runners whose line is stale at `nowIso` (none yet, written before the runner's latest
   * events, or before their day ended), oldest first.
   */
  async staleRunners(coachId: string, nowIso: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("roster_entries")
      .select("runner_id")
      .where("coach_id", "=", coachId)
      .where("stale_after", "<=", nowIso)
      .orderBy(sql`coalesce(as_of, '')`)
      .orderBy("runner_id")
      .execute();
    return rows.map((row) => row.runner_id);
  }

  /**
   * One page of the roster, filtered, searched, sorted and cut in the database in one statement: each
   * sort is an index of roster_entries (migration 008), so a page without filters reads its own rows
   * and nothing else (each with its group ids and time zone, migrations 010 and 011); the roster's size
   * (roster_sizes, migration 012) and staleness (an index-only minimum) ride on every row, computed
   * once. `size` is null on an empty page. `matching` is counted only when something narrows the roster
   * (else null: the total).
   */
  async rosterPage(coachId: string, query: RosterPageQuery): Promise<RosterPage> {
    const search = query.q?.trim().toLowerCase() ?? "";
    const shape: PageShape = {
      sort: query.sort,
      grouped: Boolean(query.groupId),
      filtered: Boolean(query.filter),
      searched: search !== "",
    };
    const args: PageArgs = [
      coachId,
      query.groupId ?? "",
      `%|${query.filter ?? ""}|%`,
      `%${likeEscaped(search)}%`,
      query.limit,
      query.offset,
    ];
    const narrowed = shape.grouped || shape.filtered || shape.searched;
    const [rows, counted] = await Promise.all([
      this.pageQuery(shape)(...args),
      narrowed ? this.countQuery(shape)(...args) : Promise.resolve(undefined),
    ]);
    const packed = rows.map((row) => row.packed.split(fieldSeparator));
    // The roster's size and oldest stale instant are the same on every row: read from the first.
    const [, , , , , , , total, oldest = ""] = packed[0] ?? [];
    return {
      size: total === undefined ? null : { total: Number(total), oldestStaleAfter: oldest },
      matching: narrowed ? Number(counted?.[0]?.matching ?? 0) : null,
      rows: rows.map((row, index) => {
        const [since = "", timeZone = "", asOf = "", unread = "0", lastMessageAt = "", groupIds = "", changeSeq = ""] =
          packed[index] ?? [];
        return {
          runnerId: row.runner_id,
          name: row.name,
          since,
          timeZone: timeZone === "" ? null : timeZone,
          asOf: asOf === "" ? null : asOf,
          line: row.line ?? null,
          unreadMessages: Number(unread),
          lastMessageAt: lastMessageAt === "" ? null : lastMessageAt,
          groupIds: groupIds === "" ? [] : groupIds.split(","),
          changeSeq,
        };
      }),
    };
  }

  /** The coach's entries narrowed by a shape's group, filter and search (arguments as in PageArgs). */
  private narrowedEntries(shape: PageShape, ...[coachId, groupId, filterLike, searchLike]: PageArgs) {
    let base = this.db.selectFrom("roster_entries").where("roster_entries.coach_id", "=", coachId);
    if (shape.grouped) {
      base = base.where((eb) =>
        eb.exists(
          eb
            .selectFrom("coach_group_members")
            .select("coach_group_members.runner_id")
            .whereRef("coach_group_members.runner_id", "=", "roster_entries.runner_id")
            .where("coach_group_members.group_id", "=", groupId),
        ),
      );
    }
    if (shape.filtered) base = base.where("roster_entries.attention_matches", "like", filterLike);
    if (shape.searched) base = base.where(sql`lower(roster_entries.name)`, "like", sql`${searchLike} escape '\\'`);
    return base;
  }

  /** One compiled (and on PostgreSQL prepared) statement per page shape: at most 5 sorts x 8 narrowings. */
  private pageQuery(shape: PageShape) {
    const key = `page:${shape.sort}:${shape.grouped}:${shape.filtered}:${shape.searched}`;
    return this.compiledShape(key, () => this.buildPageQuery(shape));
  }

  private countQuery(shape: PageShape) {
    const key = `count:${shape.grouped}:${shape.filtered}:${shape.searched}`;
    return this.compiledShape(key, () => this.buildCountQuery(shape));
  }

  /** The statement compiled for `key`, built on first use. */
  private compiledShape<Query>(key: string, build: () => Query): Query {
    let query = this.compiledPages.get(key) as Query | undefined;
    if (!query) {
      query = build();
      this.compiledPages.set(key, query);
    }
    return query;
  }

  private buildCountQuery(shape: PageShape) {
    return compiledOnce(this.db, 6, (...args: PageArgs) =>
      this.narrowedEntries(shape, ...args).select((eb) => eb.fn.countAll<number | string>().as("matching")),
    );
  }

  private buildPageQuery(shape: PageShape) {
    return compiledOnce(this.db, 6, (...args: PageArgs) => {
      const [coachId, , , , limit, offset] = args;
      const separator = isPostgres(this.db) ? sql`chr(31)` : sql`char(31)`;
      // One text per row for everything but the id, the name and the line, in fieldSeparator's order: the
      // driver decodes each value of each row on its own, and rows of three values cost about 120 µs less a
      // 50-row page than eleven (docs/decisions/roster-summary.md). None of these can hold the
      // separator: they are instants, dates, a zone name, counts and UUIDs.
      const packed = sql<string>`${sql.join(
        [
          sql`roster_entries.since`,
          sql`coalesce(roster_entries.time_zone, '')`,
          sql`coalesce(roster_entries.as_of, '')`,
          sql`roster_entries.unread_messages`,
          sql`coalesce(roster_entries.last_message_at, '')`,
          sql`roster_entries.group_ids`,
          sql`roster_entries.change_seq`,
          rosterTotalOf(coachId),
          sql`coalesce(${oldestStaleAfterOf(coachId)}, '')`,
        ],
        sql` || ${separator} || `,
      )}`;
      const page = this.narrowedEntries(shape, ...args).select([
        "roster_entries.runner_id",
        "roster_entries.name",
        "roster_entries.line",
        packed.as("packed"),
      ]);
      return inSortOrder(page, shape.sort).limit(limit).offset(offset);
    });
  }

  /**
   * Marks the runner's messages read for this coach. Opening a thread with nothing unread writes
   * nothing: the earlier marker already covers every message (none of the runner's came after it).
   */
  async markRead(coachId: string, runnerId: string, nowIso: string): Promise<void> {
    const entry = await this.db
      .selectFrom("roster_entries")
      .select("unread_messages")
      .where("coach_id", "=", coachId)
      .where("runner_id", "=", runnerId)
      .executeTakeFirst();
    if (entry !== undefined && Number(entry.unread_messages) === 0) return;
    await withRosterEntriesSynced(this.db, { runnerId, coachId }, async (trx) => {
      await trx
        .insertInto("message_reads")
        .values({ coach_id: coachId, runner_id: runnerId, read_at: nowIso })
        .onConflict((oc) => oc.columns(["coach_id", "runner_id"]).doUpdateSet({ read_at: nowIso }))
        .execute();
    });
  }

  /**
   * One audit row per roster view, listing the runners it showed, and a day row (migration 009) for
   * each of `firstShownToday`: the runners this coach's views had not yet been recorded as showing on
   * the view's UTC day (a row already there is kept). Committed before the page is sent. On PostgreSQL
   * one statement, atomic by itself; on SQLite one transaction.
   */
  async insertRosterView(
    view: { id: string; coachId: string; coachName: string; at: string },
    runnerIds: readonly string[],
    firstShownToday: readonly string[],
  ): Promise<void> {
    const args: ViewArgs = [...viewRow(view, runnerIds), view.at.slice(0, 10), JSON.stringify(firstShownToday)];
    if (isPostgres(this.db)) {
      if (firstShownToday.length === 0) {
        this.insertViewOnlyQuery ??= compiledOnce(
          this.db,
          8,
          (...[id, coachId, coachName, at, count, idsJson]: ViewArgs) =>
            sql`insert into roster_views (id, coach_id, coach_name, at, runner_count, runner_ids)
            values (${id}, ${coachId}, ${coachName}, ${at}, ${count}, ${idsJson})`,
        );
        await this.insertViewOnlyQuery(...args);
        return;
      }
      this.insertViewQuery ??= compiledOnce(
        this.db,
        8,
        (id, coachId, coachName, at, count, idsJson, day, newIdsJson) =>
          sql`
          with view as (
            insert into roster_views (id, coach_id, coach_name, at, runner_count, runner_ids)
            values (${id}, ${coachId}, ${coachName}, ${at}, ${count}, ${idsJson}))
          insert into roster_view_days (runner_id, coach_id, day)
          select shown.runner_id, ${coachId}, ${day} from json_array_elements_text(${newIdsJson}::json) as shown(runner_id)
          on conflict do nothing`,
      );
      await this.insertViewQuery(...args);
      return;
    }
    const [id, coachId, coachName, at, count, idsJson, day, newIdsJson] = args;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("roster_views")
        .values({ id, coach_id: coachId, coach_name: coachName, at, runner_count: count, runner_ids: idsJson })
        .execute();
      if (firstShownToday.length === 0) return;
      await sql`
        insert into roster_view_days (runner_id, coach_id, day)
        select json_each.value, ${coachId}, ${day} from json_each(${newIdsJson}) where true
        on conflict do nothing`.execute(trx);
    });
  }

  /**
   * The audit row of a view that shows a page rendered before, written only if the page is unchanged:
   * the same entries, each with the same change number (so the same content in the same order), the
   * roster's size the same, and no line of the coach's stale at `view.at` (a stale line would be
   * refreshed by a fresh read). Checked and written in one statement, so the audited runners are the
   * page as the database holds it when the row is written. False when anything changed: nothing is
   * written and the page must be read again.
   */
  async insertRosterViewIfUnchanged(
    view: { id: string; coachId: string; coachName: string; at: string },
    runnerIds: readonly string[],
    page: UnchangedPage,
  ): Promise<boolean> {
    const query = this.compiledShape(`unchanged-view:${page.sort}`, () => this.buildUnchangedViewQuery(page.sort));
    const inserted = await query(...viewRow(view, runnerIds), page.changeSeqs, page.total, page.limit, page.offset);
    return inserted.length === 1;
  }

  private buildUnchangedViewQuery(sort: RosterSort) {
    const postgres = isPostgres(this.db);
    return compiledOnce(
      this.db,
      10,
      (...[id, coachId, coachName, at, count, idsJson, changeSeqs, total, limit, offset]: UnchangedViewArgs) => {
        const entries = inSortOrder(
          this.db
            .selectFrom("roster_entries")
            .select("roster_entries.change_seq")
            .where("roster_entries.coach_id", "=", coachId),
          sort,
        )
          .limit(limit)
          .offset(offset);
        const joined = postgres
          ? sql`string_agg(page.change_seq::text, ',' order by page.change_seq)`
          : sql`group_concat(page.change_seq, ',' order by page.change_seq)`;
        return sql`
          insert into roster_views (id, coach_id, coach_name, at, runner_count, runner_ids)
          select ${id}, ${coachId}, ${coachName}, ${at}, ${count}, ${idsJson}
          where (select ${joined} from (${entries}) as page) = ${changeSeqs}
            and ${rosterTotalOf(coachId)} = ${total}
            and ${oldestStaleAfterOf(coachId)} > ${at}
          returning id`;
      },
    );
  }

  /** The roster views that showed this runner, newest first (see viewsListing). */
  async rosterViewsOf(runnerId: string, limit: number) {
    const result = await sql<{ coach_id: string | null; coach_name: string; at: string; runner_count: number }>`
      select coach_id, coach_name, at, runner_count from (${viewsListing(runnerId)}) as shown
      order by at desc
      limit ${limit}`.execute(this.db);
    return result.rows;
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

  /** Group writes rebuild the coach's entries in their transaction: each entry holds its group ids. */
  async deleteGroup(coachId: string, groupId: string): Promise<void> {
    await withRosterEntriesSynced(this.db, { coachId }, async (trx) => {
      await trx.deleteFrom("coach_group_members").where("group_id", "=", groupId).execute();
      await trx.deleteFrom("coach_groups").where("id", "=", groupId).execute();
    });
  }

  /**
   * Replaces the group's members with `runnerIds`, and renames it when `rename` is given: one
   * transaction and one rebuild of the coach's entries for both.
   */
  async setMembers(
    coachId: string,
    groupId: string,
    runnerIds: readonly string[],
    rename?: string | undefined,
  ): Promise<void> {
    await withRosterEntriesSynced(this.db, { coachId }, async (trx) => {
      if (rename !== undefined) {
        await trx.updateTable("coach_groups").set({ name: rename }).where("id", "=", groupId).execute();
      }
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
