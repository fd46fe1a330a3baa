import type { BackstrideEvent } from "@backstride/domain";
import type { Db } from "../database/database-types.ts";

/** Below SQLite's and PostgreSQL's bound-parameter limits, with room for the user id. */
const idsPerQuery = 500;

/**
 * Reads what a new event points at: the events a correction or deletion names, and the coaches who
 * have ever been let in. Used only to judge events before they are stored.
 */
export class EventReferences {
  constructor(private readonly db: Db) {}

  /** The user's stored events with these ids (absent ids are simply missing from the map). */
  async eventsByIds(userId: string, ids: readonly string[]): Promise<Map<string, BackstrideEvent>> {
    const found = new Map<string, BackstrideEvent>();
    const unique = [...new Set(ids)];
    for (let start = 0; start < unique.length; start += idsPerQuery) {
      const rows = await this.db
        .selectFrom("events")
        .select(["id", "body"])
        .where("user_id", "=", userId)
        .where("id", "in", unique.slice(start, start + idsPerQuery))
        .execute();
      for (const row of rows) found.set(row.id, JSON.parse(row.body) as BackstrideEvent);
    }
    return found;
  }

  /** Stored run corrections in server order, so they apply in the order the plan applies them. */
  async runCorrections(userId: string): Promise<BackstrideEvent[]> {
    const rows = await this.db
      .selectFrom("events")
      .select(["body"])
      .where("user_id", "=", userId)
      .where("type", "=", "run.corrected")
      .orderBy("seq")
      .execute();
    return rows.map((row) => JSON.parse(row.body) as BackstrideEvent);
  }

  /**
   * Coaches this runner has ever given access to, revoked or not: consent rows stay after a revoke,
   * and the audit log keeps the coaches whose reads were recorded.
   */
  async coachesEverGranted(runnerId: string): Promise<Set<string>> {
    const [granted, audited] = await Promise.all([
      this.db.selectFrom("coach_access").select("coach_id").where("runner_id", "=", runnerId).execute(),
      this.db
        .selectFrom("audit_log")
        .select("coach_id")
        .distinct()
        .where("runner_id", "=", runnerId)
        .where("coach_id", "is not", null)
        .execute(),
    ]);
    const ids = new Set<string>();
    for (const row of [...granted, ...audited]) if (row.coach_id) ids.add(row.coach_id);
    return ids;
  }
}
