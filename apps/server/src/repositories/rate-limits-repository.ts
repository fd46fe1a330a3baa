import { sql } from "kysely";
import type { Db } from "../database/database-types.ts";

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

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom("rate_limits").where("key", "=", key).execute();
  }
}
