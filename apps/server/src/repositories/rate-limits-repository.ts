import { sql } from "kysely";
import type { Db } from "../database/database-types.ts";

/** A back-off counter: attempts since the last success and when the latest one was made. */
export interface AttemptRow {
  attempts: number;
  lastAttemptAt: string;
}

export class RateLimitsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Counts one attempt against `key` in a fixed window and returns the attempts in the current window.
   * One atomic upsert, so several server instances share the count.
   */
  async hit(key: string, nowIso: string, windowStartIso: string): Promise<number> {
    const row = await this.db
      .insertInto("rate_limits")
      .values({ key, window_started_at: nowIso, attempts: 1 })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          attempts: sql<number>`case when rate_limits.window_started_at < ${windowStartIso} then 1 else rate_limits.attempts + 1 end`,
          window_started_at: sql<string>`case when rate_limits.window_started_at < ${windowStartIso} then ${nowIso} else rate_limits.window_started_at end`,
        }),
      )
      .returning("attempts")
      .executeTakeFirstOrThrow();
    return Number(row.attempts);
  }

  /** A back-off key's counter; `window_started_at` holds the latest attempt for these keys. */
  async findAttempts(key: string): Promise<AttemptRow | null> {
    const row = await this.db
      .selectFrom("rate_limits")
      .select(["attempts", "window_started_at"])
      .where("key", "=", key)
      .executeTakeFirst();
    return row ? { attempts: Number(row.attempts), lastAttemptAt: row.window_started_at } : null;
  }

  /**
   * Records the next attempt only if the counter is still what the caller read (compare-and-set), so
   * parallel guesses cannot all slip through on one read; false means someone else wrote first.
   */
  async recordAttempt(key: string, expected: AttemptRow | null, next: AttemptRow): Promise<boolean> {
    if (expected === null) {
      const inserted = await this.db
        .insertInto("rate_limits")
        .values({ key, window_started_at: next.lastAttemptAt, attempts: next.attempts })
        .onConflict((oc) => oc.column("key").doNothing())
        .returning("key")
        .executeTakeFirst();
      return inserted !== undefined;
    }
    const result = await this.db
      .updateTable("rate_limits")
      .set({ attempts: next.attempts, window_started_at: next.lastAttemptAt })
      .where("key", "=", key)
      .where("attempts", "=", expected.attempts)
      .where("window_started_at", "=", expected.lastAttemptAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom("rate_limits").where("key", "=", key).execute();
  }
}
