import type { Db } from "../database/database-types.ts";

/** Deletes rows that have outlived their use; every statement is idempotent, so instances may overlap. */
export class HousekeepingRepository {
  constructor(private readonly db: Db) {}

  async deleteExpiredSessions(nowIso: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires_at", "<=", nowIso).execute();
  }

  async deleteRateLimitsBefore(iso: string): Promise<void> {
    await this.db.deleteFrom("rate_limits").where("window_started_at", "<", iso).execute();
  }

  async deleteIdempotencyKeysBefore(iso: string): Promise<void> {
    await this.db.deleteFrom("idempotency_keys").where("created_at", "<", iso).execute();
  }
}
