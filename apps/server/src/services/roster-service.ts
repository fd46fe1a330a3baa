import { createHash, randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { type BackstrideEvent, defaultProtocol, type LocalDate } from "@backstride/domain";
import type { Db } from "../database/database-types.ts";
import { ApiError, notFound } from "../http/api-error.ts";
import { createRepositories } from "../repositories/repositories.ts";
import {
  changeSeqsKey,
  RosterRepository,
  type RosterSort,
  type UnchangedPage,
} from "../repositories/roster-repository.ts";
import type { RosterFilter } from "./attention.ts";
import type { Clock } from "./clock.ts";
import { dayEndsAt } from "./day-ends-at.ts";
import { parseStored } from "./events-service.ts";
import { localDateIn } from "./local-date-in.ts";
import { RenderedRosterPages, type RosterBody } from "./rendered-roster-pages.ts";
import { type RosterLineBody, rosterLineOf, withUnread } from "./roster-line.ts";
import { presentRosterJson } from "./roster-presenter.ts";
import { computeSummary, type RunnerSummary } from "./runner-summary.ts";

interface Caller {
  id: string;
  name: string;
}

/**
 * Stale summaries (a day has passed, or none yet) refreshed inside one roster request, oldest first.
 * Each costs one fold per day since it was written (at most 28) plus planFor, so a request's extra work
 * stays bounded whatever the roster's size; the rest are shown as of their date and refreshed after
 * the answer, one at a time.
 */
export const staleRefreshPerRequest = 10;

/** Rows a roster answer carries unless the client asks for another page size (the route allows 200). */
export const defaultRosterPageSize = 50;

/** Below this a page goes as it is: compressing would cost more than it saves. */
const gzipFromBytes = 1024;

export interface RosterQuery {
  filter?: RosterFilter | undefined;
  q?: string | undefined;
  groupId?: string | undefined;
  sort?: RosterSort | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface RosterLine {
  runnerId: string;
  name: string;
  since: string;
  groupIds: string[];
  /** The runner's today, and the day the line is from (earlier while it waits for a refresh). */
  today: LocalDate;
  asOf: LocalDate | null;
  /**
   * The stored line as of asOf (JSON of RosterLineBody: exactly the line fields the API sends), with the
   * coach's unread messages in its attention; null before any.
   */
  lineJson: string | null;
  unreadMessages: number;
  lastMessageAt: string | null;
}

export interface RosterAnswer {
  athletes: RosterLine[];
  /** Runners on the roster before filters and search, and how many match them (across every page). */
  total: number;
  matching: number;
  offset: number;
  limit: number;
  updating: number;
}

/** A stable message id per runner for one group message, so a retried group send stores each once. */
function memberMessageId(groupMessageId: string, runnerId: string): string {
  const hex = createHash("sha256").update(`${groupMessageId}:${runnerId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A late pain answer, a correction or a deletion is dated the day it is made but changes the day of
 * the entry it names: the earliest such day is where judging must start again.
 */
function amendedFrom(log: readonly BackstrideEvent[], changedFrom: LocalDate): LocalDate {
  const dates = new Map(log.map((event) => [event.id, event.localDate]));
  let earliest = changedFrom;
  for (const event of log) {
    if (event.localDate < changedFrom) continue;
    if (event.type === "pain.recorded" || event.type === "run.corrected" || event.type === "entry.deleted") {
      const target = dates.get(event.forEventId);
      if (target !== undefined && target < earliest) earliest = target;
    }
  }
  return earliest;
}

export class RosterService {
  private readonly roster: RosterRepository;
  private draining = false;
  private readonly waiting = new Set<string>();
  /** Refreshes under way in this process, by runner: a second caller waits for the first. */
  private readonly refreshing = new Map<string, Promise<void>>();
  /**
   * The runners each coach's views are known (committed) to have shown on `day` (UTC), so a view writes
   * day rows only for runners it shows first: after a coach's first view of the day, a view's audit is
   * its one row. Only ever a subset of what is stored (rows go only with a deleted account, whose id
   * never shows again); another process's rows are found by the insert's conflict check.
   */
  private viewDaysRecorded: { day: string; shown: Map<string, Set<string>> } = { day: "", shown: new Map() };
  private readonly renderedPages: RenderedRosterPages;
  /** Views this process answered since it started: with a kept page, and read afresh (for metrics). */
  private readonly viewCounts = { kept: 0, read: 0 };
  private dayEndsMemo: { day: string; ends: Map<string, string> } = { day: "", ends: new Map() };

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** Memory for rendered pages kept for repeated views (config.rosterCacheBytes); 0 keeps none. */
    renderedPagesBytes: number,
  ) {
    this.roster = new RosterRepository(db);
    this.renderedPages = new RenderedRosterPages(renderedPagesBytes);
  }

  /**
   * Rewrites one runner's summary inside the transaction that stored their events (events-service),
   * so the roster never shows a log and a summary that disagree. `changedFrom` is the earliest local
   * date among the new events: finished days before it are kept as they were.
   */
  async refreshInTransaction(trx: Db, runnerId: string, changedFrom: LocalDate | null): Promise<void> {
    // Only a runner someone looks after appears on a roster. The others' writes skip the fold; should a
    // carer come later, their row reads as stale (its log version lags) and is built then.
    const roster = new RosterRepository(trx);
    if (!(await roster.hasCarer(runnerId))) return;
    const repositories = createRepositories(trx);
    const [stored, events, timeZone, stamp] = await Promise.all([
      roster.findSummary(runnerId),
      repositories.events.all(runnerId),
      repositories.profiles.findTimeZone(runnerId),
      repositories.users.planStamp(runnerId),
    ]);
    const previous = stored ? (JSON.parse(stored.body) as RunnerSummary) : null;
    const log = events.map(parseStored);
    const summary = computeSummary({
      events: log,
      protocol: defaultProtocol,
      zoneToday: localDateIn(this.clock.now(), timeZone ?? "UTC"),
      previous,
      ...(previous ? { changedFrom: changedFrom === null ? null : amendedFrom(log, changedFrom) } : {}),
    });
    const { line, columns } = rosterLineOf(summary);
    await roster.upsertSummary(
      {
        runnerId,
        asOf: summary.asOf,
        logVersion: stamp?.eventLogVersion ?? 0,
        redFlagLevel: summary.redFlag?.level ?? null,
        lastCheckinDate: summary.lastCheckinDate,
        lastActivityDate: summary.lastActivityDate,
        body: JSON.stringify(summary),
        line: JSON.stringify(line),
        ...columns,
        staleAfter: dayEndsAt(summary.asOf, timeZone ?? "UTC"),
      },
      this.clock.now().toISOString(),
    );
  }

  /**
   * A summary brought up to today (a day passed, or it predates the table): in its own transaction.
   * Many roster views can find the same stale line at once (several coaches, several tabs, the first
   * views after a restart or a midnight): they share one refresh in this process, and a refresh that
   * finds the line already brought up to date by another process's does nothing.
   */
  refresh(runnerId: string): Promise<void> {
    const inFlight = this.refreshing.get(runnerId);
    if (inFlight) return inFlight;
    const refreshed = this.db
      .transaction()
      .execute(async (trx) => {
        // Taking the runner's row lock first orders this after any event write in flight for them.
        await trx.updateTable("users").set({ id: runnerId }).where("id", "=", runnerId).execute();
        if (await new RosterRepository(trx).summaryIsCurrent(runnerId, this.clock.now().toISOString())) return;
        await this.refreshInTransaction(trx, runnerId, null);
      })
      .finally(() => this.refreshing.delete(runnerId));
    this.refreshing.set(runnerId, refreshed);
    return refreshed;
  }

  /**
   * The coach's roster, one page of it: stale rows refreshed within a bound, then filtered, searched,
   * sorted and paged by the database over all the coach's runners from the stored lines (no log is
   * folded and no 28-day summary parsed for a fresh row). One audit row lists the runners the page showed.
   */
  async rosterFor(coach: Caller, query: RosterQuery): Promise<RosterAnswer> {
    return (await this.readRoster(coach, query, false)).answer;
  }

  /**
   * The page as sent (rosterFor's answer as JSON, and gzipped). A coach opens the same page many times
   * a morning and it rarely changed in between, so a rendered page without filters, search or group is
   * kept, and a later view of it writes its audit row only if the database still holds the page
   * unchanged (the same entries with the same change numbers, the same roster size, no line stale;
   * checked in the audit's own statement), then sends the kept bytes. That view reads no line and
   * renders nothing: about 40% of the CPU of a 50-line view (docs/decisions/roster-summary.md). Anything
   * else, or a page whose day has ended for one of its runners, is read afresh.
   */
  async rosterBody(coach: Caller, query: RosterQuery): Promise<RosterBody> {
    const narrowed = Boolean(query.filter) || Boolean(query.q?.trim()) || Boolean(query.groupId);
    const key =
      narrowed || !this.renderedPages.keepsAny
        ? null
        : RenderedRosterPages.key(coach.id, {
            sort: query.sort ?? "attention",
            limit: query.limit ?? defaultRosterPageSize,
            offset: query.offset ?? 0,
          });
    if (key !== null) {
      const kept = this.renderedPages.get(key);
      const nowIso = this.clock.now().toISOString();
      // A runner shown first today needs a day row (auditView): that view is read afresh.
      if (kept && nowIso < kept.validUntil && this.allRecordedToday(coach.id, nowIso, kept.runnerIds)) {
        const view = { id: randomUUID(), coachId: coach.id, coachName: coach.name, at: nowIso };
        if (await this.roster.insertRosterViewIfUnchanged(view, kept.runnerIds, kept.unchanged)) {
          this.viewCounts.kept += 1;
          return kept.body;
        }
      }
      if (kept) this.renderedPages.delete(key);
    }
    const { answer, unchanged, validUntil } = await this.readRoster(coach, query, key !== null);
    this.viewCounts.read += 1;
    const bytes = Buffer.from(presentRosterJson(answer), "utf8");
    // Level 1: a 50-line page of about 45 kB becomes a few kB for a phone's connection (bench/roster).
    const body = { bytes, gzipped: bytes.byteLength >= gzipFromBytes ? gzipSync(bytes, { level: 1 }) : undefined };
    if (key !== null && unchanged !== null && validUntil !== null) {
      this.renderedPages.set(key, {
        body,
        runnerIds: answer.athletes.map((line) => line.runnerId),
        unchanged,
        validUntil,
      });
    }
    return body;
  }

  /** Roster views answered by this process with a kept page and read afresh, and the pages kept now. */
  get views(): { kept: number; read: number; keptPages: number; keptBytes: number } {
    const { pages, bytes } = this.renderedPages.size;
    return { ...this.viewCounts, keptPages: pages, keptBytes: bytes };
  }

  /** dayEndsAt, remembered for the current UTC day: the coach's runners mostly share a few zones. */
  private dayEnds(date: LocalDate, zone: string): string {
    const day = this.clock.now().toISOString().slice(0, 10);
    if (this.dayEndsMemo.day !== day) this.dayEndsMemo = { day, ends: new Map() };
    const key = `${date}|${zone}`;
    let ends = this.dayEndsMemo.ends.get(key);
    if (ends === undefined) {
      ends = dayEndsAt(date, zone);
      this.dayEndsMemo.ends.set(key, ends);
    }
    return ends;
  }

  /** Whether this coach's views are known to have recorded every one of `runnerIds` on nowIso's UTC day. */
  private allRecordedToday(coachId: string, nowIso: string, runnerIds: readonly string[]): boolean {
    if (this.viewDaysRecorded.day !== nowIso.slice(0, 10)) return false;
    const recorded = this.viewDaysRecorded.shown.get(coachId);
    return recorded !== undefined && runnerIds.every((id) => recorded.has(id));
  }

  /**
   * The roster's page as rosterFor answers it, audited, with what a later view must find unchanged to
   * show the same page again and until when it may (both null unless `forKeeping`, and when the page
   * must not be kept: a line was stale, or the page is empty).
   */
  private async readRoster(
    coach: Caller,
    query: RosterQuery,
    forKeeping: boolean,
  ): Promise<{ answer: RosterAnswer; unchanged: UnchangedPage | null; validUntil: string | null }> {
    const limit = query.limit ?? defaultRosterPageSize;
    const offset = query.offset ?? 0;
    const readPage = () =>
      this.roster.rosterPage(coach.id, {
        filter: query.filter,
        q: query.q,
        groupId: query.groupId,
        sort: query.sort ?? "attention",
        limit,
        offset,
      });
    // One statement answers the usual view: the page with the roster's size and staleness on its rows.
    const now = this.clock.now();
    const nowIso = now.toISOString();
    const firstPage = await readPage();
    const size = firstPage.size ?? (await this.roster.rosterSize(coach.id));
    // A stale line (once a day per runner) costs a look for the stale ones and a second page read.
    const stale =
      size.oldestStaleAfter !== null && size.oldestStaleAfter <= nowIso
        ? await this.roster.staleRunners(coach.id, nowIso)
        : [];
    const refreshedNow = stale.slice(0, staleRefreshPerRequest);
    for (const runnerId of refreshedNow) await this.refresh(runnerId);
    this.refreshLater(stale.slice(staleRefreshPerRequest));
    const page = refreshedNow.length > 0 ? await readPage() : firstPage;
    const athletes: RosterLine[] = page.rows.map((row) => {
      // Only a line with unread messages is parsed: the rest go out as stored.
      let lineJson = row.line;
      if (lineJson !== null && row.unreadMessages > 0) {
        const stored = JSON.parse(lineJson) as RosterLineBody;
        lineJson = JSON.stringify({ ...stored, attention: withUnread(stored.attention, row.unreadMessages) });
      }
      return {
        runnerId: row.runnerId,
        name: row.name,
        since: row.since,
        groupIds: row.groupIds,
        today: localDateIn(now, row.timeZone ?? "UTC"),
        asOf: row.asOf,
        lineJson,
        unreadMessages: row.unreadMessages,
        lastMessageAt: row.lastMessageAt,
      };
    });
    if (athletes.length > 0) await this.auditView(coach, nowIso, athletes);
    const answer = {
      athletes,
      total: size.total,
      matching: page.matching ?? size.total,
      offset,
      limit,
      updating: stale.length - refreshedNow.length,
    };
    if (!forKeeping || athletes.length === 0 || stale.length > 0 || size.oldestStaleAfter === null) {
      return { answer, unchanged: null, validUntil: null };
    }
    // Each runner's today is part of the page: it turns at their zone's midnight.
    let validUntil = size.oldestStaleAfter;
    const zones = new Map(athletes.map((line, index) => [page.rows[index]?.timeZone ?? "UTC", line.today]));
    for (const [zone, today] of zones) {
      const dayEnds = this.dayEnds(today, zone);
      if (dayEnds < validUntil) validUntil = dayEnds;
    }
    const unchanged = {
      sort: query.sort ?? "attention",
      limit,
      offset,
      changeSeqs: changeSeqsKey(page.rows.map((row) => row.changeSeq)),
      total: size.total,
    };
    return { answer, unchanged, validUntil };
  }

  /** The view's audit row, and the day rows of runners no view of this coach has shown today. */
  private async auditView(coach: Caller, nowIso: string, athletes: readonly RosterLine[]): Promise<void> {
    const day = nowIso.slice(0, 10);
    if (this.viewDaysRecorded.day !== day) this.viewDaysRecorded = { day, shown: new Map() };
    const { shown } = this.viewDaysRecorded;
    let recorded = shown.get(coach.id);
    const runnerIds = athletes.map((line) => line.runnerId);
    const firstShownToday = recorded ? runnerIds.filter((id) => !recorded?.has(id)) : runnerIds;
    await this.roster.insertRosterView(
      { id: randomUUID(), coachId: coach.id, coachName: coach.name, at: nowIso },
      runnerIds,
      firstShownToday,
    );
    if (firstShownToday.length === 0) return;
    if (!recorded) {
      recorded = new Set();
      shown.set(coach.id, recorded);
    }
    for (const id of firstShownToday) recorded.add(id);
  }

  /** Refreshes the rest one at a time after the answer, so no request waits for them. */
  private refreshLater(runnerIds: readonly string[]): void {
    for (const id of runnerIds) this.waiting.add(id);
    if (this.draining || this.waiting.size === 0) return;
    this.draining = true;
    const next = () => {
      const [id] = this.waiting;
      if (id === undefined) {
        this.draining = false;
        return;
      }
      this.waiting.delete(id);
      this.refresh(id).then(
        () => setImmediate(next),
        () => setImmediate(next),
      );
    };
    setImmediate(next);
  }

  async markRead(coach: Caller, runnerId: string): Promise<void> {
    await this.roster.markRead(coach.id, runnerId, this.clock.now().toISOString());
  }

  async rosterViewsOf(runnerId: string, limit: number) {
    return this.roster.rosterViewsOf(runnerId, limit);
  }

  async groups(coach: Caller) {
    return { groups: await this.roster.groupsOf(coach.id) };
  }

  /** Idempotent by the client's id. Only runners who gave this coach access may be members. */
  async saveGroup(coach: Caller, group: { id: string; name: string; runnerIds: string[] }, allowed: Set<string>) {
    const outsider = group.runnerIds.find((runnerId) => !allowed.has(runnerId));
    if (outsider) throw new ApiError(403, "forbidden", "this runner has not given you access", "runnerIds");
    const existing = await this.roster.findGroup(coach.id, group.id);
    if (!existing) {
      const inserted = await this.roster.insertGroup({
        id: group.id,
        coachId: coach.id,
        name: group.name,
        createdAt: this.clock.now().toISOString(),
      });
      // The id belongs to another coach's group.
      if (!inserted) throw new ApiError(409, "conflict", "a group with this id exists", "id");
    }
    const rename = existing && existing.name !== group.name ? group.name : undefined;
    await this.roster.setMembers(coach.id, group.id, group.runnerIds, rename);
    const saved = (await this.roster.groupsOf(coach.id)).find((item) => item.id === group.id);
    if (!saved) throw notFound("group");
    return saved;
  }

  async deleteGroup(coach: Caller, groupId: string): Promise<void> {
    if (!(await this.roster.findGroup(coach.id, groupId))) throw notFound("group");
    await this.roster.deleteGroup(coach.id, groupId);
  }

  /** The members of a group, for a group message (each still needs live consent, checked by the caller). */
  async groupMembers(coach: Caller, groupId: string): Promise<string[]> {
    const group = (await this.roster.groupsOf(coach.id)).find((item) => item.id === groupId);
    if (!group) throw notFound("group");
    return group.runnerIds;
  }

  memberMessageId(groupMessageId: string, runnerId: string): string {
    return memberMessageId(groupMessageId, runnerId);
  }
}
