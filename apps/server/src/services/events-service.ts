import type { EventResult, EventsPage } from "@backstride/api-contract";
import {
  type BackstrideEvent,
  backstrideEventSchema,
  checkNewEvent,
  checkRunPlausibility,
  defaultProtocol,
  type EventOf,
  type LocalDate,
  localDateOf,
  minDate,
  missingLooseningReason,
  normaliseTextIn,
} from "@backstride/domain";
import type { Db } from "../database/database-types.ts";
import { EventReferences } from "../repositories/event-references.ts";
import type { StoredEvent } from "../repositories/events-repository.ts";
import { createRepositories, type Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { canonicalJson, sha256Hex } from "./crypto-tools.ts";

/**
 * Who is writing: the runner themself, a coach (only coach.adjustment), or the runner bringing back an
 * export (the runner's rules, plus coach adjustments whose coach this account has let in).
 */
export type EventWriter = { kind: "runner" } | { kind: "coach"; coachId: string } | { kind: "restore" };

export interface PreparedEvent {
  event: BackstrideEvent;
  body: string;
  bodyHash: string;
}

function prepareEvent(event: BackstrideEvent): PreparedEvent {
  const body = canonicalJson(event);
  return { event, body, bodyHash: sha256Hex(body) };
}

type Refusal = { message: string; field?: string };

/** A run past these limits is not a run anyone ran (checkRunPlausibility's "impossible"), so it is never stored. */
function impossibleRunRefusal(run: {
  distanceMeters: number;
  durationSeconds: number;
  localDate: LocalDate;
}): Refusal | null {
  const check = checkRunPlausibility(run);
  if (check.verdict !== "impossible") return null;
  return { message: check.problems.map((problem) => problem.message).join(" "), field: check.problems[0]?.field };
}

/** Red-flag answers, clearances and coach changes are clinical records: nobody takes them back. */
function clinicalRecordRefusal(target: BackstrideEvent, verb: "deleted" | "changed"): Refusal | null {
  switch (target.type) {
    case "triage.answered":
    case "clearance.recorded":
      return {
        message: `Red-flag answers and clearances are clinical records and cannot be ${verb}.`,
        field: "forEventId",
      };
    case "coach.adjustment":
      return {
        message: `Coach changes are clinical records and cannot be ${verb}: ask your coach to change them.`,
        field: "forEventId",
      };
    default:
      return null;
  }
}

/** What an entry.deleted may take back (events.ts): things the runner logged, never clinical records. */
const deletableTypes: ReadonlySet<BackstrideEvent["type"]> = new Set([
  "run.logged",
  "session.completed",
  "pain.checkin",
]);

type RunChanges = EventOf<"run.corrected">["changes"];

function correctedRun(run: EventOf<"run.logged">, corrections: readonly RunChanges[]) {
  let { distanceMeters, durationSeconds } = run;
  for (const changes of corrections) {
    distanceMeters = changes.distanceMeters ?? distanceMeters;
    durationSeconds = changes.durationSeconds ?? durationSeconds;
  }
  return { distanceMeters, durationSeconds, localDate: run.localDate };
}

/** checkNewEvent's problems as one refusal: every reason in the message, the first one's field. */
function meaningRefusal(event: BackstrideEvent, today: LocalDate): Refusal | null {
  const problems = checkNewEvent({ event, today });
  const first = problems[0];
  if (!first) return null;
  return { message: problems.map((problem) => problem.message).join(" "), field: first.field };
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const issue = error.issues[0];
  return { message: issue?.message ?? "invalid event", field: issue?.path.map(String).join(".") || undefined };
}

export class EventsService {
  private readonly references: EventReferences;
  private readonly storedListeners: ((userId: string, created: readonly BackstrideEvent[]) => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    /** Runs inside each event write's transaction when it inserted something (the roster summary). */
    private readonly afterInsert?: (trx: Db, userId: string, earliestDate: LocalDate) => Promise<void>,
  ) {
    this.references = new EventReferences(db);
  }

  /** Told, after each committed write, of the events it created (coach alerts compare the plan then). */
  onStored(listener: (userId: string, created: readonly BackstrideEvent[]) => void): void {
    this.storedListeners.push(listener);
  }

  /** Validates each event's shape and author on its own; one bad event never fails the others. */
  validate(raw: unknown, writer: EventWriter, ownerId: string): PreparedEvent | EventResult {
    const id =
      raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
        ? (raw as { id: string }).id
        : null;
    const parsed = backstrideEventSchema.safeParse(raw);
    if (!parsed.success) return { id, status: "invalid", ...firstIssue(parsed.error) };
    // Text is stored normalised (NFC, no NUL) and refused with half a character in it (issue 9, #12).
    const text = normaliseTextIn(parsed.data);
    if (!text.ok) return { id, status: "invalid", message: text.problem.message, field: text.problem.field };
    // Dropping NUL characters may empty a required text: the schema has the last word on the result.
    const normalised = text.changed ? backstrideEventSchema.safeParse(text.value) : parsed;
    if (!normalised.success) return { id, status: "invalid", ...firstIssue(normalised.error) };
    const event = normalised.data;
    if (writer.kind === "restore" && event.type === "coach.adjustment") {
      // Judged against the coaches this account let in, in judge().
      return prepareEvent(event);
    }
    if (writer.kind === "runner" || writer.kind === "restore") {
      if (event.authorId !== undefined && event.authorId !== ownerId) {
        return { id, status: "invalid", message: "authorId is set by the server", field: "authorId" };
      }
      if (event.type === "coach.adjustment") {
        return { id, status: "invalid", message: "coach adjustments are made by a coach", field: "type" };
      }
    }
    if (writer.kind === "coach" && (event.type !== "coach.adjustment" || event.authorId !== writer.coachId)) {
      return { id, status: "invalid", message: "a coach may only add adjustments", field: "type" };
    }
    return prepareEvent(event);
  }

  /**
   * Stores a batch in one transaction. Same id + same body = duplicate (the same answer again);
   * same id + another body = conflict (the stored one stays). Results keep the request's order.
   */
  async ingest(userId: string, raws: readonly unknown[], writer: EventWriter): Promise<EventResult[]> {
    const prepared = await this.judge(
      userId,
      raws.map((raw) => this.validate(raw, writer, userId)),
      writer,
    );
    const valid = prepared.filter((item): item is PreparedEvent => "event" in item);
    const stored = await this.store(userId, valid);
    const created = valid.filter((item) => stored.get(item)?.status === "created").map((item) => item.event);
    if (created.length > 0) for (const listener of this.storedListeners) listener(userId, created);
    return prepared.map((item) => ("event" in item ? (stored.get(item) as EventResult) : item));
  }

  /**
   * Refuses, per event, what must never be stored whoever sends it: dates no one lived (before 1900,
   * past the runner's today, a local date the timestamp never fell on) and answers to questions the app
   * never asked (checkNewEvent), a run no one could run (or a correction that makes one), a correction
   * or deletion of a clinical record or of an entry that does not exist, and a coach change that loosens
   * safety without the reason the runner will read. Every way in (POST /api/events, a coach's change,
   * a restore, an imported file) comes through here and then store().
   * Events earlier in the batch count as stored, so an offline log-then-correct arrives in one request.
   */
  async judge(
    userId: string,
    items: readonly (PreparedEvent | EventResult)[],
    writer: EventWriter,
  ): Promise<(PreparedEvent | EventResult)[]> {
    const events = items.flatMap((item) => ("event" in item ? [item.event] : []));
    const targetIds = events.flatMap((event) =>
      event.type === "run.corrected" || event.type === "entry.deleted" ? [event.forEventId] : [],
    );
    const stored = targetIds.length > 0 ? await this.references.eventsByIds(userId, targetIds) : new Map();
    const correctionsByRun = new Map<string, RunChanges[]>();
    const storedCorrectionIds = new Set<string>();
    if (events.some((event) => event.type === "run.corrected")) {
      for (const correction of await this.references.runCorrections(userId)) {
        if (correction.type !== "run.corrected") continue;
        storedCorrectionIds.add(correction.id);
        correctionsByRun.set(correction.forEventId, [
          ...(correctionsByRun.get(correction.forEventId) ?? []),
          correction.changes,
        ]);
      }
    }
    // Restore rule (issue 9): an export is a file the runner can edit, so a coach.adjustment in it is
    // kept only when its author is a coach this account has let in (consent granted, now or before,
    // or reads in the audit log). Anything else would let a runner sign a loosening with any coach's
    // name. Requiring the very same event to be stored already would refuse a lost-and-restored log,
    // and the coach's own consent record is what POST /api/athletes/:id/adjustments checks too.
    const coaches =
      writer.kind === "restore" && events.some((event) => event.type === "coach.adjustment")
        ? await this.references.coachesEverGranted(userId)
        : new Set<string>();
    const today = await this.runnerToday(userId);
    const inBatch = new Map<string, BackstrideEvent>();
    const judged: (PreparedEvent | EventResult)[] = [];
    for (const item of items) {
      if (!("event" in item)) {
        judged.push(item);
        continue;
      }
      const { event } = item;
      const target =
        event.type === "run.corrected" || event.type === "entry.deleted"
          ? (stored.get(event.forEventId) ?? inBatch.get(event.forEventId))
          : undefined;
      const refusal =
        meaningRefusal(event, today) ?? this.refusal(event, userId, writer, { target, correctionsByRun, coaches });
      if (refusal) {
        judged.push({ id: event.id, status: "invalid", ...refusal });
        continue;
      }
      if (!inBatch.has(event.id)) inBatch.set(event.id, event);
      if (event.type === "run.corrected" && !storedCorrectionIds.has(event.id)) {
        correctionsByRun.set(event.forEventId, [...(correctionsByRun.get(event.forEventId) ?? []), event.changes]);
      }
      judged.push(item);
    }
    return judged;
  }

  /** The server's today in the runner's time zone: the latest day a new event may belong to. */
  private async runnerToday(userId: string): Promise<LocalDate> {
    const timeZone = (await this.repositories.profiles.findTimeZone(userId)) ?? "UTC";
    return localDateOf(this.clock.now().toISOString(), timeZone);
  }

  private refusal(
    event: BackstrideEvent,
    userId: string,
    writer: EventWriter,
    context: {
      target: BackstrideEvent | undefined;
      correctionsByRun: ReadonlyMap<string, readonly RunChanges[]>;
      coaches: ReadonlySet<string>;
    },
  ): Refusal | null {
    switch (event.type) {
      case "run.logged":
        return impossibleRunRefusal(event);
      case "run.corrected": {
        const { target } = context;
        if (!target) return { message: "The run to correct was not found.", field: "forEventId" };
        const clinical = clinicalRecordRefusal(target, "changed");
        if (clinical) return clinical;
        if (target.type !== "run.logged")
          return { message: "Only a logged run can be corrected.", field: "forEventId" };
        const after = correctedRun(target, [...(context.correctionsByRun.get(target.id) ?? []), event.changes]);
        const impossible = impossibleRunRefusal(after);
        return impossible
          ? { message: `This correction would make the run impossible. ${impossible.message}`, field: "changes" }
          : null;
      }
      case "entry.deleted": {
        const { target } = context;
        if (!target) return { message: "The entry to delete was not found.", field: "forEventId" };
        const clinical = clinicalRecordRefusal(target, "deleted");
        if (clinical) return clinical;
        return deletableTypes.has(target.type)
          ? null
          : { message: "Only runs, sessions and check-ins can be deleted.", field: "forEventId" };
      }
      case "coach.adjustment": {
        if (
          writer.kind === "restore" &&
          (!event.authorId || event.authorId === userId || !context.coaches.has(event.authorId))
        ) {
          return {
            message:
              "A coach change is brought back only from a coach who has had access to this account; this one was left out.",
            field: "authorId",
          };
        }
        const missingReason = missingLooseningReason(event.adjustment, defaultProtocol);
        return missingReason ? { message: missingReason, field: "adjustment.reason" } : null;
      }
      default:
        return null;
    }
  }

  /**
   * The one insert every path ends in, private so that nothing reaches it without ingest()'s gate. A batch of any allowed size (200,000 from a restore) is read and
   * written in chunks below the driver's parameter limit, in one transaction, in request order.
   */
  private async store(userId: string, events: readonly PreparedEvent[]): Promise<Map<PreparedEvent, EventResult>> {
    const results = new Map<PreparedEvent, EventResult>();
    if (events.length === 0) return results;
    const now = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repositories = createRepositories(trx);
      await repositories.events.bumpLogVersion(userId);
      const known = await repositories.events.findHashes(
        userId,
        events.map((item) => item.event.id),
      );
      // The first event with an unknown id is inserted; a later one with the same id compares with it.
      const fresh = new Map<string, PreparedEvent>();
      for (const item of events) {
        if (!known.has(item.event.id) && !fresh.has(item.event.id)) fresh.set(item.event.id, item);
      }
      const inserted = await repositories.events.insertMany(
        userId,
        [...fresh.values()].map(({ event, body, bodyHash }) => ({
          id: event.id,
          type: event.type,
          localDate: event.localDate,
          occurredAt: event.occurredAt,
          body,
          bodyHash,
        })),
        now,
      );
      for (const [id, item] of fresh) if (inserted.has(id)) known.set(id, item.bodyHash);
      // An id another writer stored between the read and the insert: compare with what it stored.
      const raced = [...fresh.keys()].filter((id) => !inserted.has(id));
      for (const [id, hash] of await repositories.events.findHashes(userId, raced)) known.set(id, hash);
      for (const item of events) {
        const { id } = item.event;
        if (inserted.has(id) && fresh.get(id) === item) results.set(item, { id, status: "created" });
        else if (known.get(id) === item.bodyHash) results.set(item, { id, status: "duplicate" });
        else {
          results.set(item, { id, status: "conflict", message: "an event with this id and a different body exists" });
        }
      }
      const insertedDates = [...fresh.values()].flatMap((item) =>
        inserted.has(item.event.id) ? [item.event.localDate] : [],
      );
      if (this.afterInsert && insertedDates.length > 0) {
        await this.afterInsert(trx, userId, insertedDates.reduce(minDate));
      }
    });
    return results;
  }

  async page(userId: string, after: string | undefined, limit: number): Promise<EventsPage> {
    const afterSeq = after === undefined ? 0 : Number(after);
    // One more than asked tells whether another page follows.
    const rows = await this.repositories.events.page(userId, afterSeq, limit + 1);
    const hasMore = rows.length > limit;
    const pageRows = rows.slice(0, limit);
    const last = pageRows.at(-1);
    return {
      events: pageRows.map(parseStored),
      nextCursor: String(last ? last.seq : afterSeq),
      hasMore,
    };
  }

  async all(userId: string, types?: BackstrideEvent["type"][]): Promise<BackstrideEvent[]> {
    return (await this.repositories.events.all(userId, types)).map(parseStored);
  }
}

/** Stored bodies were validated on the way in; parsing them again would only cost time. */
export function parseStored(row: StoredEvent): BackstrideEvent {
  return JSON.parse(row.body) as BackstrideEvent;
}
