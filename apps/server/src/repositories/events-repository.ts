import type { Db } from "../database/database-types.ts";

export interface StoredEvent {
  seq: number;
  id: string;
  type: string;
  localDate: string;
  /** Canonical JSON of the event. */
  body: string;
  bodyHash: string;
}

export interface NewEventRow {
  id: string;
  type: string;
  localDate: string;
  occurredAt: string;
  body: string;
  bodyHash: string;
}

export class EventsRepository {
  constructor(
    private readonly db: Db,
    /** PostgreSQL: SELECT ... FOR UPDATE; SQLite has no row locks (and needs none). */
    private readonly rowLocks: boolean,
  ) {}

  /** Inserts unless the user already has an event with this id; true when inserted. */
  async insertIfAbsent(userId: string, event: NewEventRow, nowIso: string): Promise<boolean> {
    const result = await this.db
      .insertInto("events")
      .values({
        user_id: userId,
        id: event.id,
        type: event.type,
        local_date: event.localDate,
        occurred_at: event.occurredAt,
        body: event.body,
        body_hash: event.bodyHash,
        received_at: nowIso,
      })
      .onConflict((oc) => oc.columns(["user_id", "id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async findHashes(userId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom("events")
      .select(["id", "body_hash"])
      .where("user_id", "=", userId)
      .where("id", "in", ids)
      .execute();
    return new Map(rows.map((row) => [row.id, row.body_hash]));
  }

  async page(userId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom("events")
      .select(["seq", "id", "type", "local_date", "body", "body_hash"])
      .where("user_id", "=", userId)
      .where("seq", ">", afterSeq)
      .orderBy("seq")
      .limit(limit)
      .execute();
    return rows.map(toStored);
  }

  /** Every event of the user in server order (the plan engine folds over them). */
  async all(userId: string, types?: string[]): Promise<StoredEvent[]> {
    let query = this.db
      .selectFrom("events")
      .select(["seq", "id", "type", "local_date", "body", "body_hash"])
      .where("user_id", "=", userId);
    if (types) query = query.where("type", "in", types);
    const rows = await query.orderBy("seq").execute();
    return rows.map(toStored);
  }

  /**
   * Changes whenever the user's log changes: the count catches a PostgreSQL transaction that commits a
   * lower seq after a higher one (writes of one user are also serialised, see lockOwner).
   */
  async version(userId: string): Promise<string> {
    const row = await this.db
      .selectFrom("events")
      .select((eb) => [eb.fn.max("seq").as("last"), eb.fn.countAll().as("n")])
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return `${Number(row?.n ?? 0)}:${Number(row?.last ?? 0)}`;
  }

  /**
   * Serialises event writes of one user inside a transaction, so sequence numbers commit in order and
   * the sync cursor never skips an event. SQLite already allows one writer at a time.
   */
  async lockOwner(userId: string): Promise<void> {
    if (!this.rowLocks) return;
    await this.db.selectFrom("users").select("id").where("id", "=", userId).forUpdate().execute();
  }
}

function toStored(row: {
  seq: number;
  id: string;
  type: string;
  local_date: string;
  body: string;
  body_hash: string;
}): StoredEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    type: row.type,
    localDate: row.local_date,
    body: row.body,
    bodyHash: row.body_hash,
  };
}
