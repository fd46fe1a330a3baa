import type { EventResult, EventsPage } from "@backstride/api-contract";
import { type BackstrideEvent, backstrideEventSchema } from "@backstride/domain";
import type { Db } from "../database/database-types.ts";
import type { StoredEvent } from "../repositories/events-repository.ts";
import { createRepositories, type Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { canonicalJson, sha256Hex } from "./crypto-tools.ts";

/** Who is writing: the runner themself, a coach (only coach.adjustment), or a restore of an export. */
export type EventWriter = { kind: "runner" } | { kind: "coach"; coachId: string } | { kind: "restore" };

export interface PreparedEvent {
  event: BackstrideEvent;
  body: string;
  bodyHash: string;
}

export function prepareEvent(event: BackstrideEvent): PreparedEvent {
  const body = canonicalJson(event);
  return { event, body, bodyHash: sha256Hex(body) };
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const issue = error.issues[0];
  return { message: issue?.message ?? "invalid event", field: issue?.path.map(String).join(".") || undefined };
}

export class EventsService {
  constructor(
    private readonly db: Db,
    private readonly repositories: Repositories,
    private readonly clock: Clock,
  ) {}

  /** Validates each event on its own; one bad event never fails the others. */
  validate(raw: unknown, writer: EventWriter, ownerId: string): PreparedEvent | EventResult {
    const id =
      raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
        ? (raw as { id: string }).id
        : null;
    const parsed = backstrideEventSchema.safeParse(raw);
    if (!parsed.success) return { id, status: "invalid", ...firstIssue(parsed.error) };
    const event = parsed.data;
    if (writer.kind === "runner") {
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
    const prepared = raws.map((raw) => this.validate(raw, writer, userId));
    const valid = prepared.filter((item): item is PreparedEvent => "event" in item);
    const stored = await this.store(userId, valid);
    return prepared.map((item) => ("event" in item ? (stored.get(item) as EventResult) : item));
  }

  async store(userId: string, events: readonly PreparedEvent[]): Promise<Map<PreparedEvent, EventResult>> {
    const results = new Map<PreparedEvent, EventResult>();
    if (events.length === 0) return results;
    const now = this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repositories = createRepositories(trx);
      await repositories.events.bumpLogVersion(userId);
      const existing = await repositories.events.findHashes(
        userId,
        events.map((item) => item.event.id),
      );
      for (const item of events) {
        const { event } = item;
        let knownHash = existing.get(event.id);
        if (knownHash === undefined) {
          const inserted = await repositories.events.insertIfAbsent(
            userId,
            {
              id: event.id,
              type: event.type,
              localDate: event.localDate,
              occurredAt: event.occurredAt,
              body: item.body,
              bodyHash: item.bodyHash,
            },
            now,
          );
          if (inserted) {
            existing.set(event.id, item.bodyHash);
            results.set(item, { id: event.id, status: "created" });
            continue;
          }
          knownHash = (await repositories.events.findHashes(userId, [event.id])).get(event.id);
        }
        results.set(
          item,
          knownHash === item.bodyHash
            ? { id: event.id, status: "duplicate" }
            : { id: event.id, status: "conflict", message: "an event with this id and a different body exists" },
        );
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
